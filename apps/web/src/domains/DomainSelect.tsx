import { Select } from '@codegouvfr/react-dsfr/Select';
import type { Ref } from 'react';
import { messageOf } from '../api/graphql-request';
import { useDomains } from './useDomains';

type DomainSelectProps = {
  label: string;
  /** The slug of the domain chosen, empty for none. */
  value: string;
  onChange: (slug: string) => void;
  /** The first option, for no domain: "Tous les domaines" for a filter, "Choisir un domaine" when one is required. */
  emptyOption: string;
  required?: boolean;
  className?: string;
  /** A form's error for the choice. */
  error?: string;
  /** For a form to move the focus to it. */
  selectRef?: Ref<HTMLSelectElement>;
};

/** The programme's domains as a select, by slug. */
export function DomainSelect({
  label,
  value,
  onChange,
  emptyOption,
  required = false,
  className,
  error,
  selectRef,
}: DomainSelectProps) {
  const domains = useDomains();
  const failure = domains.isError ? messageOf(domains.error) : error;
  return (
    <Select
      label={label}
      className={className}
      state={failure ? 'error' : 'default'}
      stateRelatedMessage={failure}
      nativeSelectProps={{ ref: selectRef, required, value, onChange: (event) => onChange(event.target.value) }}
    >
      <option value="" disabled={required}>
        {emptyOption}
      </option>
      {domains.data?.domains.map((domain) => (
        // Names come from the API in French, whatever the interface language.
        <option key={domain.id} value={domain.slug} lang="fr">
          {domain.name}
        </option>
      ))}
    </Select>
  );
}
