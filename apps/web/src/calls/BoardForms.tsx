import { CALL_LIMITS, SUBMISSION_DECISIONS } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { optionalText, refusal, requiredText } from '../components/form-schema';
import { errorState, useFormSubmission } from '../components/useFormSubmission';

const eligibilitySchema = z
  .object({ eligible: z.enum(['yes', 'no', '']), reason: requiredText(CALL_LIMITS.reasonMax) })
  .refine(({ eligible }) => eligible !== '', { path: ['eligible'], ...refusal({ key: 'required' }) })
  .transform(({ eligible, reason }) => ({ eligible: eligible === 'yes', reason }));

/** The human eligibility decision on a submitted submission, with its reason (journaled, told to its applicants). */
export function EligibilityForm({
  idPrefix,
  onDecide,
}: {
  idPrefix: string;
  onDecide: (eligible: boolean, reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: eligibilitySchema,
    defaultValues: { eligible: '', reason: '' },
    send: ({ eligible, reason }) => onDecide(eligible, reason),
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate aria-label={t('board.eligibility.label')}>
      {alert}
      <RadioButtons
        legend={t('board.eligibility.legend')}
        name={`${idPrefix}-eligible`}
        orientation="horizontal"
        {...errorState(errors.eligible)}
        options={[
          { label: t('board.eligibility.eligible'), nativeInputProps: { ...form.register('eligible'), value: 'yes' } },
          { label: t('board.eligibility.ineligible'), nativeInputProps: { ...form.register('eligible'), value: 'no' } },
        ]}
      />
      <Input
        label={t('board.eligibility.reason')}
        hintText={t('board.eligibility.reasonHint')}
        textArea
        {...errorState(errors.reason)}
        nativeTextAreaProps={{ rows: 2, required: true, ...form.register('reason') }}
      />
      <Button type="submit" size="small" iconId="fr-icon-check-line">
        {sending ? t('action.working') : t('board.eligibility.submit')}
      </Button>
    </form>
  );
}

/** A reviewer chosen by hand for a submission: the API refuses one linked to it or already assigned. */
export function AssignForm({
  idPrefix,
  reviewers,
  onAssign,
}: {
  idPrefix: string;
  reviewers: { id: string; displayName: string }[];
  onAssign: (reviewerId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: z.object({ reviewerId: z.string().min(1) }),
    defaultValues: { reviewerId: '' },
    send: ({ reviewerId }) => onAssign(reviewerId),
    onSuccess: (_result, _values, assigned) => assigned.reset({ reviewerId: '' }),
    errorTitleAs: 'h3',
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('board.assign.label')}>
      {alert}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <Select
          className={fr.cx('fr-col-12', 'fr-col-md-8')}
          label={t('board.assign.reviewer')}
          {...errorState(form.formState.errors.reviewerId)}
          nativeSelectProps={{ id: `${idPrefix}-reviewer`, ...form.register('reviewerId') }}
        >
          <option value="">{t('board.assign.choose')}</option>
          {reviewers.map((reviewer) => (
            <option key={reviewer.id} value={reviewer.id}>
              {reviewer.displayName}
            </option>
          ))}
        </Select>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4', 'fr-mb-3w')}>
          <Button type="submit" size="small" priority="secondary" iconId="fr-icon-user-add-line">
            {sending ? t('action.working') : t('board.assign.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}

const decisionSchema = (withBudget: boolean) =>
  z
    .object({
      decision: z.enum([...SUBMISSION_DECISIONS, '']),
      conditions: optionalText(CALL_LIMITS.reasonMax),
      motivation: requiredText(CALL_LIMITS.reasonMax),
      amountGranted: z.string().trim(),
    })
    .superRefine(({ decision, conditions, amountGranted }, context) => {
      if (decision === '')
        context.addIssue({ code: 'custom', path: ['decision'], ...refusal({ key: 'decisionMissing' }) });
      if (decision === 'retained_with_conditions' && !conditions) {
        context.addIssue({ code: 'custom', path: ['conditions'], ...refusal({ key: 'required' }) });
      }
      if (withBudget && decision !== 'not_retained' && decision !== '' && !/^\d+$/.test(amountGranted)) {
        context.addIssue({ code: 'custom', path: ['amountGranted'], ...refusal({ key: 'wholeNumber' }) });
      }
    })
    .transform(({ decision, conditions, motivation, amountGranted }) => {
      const retained = decision !== 'not_retained';
      return {
        decision: decision as (typeof SUBMISSION_DECISIONS)[number],
        conditions: decision === 'retained_with_conditions' ? conditions : null,
        motivation,
        amountGranted: withBudget && retained ? Number(amountGranted) : null,
      };
    });

/** The committee's decision on a submission that passed review, after its vote: with a motivation, published. */
export function DecisionForm({
  idPrefix,
  withBudget,
  onDecide,
}: {
  idPrefix: string;
  withBudget: boolean;
  onDecide: (input: z.output<ReturnType<typeof decisionSchema>>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: decisionSchema(withBudget),
    defaultValues: { decision: '', conditions: '', motivation: '', amountGranted: '' },
    send: onDecide,
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  const decision = form.watch('decision');
  return (
    <form onSubmit={submit} noValidate aria-label={t('board.decision.label')}>
      {alert}
      <RadioButtons
        legend={t('board.decision.legend')}
        name={`${idPrefix}-decision`}
        {...errorState(errors.decision)}
        options={SUBMISSION_DECISIONS.map((option) => ({
          label: t(`calls.decisions.${option}`),
          nativeInputProps: { ...form.register('decision'), value: option },
        }))}
      />
      {decision === 'retained_with_conditions' && (
        <Input
          label={t('board.decision.conditions')}
          textArea
          {...errorState(errors.conditions)}
          nativeTextAreaProps={{ rows: 2, required: true, ...form.register('conditions') }}
        />
      )}
      {withBudget && decision !== 'not_retained' && (
        <Input
          label={t('board.decision.amountGranted')}
          {...errorState(errors.amountGranted)}
          nativeInputProps={{ inputMode: 'numeric', ...form.register('amountGranted') }}
        />
      )}
      <Input
        label={t('board.decision.motivation')}
        hintText={t('board.decision.motivationHint')}
        textArea
        {...errorState(errors.motivation)}
        nativeTextAreaProps={{ rows: 3, required: true, ...form.register('motivation') }}
      />
      <Button type="submit" size="small" iconId="fr-icon-check-line">
        {sending ? t('action.working') : t('board.decision.submit')}
      </Button>
    </form>
  );
}

const timeOf = (local: string) => (local ? new Date(local).getTime() : NaN);

const deliberationSchema = z
  .object({ closesAt: z.string().min(1) })
  .refine(({ closesAt }) => timeOf(closesAt) > Date.now(), { path: ['closesAt'], ...refusal({ key: 'future' }) })
  .transform(({ closesAt }) => ({ closesAt: new Date(closesAt).toISOString() }));

/** Opens the committee's majority-judgment vote on the submissions that passed review, until the time given. */
export function DeliberationForm({ onOpen }: { onOpen: (closesAt: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, submit, alert, sending } = useFormSubmission({
    schema: deliberationSchema,
    defaultValues: { closesAt: '' },
    send: ({ closesAt }) => onOpen(closesAt),
    errorTitleAs: 'h3',
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('board.deliberation.label')}>
      {alert}
      <p>{t('board.deliberation.explained')}</p>
      <Input
        label={t('board.deliberation.closesAt')}
        {...errorState(form.formState.errors.closesAt)}
        nativeInputProps={{ type: 'datetime-local', required: true, ...form.register('closesAt') }}
      />
      <Button type="submit" iconId="fr-icon-play-line">
        {sending ? t('action.working') : t('board.deliberation.submit')}
      </Button>
    </form>
  );
}
