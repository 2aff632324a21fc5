import { CALL_LIMITS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorState } from '../components/useFormSubmission';
import { weightSum, type CallFormState } from './call-form.schema';

/**
 * The call's weighted grid: criteria added and removed one by one, each with its name, description and weight; the
 * sum of the weights shown as they are typed, and said when it reaches or leaves 100.
 */
export function GridFields({ form }: { form: CallFormState }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'criteria' });
  const criteria = useWatch({ control: form.control, name: 'criteria' });
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { errors } = form.formState;
  const error = errors.criteria?.message ?? errors.criteria?.root?.message;
  const sum = weightSum(criteria ?? []);

  /** The name field of the criterion at `index` once drawn again (the last when negative), or the add button. */
  const focusCriterion = (index: number) =>
    setTimeout(() => {
      const inputs = list.current?.querySelectorAll<HTMLInputElement>('input[name$=".name"]');
      const target = inputs?.[index < 0 ? inputs.length - 1 : index];
      (target ?? addButton.current)?.focus();
    });

  return (
    <fieldset
      className={fr.cx('fr-fieldset', error ? 'fr-fieldset--error' : undefined)}
      aria-describedby={error ? 'call-grid-hint call-grid-error' : 'call-grid-hint'}
    >
      <legend className={fr.cx('fr-fieldset__legend')}>{t('callForm.grid')}</legend>
      <p id="call-grid-hint" className={fr.cx('fr-hint-text', 'fr-fieldset__element')}>
        {t('callForm.gridHint')}
      </p>
      <ol ref={list} className={fr.cx('fr-raw-list', 'fr-fieldset__element')}>
        {fields.map((criterion, index) => (
          <li key={criterion.id} className={fr.cx('fr-mb-3w')}>
            <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
              <Input
                className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-mb-0')}
                label={t('callForm.criterionName', { number: index + 1 })}
                {...errorState(errors.criteria?.[index]?.name)}
                nativeInputProps={{ required: true, ...form.register(`criteria.${index}.name`) }}
              />
              <Input
                className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-mb-0')}
                label={t('callForm.criterionWeight', { number: index + 1 })}
                {...errorState(errors.criteria?.[index]?.weight)}
                nativeInputProps={{
                  type: 'number',
                  inputMode: 'numeric',
                  min: 1,
                  max: 100,
                  step: 1,
                  required: true,
                  ...form.register(`criteria.${index}.weight`),
                }}
              />
            </div>
            <Input
              className={fr.cx('fr-mt-2w', 'fr-mb-1w')}
              label={t('callForm.criterionDescription', { number: index + 1 })}
              textArea
              {...errorState(errors.criteria?.[index]?.description)}
              nativeTextAreaProps={{ rows: 2, ...form.register(`criteria.${index}.description`) }}
            />
            {fields.length > CALL_LIMITS.criteriaMin && (
              <Button
                type="button"
                priority="tertiary"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => {
                  remove(index);
                  focusCriterion(Math.max(0, index - 1));
                }}
              >
                {t('callForm.removeCriterion', { number: index + 1 })}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <p
        className={fr.cx('fr-fieldset__element', 'fr-text--bold', sum === 100 ? 'fr-valid-text' : 'fr-error-text')}
        aria-live="polite"
        data-weight-sum={sum}
      >
        {sum === 100 ? t('callForm.weightSumOk') : t('callForm.weightSum', { sum })}
      </p>
      <div className={fr.cx('fr-fieldset__element')}>
        {fields.length < CALL_LIMITS.criteriaMax && (
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            nativeButtonProps={{ ref: addButton }}
            onClick={() => {
              append({ name: '', description: '', weight: '' }, { shouldFocus: false });
              focusCriterion(-1);
            }}
          >
            {t('callForm.addCriterion')}
          </Button>
        )}
      </div>
      {error && (
        <div className={fr.cx('fr-messages-group')} aria-live="polite">
          <p id="call-grid-error" className={fr.cx('fr-message', 'fr-message--error')}>
            {error}
          </p>
        </div>
      )}
    </fieldset>
  );
}
