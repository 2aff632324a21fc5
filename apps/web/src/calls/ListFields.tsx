import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorState } from '../components/useFormSubmission';
import type { CallFormState } from './call-form.schema';

type ListFieldsProps = {
  form: CallFormState;
  /** The challenges (a text each) or the rounds' cut-off dates (a date and time each). */
  name: 'challenges' | 'cutoffs';
  min: number;
  max: number;
};

/** A list of the call's challenges or cut-off dates, added and removed one by one, the focus kept where it acts. */
export function ListFields({ form, name, min, max }: ListFieldsProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { errors } = form.formState;
  const listErrors = errors[name];
  const error = listErrors?.message ?? listErrors?.root?.message;
  const texts = name === 'challenges' ? 'callForm.challenges' : 'callForm.cutoffs';
  const id = `call-${name}`;

  const focusItem = (index: number) =>
    setTimeout(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>('input');
      const target = inputs?.[index < 0 ? inputs.length - 1 : index];
      (target ?? addButton.current)?.focus();
    });

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend className={fr.cx('fr-fieldset__legend')}>{t(`${texts}.legend`)}</legend>
      <p id={`${id}-hint`} className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
        {t(`${texts}.hint`)}
      </p>
      <ol ref={list} className={fr.cx('fr-raw-list', 'fr-fieldset__element')}>
        {fields.map((item, index) => (
          <li key={item.id} className={fr.cx('fr-grid-row', 'fr-grid-row--bottom', 'fr-mb-2w')}>
            {name === 'challenges' ? (
              <Input
                className={fr.cx('fr-col', 'fr-mb-0', 'fr-mr-2w')}
                label={t(`${texts}.item`, { number: index + 1 })}
                {...errorState(errors.challenges?.[index]?.label)}
                nativeInputProps={{ required: index < min, ...form.register(`challenges.${index}.label`) }}
              />
            ) : (
              <Input
                className={fr.cx('fr-col', 'fr-mb-0', 'fr-mr-2w')}
                label={t(`${texts}.item`, { number: index + 1 })}
                {...errorState(errors.cutoffs?.[index]?.at)}
                nativeInputProps={{
                  type: 'datetime-local',
                  required: index < min,
                  ...form.register(`cutoffs.${index}.at`),
                }}
              />
            )}
            {fields.length > min && (
              <Button
                type="button"
                priority="tertiary"
                iconId="fr-icon-delete-line"
                onClick={() => {
                  remove(index);
                  focusItem(Math.max(0, index - 1));
                }}
              >
                {t(`${texts}.remove`, { number: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className={fr.cx('fr-fieldset__element')}>
        {fields.length < max && (
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            nativeButtonProps={{ ref: addButton }}
            onClick={() => {
              append(name === 'challenges' ? { label: '' } : { at: '' }, { shouldFocus: false });
              focusItem(-1);
            }}
          >
            {t(`${texts}.add`)}
          </Button>
        )}
      </div>
      {error && (
        <div className={fr.cx('fr-messages-group')} aria-live="polite">
          <p id={`${id}-error`} className={fr.cx('fr-message', 'fr-message--error')}>
            {error}
          </p>
        </div>
      )}
    </fieldset>
  );
}
