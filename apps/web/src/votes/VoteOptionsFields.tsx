import { VOTE_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorState } from '../components/useFormSubmission';
import type { VoteFormState } from './vote-form.schema';

/** The options of a vote on options: two at least, added and removed one by one, the focus kept where it acts. */
export function VoteOptionsFields({ form }: { form: VoteFormState }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'options' });
  const optionsList = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { errors } = form.formState;
  const error = errors.options?.message ?? errors.options?.root?.message;

  /** The field at `index` once the list is drawn again (the last when negative), or the add button. */
  const focusOption = (index: number) =>
    setTimeout(() => {
      const inputs = optionsList.current?.querySelectorAll<HTMLInputElement>('input');
      const target = inputs?.[index < 0 ? inputs.length - 1 : index];
      (target ?? addButton.current)?.focus();
    });

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-describedby={error ? 'vote-options-hint vote-options-error' : 'vote-options-hint'}
    >
      <legend className={fr.cx('fr-fieldset__legend')}>{t('voteForm.options')}</legend>
      <p id="vote-options-hint" className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
        {t('voteForm.optionsHint')}
      </p>
      <ol ref={optionsList} className={fr.cx('fr-raw-list', 'fr-fieldset__element')}>
        {fields.map((option, index) => (
          <li key={option.id} className={fr.cx('fr-grid-row', 'fr-grid-row--bottom', 'fr-mb-2w')}>
            <Input
              className={fr.cx('fr-col', 'fr-mb-0', 'fr-mr-2w')}
              label={t('voteForm.option', { number: index + 1 })}
              {...errorState(errors.options?.[index]?.label)}
              nativeInputProps={{ required: index < 2, ...form.register(`options.${index}.label`) }}
            />
            {fields.length > 2 && (
              <Button
                type="button"
                priority="tertiary"
                iconId="fr-icon-delete-line"
                onClick={() => {
                  remove(index);
                  // The removed field's button is gone: the focus goes to the previous field.
                  focusOption(Math.max(0, index - 1));
                }}
              >
                {t('voteForm.removeOption', { number: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className={fr.cx('fr-fieldset__element')}>
        {fields.length < VOTE_LIMITS.optionsMax && (
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            nativeButtonProps={{ ref: addButton }}
            onClick={() => {
              append({ label: '' }, { shouldFocus: false });
              focusOption(-1);
            }}
          >
            {t('voteForm.addOption')}
          </Button>
        )}
      </div>
      {error && (
        <div className={fr.cx('fr-messages-group')} aria-live="polite">
          <p id="vote-options-error" className={fr.cx('fr-message', 'fr-message--error')}>
            {error}
          </p>
        </div>
      )}
    </fieldset>
  );
}
