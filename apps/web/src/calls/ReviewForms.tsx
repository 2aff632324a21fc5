import { REVIEW_LINKS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import { declarationSchema, scores, scoresSchema } from './review-form.schema';

type DeclarationFormProps = {
  /** Unique on the page: one form per submission assigned. */
  idPrefix: string;
  onDeclare: (declaration: z.output<typeof declarationSchema>) => Promise<unknown>;
};

/** What a reviewer declares before reading a submission: no link, or which one. A link excludes them from it. */
export function DeclarationForm({ idPrefix, onDeclare }: DeclarationFormProps) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: declarationSchema,
    defaultValues: { link: '', linkText: '' },
    send: onDeclare,
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  const link = form.watch('link');
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-declaration`}>
      <h4 id={`${idPrefix}-declaration`} className={fr.cx('fr-h6')}>
        {t('review.declaration.heading')}
      </h4>
      {alert}
      <p>{t('review.declaration.explained')}</p>
      <RadioButtons
        legend={t('review.declaration.legend')}
        name={`${idPrefix}-link`}
        {...errorState(errors.link)}
        options={REVIEW_LINKS.map((option) => ({
          label: t(`review.links.${option}`),
          nativeInputProps: { ...form.register('link'), value: option },
        }))}
      />
      {link !== '' && link !== 'none' && (
        <Input
          label={t('review.declaration.linkText')}
          hintText={link === 'other' ? t('review.declaration.linkTextRequired') : t('review.declaration.linkTextHint')}
          textArea
          {...errorState(errors.linkText)}
          nativeTextAreaProps={{ rows: 2, required: link === 'other', ...form.register('linkText') }}
        />
      )}
      <Button type="submit" iconId="fr-icon-check-line">
        {sending ? t('action.working') : t('review.declaration.submit')}
      </Button>
    </form>
  );
}

type Criterion = { key: string; name: string; description: string; weight: number };

type ScoreFormProps = {
  idPrefix: string;
  criteria: Criterion[];
  onSubmit: (values: z.output<typeof scoresSchema>) => Promise<unknown>;
};

/** The grid: for each criterion a score from 0 to 5 and a comment, both required; sent once, for all of them. */
export function ScoreForm({ idPrefix, criteria, onSubmit }: ScoreFormProps) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: scoresSchema,
    defaultValues: { scores: criteria.map(({ key }) => ({ criterionKey: key, score: '', comment: '' })) },
    send: onSubmit,
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-scores`}>
      <h4 id={`${idPrefix}-scores`} className={fr.cx('fr-h6')}>
        {t('review.scores.heading')}
      </h4>
      {alert}
      <p className={fr.cx('fr-hint-text')}>{t('review.scores.hint')}</p>
      {criteria.map((criterion, index) => (
        <fieldset key={criterion.key} className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
          <legend className={fr.cx('fr-fieldset__legend')}>
            <span lang="fr">{criterion.name}</span>{' '}
            <span className={fr.cx('fr-hint-text')}>
              {t('review.scores.weight', { weight: criterion.weight })}
              {criterion.description && (
                <>
                  {' — '}
                  <span lang="fr">{criterion.description}</span>
                </>
              )}
            </span>
          </legend>
          <div className={fr.cx('fr-fieldset__element')}>
            <RadioButtons
              legend={t('review.scores.score', { criterion: criterion.name })}
              name={`${idPrefix}-score-${criterion.key}`}
              orientation="horizontal"
              {...errorState(errors.scores?.[index]?.score)}
              options={scores.map((score) => ({
                label: score,
                nativeInputProps: { ...form.register(`scores.${index}.score`), value: score },
              }))}
            />
            <Input
              label={t('review.scores.comment', { criterion: criterion.name })}
              textArea
              {...errorState(errors.scores?.[index]?.comment)}
              nativeTextAreaProps={{ rows: 3, required: true, ...form.register(`scores.${index}.comment`) }}
            />
          </div>
        </fieldset>
      ))}
      <Button type="submit" iconId="fr-icon-send-plane-line">
        {sending ? t('action.working') : t('review.scores.submit')}
      </Button>
    </form>
  );
}
