import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { useFieldArray, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorState, type FormOf } from '../components/useFormSubmission';
import { UserPicker, type PickedUser } from '../groups/UserPicker';
import type { commonFormSchema } from './common-form.schema';
import { useScolomfrConcepts } from './commons';

type CommonForm = FormOf<typeof commonFormSchema>;

/** The repositories: each an address, source or public mirror, a mirror naming the source it copies. */
export function RepositoriesField({ form }: { form: CommonForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'repositories' });
  const repositories = form.watch('repositories');
  const errors = form.formState.errors.repositories;
  const sources = repositories.filter((repository) => repository.role === 'source' && repository.url.trim());

  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-4w')} aria-describedby="repositories-hint">
      <legend className={fr.cx('fr-fieldset__legend')}>{t('commonForm.repositories.legend')}</legend>
      <p id="repositories-hint" className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
        {t('commonForm.repositories.hint')}
      </p>
      {fields.map((field, index) => (
        <div key={field.id} className={fr.cx('fr-fieldset__element', 'fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label={t('commonForm.repositories.url', { number: index + 1 })}
              {...errorState(errors?.[index]?.url)}
              nativeInputProps={{ type: 'url', autoComplete: 'off', ...form.register(`repositories.${index}.url`) }}
            />
          </div>
          <div className={fr.cx('fr-col-6', 'fr-col-md-2')}>
            <Select
              label={t('commonForm.repositories.role')}
              nativeSelectProps={form.register(`repositories.${index}.role`)}
            >
              <option value="source">{t('common.roles.source')}</option>
              <option value="mirror">{t('common.roles.mirror')}</option>
            </Select>
          </div>
          {repositories[index]?.role === 'mirror' && (
            <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
              <Select
                label={t('commonForm.repositories.mirrorOf')}
                nativeSelectProps={form.register(`repositories.${index}.mirrorOfUrl`)}
              >
                <option value="">{t('commonForm.repositories.noSource')}</option>
                {sources.map((source) => (
                  <option key={source.url} value={source.url}>
                    {source.url}
                  </option>
                ))}
              </Select>
            </div>
          )}
          <div className={fr.cx('fr-col-12', 'fr-col-md-1')}>
            <Button
              type="button"
              priority="tertiary no outline"
              iconId="fr-icon-delete-line"
              title={t('commonForm.repositories.remove', { number: index + 1 })}
              onClick={() => remove(index)}
            />
          </div>
        </div>
      ))}
      <div className={fr.cx('fr-fieldset__element')}>
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-add-line"
          onClick={() => append({ url: '', role: fields.length === 0 ? 'source' : 'mirror', mirrorOfUrl: '' })}
        >
          {t('commonForm.repositories.add')}
        </Button>
      </div>
    </fieldset>
  );
}

const vocabularies = [
  ['022', 'levels'],
  ['015', 'subjects'],
  ['010', 'pedagogicalTypes'],
  ['005', 'documentTypes'],
] as const;

/** The ScoLOMFR values of a resource: level, subject, pedagogical and document types, as checkboxes. */
export function ScolomfrField({ form }: { form: CommonForm }) {
  const { field } = useController({ control: form.control, name: 'scolomfrUris' });
  return (
    <>
      {vocabularies.map(([vocabulary, key]) => (
        <Vocabulary
          key={vocabulary}
          vocabulary={vocabulary}
          textKey={key}
          selected={field.value}
          onChange={field.onChange}
        />
      ))}
    </>
  );
}

function Vocabulary({
  vocabulary,
  textKey,
  selected,
  onChange,
}: {
  vocabulary: string;
  textKey: (typeof vocabularies)[number][1];
  selected: string[];
  onChange: (uris: string[]) => void;
}) {
  const { t } = useTranslation();
  const concepts = useScolomfrConcepts(vocabulary);
  if (!concepts.data) return null;
  return (
    <Checkbox
      legend={t(`common.scolomfrVocabularies.${textKey}`)}
      small
      orientation="horizontal"
      options={concepts.data.scolomfrConcepts.map((concept) => ({
        label: <span lang="fr">{concept.label}</span>,
        nativeInputProps: {
          value: concept.uri,
          checked: selected.includes(concept.uri),
          onChange: (event) =>
            onChange(event.target.checked ? [...selected, concept.uri] : selected.filter((uri) => uri !== concept.uri)),
        },
      }))}
    />
  );
}

/** The people who maintain the common with its author: found by name, listed, removable. */
export function MaintainersField({ form }: { form: CommonForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: form.control, name: 'maintainers' });
  const [picked, setPicked] = useState<PickedUser>();
  const maintainers = field.value;
  return (
    <fieldset className={fr.cx('fr-fieldset', 'fr-mb-4w')}>
      <legend className={fr.cx('fr-fieldset__legend')}>{t('commonForm.maintainers.legend')}</legend>
      <p className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>{t('commonForm.maintainers.hint')}</p>
      {maintainers.length > 0 && (
        <ul className={fr.cx('fr-fieldset__element')}>
          {maintainers.map((person) => (
            <li key={person.id}>
              {person.displayName}{' '}
              <Button
                type="button"
                size="small"
                priority="tertiary no outline"
                onClick={() => field.onChange(maintainers.filter((other) => other.id !== person.id))}
              >
                {t('commonForm.maintainers.remove', { name: person.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={fr.cx('fr-fieldset__element')}>
        <UserPicker legend={t('commonForm.maintainers.pick')} selected={picked} onSelect={setPicked} />
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-user-add-line"
          disabled={!picked}
          onClick={() => {
            if (picked && !maintainers.some((person) => person.id === picked.id)) {
              field.onChange([...maintainers, { id: picked.id, displayName: picked.displayName }]);
            }
            setPicked(undefined);
          }}
        >
          {picked ? t('commonForm.maintainers.add', { name: picked.displayName }) : t('commonForm.maintainers.addNone')}
        </Button>
      </div>
    </fieldset>
  );
}
