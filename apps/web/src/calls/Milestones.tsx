import { CALL_LIMITS, MILESTONE_STATUSES } from '@ouvroir/contracts';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { graphqlQuery } from '../api/queries';
import { StackedTable } from '../components/StackedTable';
import { DateTime } from '../components/DateTime';
import { omittableText, requiredText, wholeNumber } from '../components/form-schema';
import { useAction } from '../components/useAction';
import { errorState, useFormSubmission } from '../components/useFormSubmission';
import type { MilestoneFieldsFragment } from '../gql/graphql';
import { useAddMilestone, useUpdateMilestone } from './call-mutations';
import { MilestoneStatusBadge } from './CallBadges';
import { callResultsQuery } from './calls';

type Milestone = MilestoneFieldsFragment;

/** Late: its due date is past (this browser's day) and it is neither done nor abandoned. */
export const isLate = (milestone: Milestone) =>
  (milestone.status === 'planned' || milestone.status === 'in_progress') &&
  milestone.dueOn < new Date().toISOString().slice(0, 10);

/** The laureates' milestones on the call's page: what each promised, and where it stands. */
export function CallMilestones({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const results = useQuery(graphqlQuery(callResultsQuery, { callId }));
  const laureates = (results.data?.callResults.rows ?? []).filter(
    ({ submission }) => submission.decision === 'retained' || submission.decision === 'retained_with_conditions',
  );
  if (laureates.length === 0) return null;
  return (
    <section aria-labelledby="call-follow-up" className={fr.cx('fr-mt-6w')}>
      <h2 id="call-follow-up">{t('milestones.heading')}</h2>
      {laureates.map(({ submission }) => (
        <div key={submission.id} className={fr.cx('fr-mb-4w')}>
          <h3 className={fr.cx('fr-h5')} lang="fr">
            {submission.common ? (
              <Link to={`/communs/${submission.common.slug}`}>{submission.commonName}</Link>
            ) : (
              submission.commonName
            )}
          </h3>
          <MilestoneTable milestones={submission.milestones} caption={submission.commonName} />
        </div>
      ))}
    </section>
  );
}

export function MilestoneTable({ milestones, caption }: { milestones: Milestone[]; caption: string }) {
  const { t } = useTranslation();
  if (milestones.length === 0) return <p>{t('milestones.none')}</p>;
  return (
    <StackedTable
      caption={t('milestones.caption', { name: caption })}
      headers={[
        t('milestones.title'),
        t('milestones.dueOn'),
        t('milestones.status'),
        t('milestones.percent'),
        t('milestones.evidence'),
      ]}
      rows={milestones.map((milestone) => ({
        key: milestone.id,
        cells: [
          <span key="title" lang="fr">
            {milestone.title}
          </span>,
          <DateTime key="due" value={milestone.dueOn} />,
          <MilestoneStatusBadge key="status" status={milestone.status} late={isLate(milestone)} />,
          t('milestones.percentValue', { percent: milestone.percent }),
          milestone.evidenceUrl ? (
            <a key="evidence" href={milestone.evidenceUrl} rel="noopener noreferrer" target="_blank">
              {t('milestones.evidenceLink', { title: milestone.title })}
            </a>
          ) : (
            '—'
          ),
        ],
      }))}
    />
  );
}

const newMilestoneSchema = z.object({
  title: requiredText(CALL_LIMITS.milestoneTitleMax),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const updateSchema = z.object({
  status: z.enum(MILESTONE_STATUSES),
  percent: wholeNumber(0, 100),
  evidenceUrl: omittableText(CALL_LIMITS.urlMax),
});

type EditorProps = { callId: string; submissionId: string; commonName: string; milestones: Milestone[] };

/** A laureate's milestones for its applicants: each brought up to date, new ones added. */
export function MilestoneEditor({ callId, submissionId, commonName, milestones }: EditorProps) {
  const { t } = useTranslation();
  const action = useAction();
  const addMilestone = useAddMilestone(callId);
  const { form, submit, alert, sending } = useFormSubmission({
    schema: newMilestoneSchema,
    defaultValues: { title: '', dueOn: '' },
    send: (values) => addMilestone.mutateAsync({ submissionId, ...values }),
    onSuccess: (_result, _values, added) => {
      added.reset({ title: '', dueOn: '' });
      action.succeeded(t('milestones.added'));
    },
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  const headingId = `milestones-${submissionId}`;
  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mt-3w')}>
      <h3 id={headingId} className={fr.cx('fr-h5')}>
        {t('milestones.editorHeading', { name: commonName })}
      </h3>
      {action.feedback}
      <MilestoneTable milestones={milestones} caption={commonName} />
      {milestones.map((milestone) => (
        <MilestoneUpdate key={milestone.id} callId={callId} milestone={milestone} onDone={action.succeeded} />
      ))}
      <form onSubmit={submit} noValidate aria-label={t('milestones.addLabel', { name: commonName })}>
        {alert}
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <Input
            className={fr.cx('fr-col-12', 'fr-col-md-6')}
            label={t('milestones.newTitle')}
            {...errorState(errors.title)}
            nativeInputProps={{ required: true, ...form.register('title') }}
          />
          <Input
            className={fr.cx('fr-col-12', 'fr-col-md-3')}
            label={t('milestones.newDueOn')}
            {...errorState(errors.dueOn)}
            nativeInputProps={{ type: 'date', required: true, ...form.register('dueOn') }}
          />
          <div className={fr.cx('fr-col-12', 'fr-col-md-3', 'fr-mb-3w')}>
            <Button type="submit" priority="secondary" iconId="fr-icon-add-line">
              {sending ? t('action.working') : t('milestones.add')}
            </Button>
          </div>
        </div>
      </form>
    </section>
  );
}

function MilestoneUpdate({
  callId,
  milestone,
  onDone,
}: {
  callId: string;
  milestone: Milestone;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const updateMilestone = useUpdateMilestone(callId);
  const { form, submit, alert, sending } = useFormSubmission({
    schema: updateSchema,
    defaultValues: {
      status: milestone.status,
      percent: String(milestone.percent),
      evidenceUrl: milestone.evidenceUrl ?? '',
    },
    send: (input) => updateMilestone.mutateAsync({ id: milestone.id, input }),
    onSuccess: () => onDone(t('milestones.updated', { title: milestone.title })),
    errorTitleAs: 'h3',
  });
  const { errors } = form.formState;
  if (milestone.status === 'done' || milestone.status === 'abandoned') return null;
  return (
    <form onSubmit={submit} noValidate aria-label={t('milestones.updateLabel', { title: milestone.title })}>
      {alert}
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>
          {t('milestones.updateLegend')} <span lang="fr">{milestone.title}</span>
        </legend>
        <div className={fr.cx('fr-fieldset__element', 'fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          <Select
            className={fr.cx('fr-col-12', 'fr-col-md-3')}
            label={t('milestones.status')}
            nativeSelectProps={form.register('status')}
          >
            {MILESTONE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`milestones.statuses.${status}`)}
              </option>
            ))}
          </Select>
          <Input
            className={fr.cx('fr-col-12', 'fr-col-md-2')}
            label={t('milestones.percent')}
            {...errorState(errors.percent)}
            nativeInputProps={{ type: 'number', inputMode: 'numeric', min: 0, max: 100, ...form.register('percent') }}
          />
          <Input
            className={fr.cx('fr-col-12', 'fr-col-md-4')}
            label={t('milestones.evidenceUrl')}
            {...errorState(errors.evidenceUrl)}
            nativeInputProps={{ type: 'url', ...form.register('evidenceUrl') }}
          />
          <div className={fr.cx('fr-col-12', 'fr-col-md-3', 'fr-mb-3w')}>
            <Button type="submit" priority="secondary" iconId="fr-icon-save-line">
              {sending ? t('action.working') : t('milestones.update')}
            </Button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
