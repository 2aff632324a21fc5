import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import type { ReactNode, Ref } from 'react';

interface SearchFormProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
  /** More filters, after the search field (the groups directory's domain and kind). */
  children?: ReactNode;
}

/** The search field of a list: a search landmark; the list follows the typing. */
export function SearchForm({ label, hint, value, onChange, inputRef, children }: SearchFormProps) {
  return (
    // Enter has nothing to send: the results already follow what is typed.
    <form role="search" className={fr.cx('fr-mb-3w')} onSubmit={(event) => event.preventDefault()}>
      <Input
        label={label}
        hintText={hint}
        nativeInputProps={{
          ref: inputRef,
          type: 'search',
          autoComplete: 'off',
          spellCheck: false,
          value,
          onChange: (event) => onChange(event.target.value),
        }}
      />
      {children}
    </form>
  );
}
