import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../administration/users';
import type { AgreementForm } from '../gql/graphql';
import { PaginatedResults } from '../components/PaginatedResults';
import { useDebouncedValue } from '../components/useDebouncedValue';

/** The person chosen; their agreement form writes the sentences about them (`context` of i18next). */
export type PickedUser = { id: string; displayName: string; agreementForm?: AgreementForm | null };

type UserPickerProps = {
  /** The question the choice answers, e.g. "Personne à ajouter". */
  legend: string;
  selected?: PickedUser;
  onSelect: (user: PickedUser) => void;
  /** The form's error for the choice (none made). */
  error?: string;
};

const nthOption = (index: number) => `.fr-fieldset__element:nth-of-type(${index + 1}) input`;

/** Finds a registered person by name in the people directory, and picks one among the results. */
export function UserPicker({ legend, selected, onSelect, error }: UserPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const searched = useDebouncedValue(search.trim(), 300);
  // Nobody until a name is typed: the whole directory would be a long list of radio buttons.
  const people = useUsers(searched, searched !== '');
  const input = useRef<HTMLInputElement>(null);
  const name = useId();

  return (
    <div className={fr.cx('fr-mb-3w')}>
      <Input
        label={t('userPicker.search')}
        hintText={t('userPicker.searchHint')}
        nativeInputProps={{
          ref: input,
          type: 'search',
          autoComplete: 'off',
          spellCheck: false,
          value: search,
          onChange: (event) => setSearch(event.target.value),
          // The form around is sent by its own button: Enter here only searches.
          onKeyDown: (event) => event.key === 'Enter' && event.preventDefault(),
        }}
      />
      {search.trim() && searched && (
        <PaginatedResults
          texts="userPicker"
          results={people}
          itemSelector={nthOption}
          titleAs="h3"
          onRetry={() => input.current?.focus()}
        >
          {(nodes) => (
            <RadioButtons
              legend={legend}
              name={name}
              small
              options={nodes.map((person) => ({
                label: person.displayName,
                // Organisation names come from the API in French, whatever the interface language.
                hintText: person.organisation && <span lang="fr">{person.organisation.name}</span>,
                nativeInputProps: {
                  value: person.id,
                  checked: selected?.id === person.id,
                  onChange: () =>
                    onSelect({ id: person.id, displayName: person.displayName, agreementForm: person.agreementForm }),
                },
              }))}
            />
          )}
        </PaginatedResults>
      )}
      {selected ? (
        <p className={fr.cx('fr-text--bold')}>{t('userPicker.selected', { name: selected.displayName })}</p>
      ) : (
        error && (
          <p role="alert" className={fr.cx('fr-error-text')}>
            {error}
          </p>
        )
      )}
    </div>
  );
}
