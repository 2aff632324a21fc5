import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { DateTime } from '../components/DateTime';
import { FormPageFrame } from '../components/FormPageFrame';
import { useAction } from '../components/useAction';
import { useSession } from '../identity/useSession';
import { QueryResult } from '../components/QueryResult';
import { CallStateBadge, DecisionBadge, SubmissionStateBadge } from './CallBadges';
import { isPast, mySubmissionsQuery, type MySubmission } from './calls';
import { MilestoneEditor } from './Milestones';
import { useAcceptCoApplication } from './submissions';

/**
 * `/appels/mes-candidatures`: the applicant's submissions, their state, the reason given for their eligibility, the
 * committee's decision; a laureate's milestones, which its applicants keep up to date.
 */
export function MySubmissionsPage() {
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={t('mySubmissions.heading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('mySubmissions.signedOut')}
    >
      {(focusHeading) => <MySubmissionsList onRetry={focusHeading} />}
    </FormPageFrame>
  );
}

function MySubmissionsList({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const submissions = useQuery(graphqlQuery(mySubmissionsQuery));
  return (
    <QueryResult
      query={submissions}
      loading={t('mySubmissions.loading')}
      errorTitle={t('mySubmissions.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ mySubmissions }) =>
        mySubmissions.length === 0 ? (
          <p>
            {t('mySubmissions.empty')} <Link to="/appels">{t('mySubmissions.callsLink')}</Link>
          </p>
        ) : (
          <ul className={fr.cx('fr-raw-list')}>
            {mySubmissions.map((submission) => (
              <li key={submission.id} className={fr.cx('fr-mb-6w')}>
                <SubmissionSummary submission={submission} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryResult>
  );
}

function SubmissionSummary({ submission }: { submission: MySubmission }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const open = !isPast(submission.cutoffAt);
  const laureate = submission.decision === 'retained' || submission.decision === 'retained_with_conditions';
  const headingId = `submission-${submission.id}`;
  const session = useSession();
  const viewerId = session.status === 'signedIn' ? session.user.id : undefined;
  const invited = submission.applicants.some(
    (applicant) => applicant.user?.id === viewerId && applicant.role === 'co_applicant' && !applicant.accepted,
  );
  const action = useAction();
  const accept = useAcceptCoApplication(submission.call.id);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={fr.cx('fr-h4', 'fr-mb-1w')} lang="fr">
        {submission.commonName}
      </h2>
      <ul className={fr.cx('fr-badges-group')}>
        <li>
          <SubmissionStateBadge state={submission.state} />
        </li>
        {submission.decision && (
          <li>
            <DecisionBadge decision={submission.decision} />
          </li>
        )}
      </ul>
      <dl>
        <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.call')}</dt>
        <dd>
          <Link to={`/appels/${submission.call.id}`} lang="fr">
            {submission.call.title}
          </Link>{' '}
          <CallStateBadge state={submission.call.state} />
        </dd>
        <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.cutoff')}</dt>
        <dd>
          <DateTime value={submission.cutoffAt} withTime />
          {!open && ` — ${t('mySubmissions.frozen')}`}
        </dd>
        {submission.eligibilityReason && (
          <>
            <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.eligibilityReason')}</dt>
            <dd lang="fr">{submission.eligibilityReason}</dd>
          </>
        )}
        {submission.conditions && (
          <>
            <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.conditions')}</dt>
            <dd lang="fr">{submission.conditions}</dd>
          </>
        )}
        {submission.motivation && (
          <>
            <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.motivation')}</dt>
            <dd lang="fr">{submission.motivation}</dd>
          </>
        )}
        {submission.amountGranted !== null && submission.amountGranted !== undefined && (
          <>
            <dt className={fr.cx('fr-text--bold')}>{t('mySubmissions.amountGranted')}</dt>
            <dd>{t('calls.amount', { amount: submission.amountGranted })}</dd>
          </>
        )}
      </dl>
      {action.feedback}
      {invited && (
        <>
          <p>{t('mySubmissions.invited')}</p>
          <Button
            type="button"
            size="small"
            iconId="fr-icon-check-line"
            className={fr.cx('fr-mb-2w')}
            onClick={() =>
              void action.run(async () => {
                await accept.mutateAsync({ id: submission.id });
                return t('mySubmissions.accepted');
              })
            }
          >
            {t('mySubmissions.accept')}
          </Button>
        </>
      )}
      <Button
        priority="secondary"
        size="small"
        iconId={open ? 'fr-icon-edit-line' : 'fr-icon-eye-line'}
        linkProps={{ to: `/appels/${submission.call.id}/candidature?candidature=${submission.id}` }}
      >
        {open ? t('mySubmissions.edit') : t('mySubmissions.read')}
      </Button>
      {laureate && (
        <MilestoneEditor
          callId={submission.call.id}
          submissionId={submission.id}
          commonName={submission.commonName}
          milestones={submission.milestones}
        />
      )}
    </section>
  );
}
