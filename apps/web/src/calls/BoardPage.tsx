import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { StackedTable } from '../components/StackedTable';
import { DateTime } from '../components/DateTime';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import {
  useAssignAutomatically,
  useAssignReviewer,
  useDecideEligibility,
  useDecideSubmission,
  useOpenDeliberation,
  usePublishDecision,
} from './call-mutations';
import { CallStateBadge, DecisionBadge, SubmissionStateBadge } from './CallBadges';
import { facilitatorBoardQuery, type Board, type BoardRow } from './calls';
import { AssignForm, DecisionForm, DeliberationForm, EligibilityForm } from './BoardForms';
import { ReviewersSection } from './ReviewersSection';

/**
 * `/appels/:id/pilotage`: the facilitators' board. Each submission with its eligibility and its reviewers (assigned
 * automatically by load, or by hand; those who declared a link to replace), the progress of the reviews, the
 * committee's vote and the decisions; the laureates' late milestones.
 */
export function BoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={t('board.heading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('board.signedOut')}
    >
      {(focusHeading) => <BoardContent callId={id} onRetry={focusHeading} />}
    </FormPageFrame>
  );
}

function BoardContent({ callId, onRetry }: { callId: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const board = useQuery(graphqlQuery(facilitatorBoardQuery, { callId }));
  const action = useAction();
  const assignAutomatically = useAssignAutomatically();
  const openDeliberation = useOpenDeliberation();
  const publishDecision = usePublishDecision();
  return (
    <QueryResult
      query={board}
      loading={t('board.loading')}
      errorTitle={t('board.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ facilitatorBoard }) => {
        const { call } = facilitatorBoard;
        const submitted = facilitatorBoard.submissions.filter(({ submission }) => submission.state !== 'draft');
        return (
          <>
            <p className={fr.cx('fr-text--lead')}>
              <Link to={`/appels/${call.id}`} lang="fr">
                {call.title}
              </Link>{' '}
              <CallStateBadge state={call.state} />
            </p>
            {action.feedback}
            <section aria-labelledby="board-progress" className={fr.cx('fr-mb-4w')}>
              <h2 id="board-progress" className={fr.cx('fr-h4')}>
                {t('board.progress')}
              </h2>
              <ReviewerLoads board={facilitatorBoard} />
              {(call.state === 'open' || call.state === 'reviewing') && (
                <Button
                  type="button"
                  iconId="fr-icon-team-line"
                  onClick={() =>
                    void action.run(async () => {
                      const { assignReviewersAutomatically: count } = await assignAutomatically.mutateAsync({ callId });
                      return t('board.assigned', { count });
                    })
                  }
                >
                  {t('board.assignAutomatically')}
                </Button>
              )}
            </section>
            {call.state === 'reviewing' && (
              <section aria-labelledby="board-deliberation" className={fr.cx('fr-mb-4w')}>
                <h2 id="board-deliberation" className={fr.cx('fr-h4')}>
                  {t('board.deliberation.heading')}
                </h2>
                <DeliberationForm
                  onOpen={(closesAt) =>
                    action.attempt(async () => {
                      await openDeliberation.mutateAsync({ id: call.id, closesAt });
                      return t('board.deliberation.opened');
                    })
                  }
                />
              </section>
            )}
            {call.voteId && (
              <p>
                <Link
                  className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
                  to={`/scrutins/${call.voteId}`}
                >
                  {t('board.voteLink')}
                </Link>
              </p>
            )}
            {call.state === 'deliberating' && (
              <Button
                type="button"
                iconId="fr-icon-award-line"
                className={fr.cx('fr-mb-4w')}
                onClick={() =>
                  void action.run(async () => {
                    await publishDecision.mutateAsync({ id: call.id });
                    return t('board.published');
                  })
                }
              >
                {t('board.publish')}
              </Button>
            )}
            <section aria-labelledby="board-submissions">
              <h2 id="board-submissions" className={fr.cx('fr-h4')}>
                {t('board.submissions', { count: submitted.length })}
              </h2>
              {submitted.length === 0 && <p>{t('board.noSubmissions')}</p>}
              {submitted.map((row) => (
                <SubmissionRow key={row.submission.id} board={facilitatorBoard} row={row} />
              ))}
            </section>
            {facilitatorBoard.lateMilestones.length > 0 && <LateMilestones board={facilitatorBoard} />}
            {(call.state === 'open' || call.state === 'reviewing') && <ReviewersSection call={call} />}
          </>
        );
      }}
    </QueryResult>
  );
}

function ReviewerLoads({ board }: { board: Board }) {
  const { t } = useTranslation();
  return (
    <StackedTable
      caption={t('board.loads')}
      headers={[t('board.reviewer'), t('board.assignedCount'), t('board.submittedCount'), t('board.excludedCount')]}
      rows={board.reviewers.map((load, index) => ({
        key: load.reviewer?.id ?? String(index),
        cells: [
          load.reviewer?.displayName ?? '—',
          String(load.assigned),
          String(load.submitted),
          String(load.excluded),
        ],
      }))}
    />
  );
}

function SubmissionRow({ board, row }: { board: Board; row: BoardRow }) {
  const { t } = useTranslation();
  const { call } = board;
  const { submission, reviews } = row;
  const action = useAction();
  const decideEligibility = useDecideEligibility(call.id);
  const assignReviewer = useAssignReviewer(call.id);
  const decideSubmission = useDecideSubmission(call.id);
  const prefix = `board-${submission.id}`;
  const assigned = new Set(reviews.map((review) => review.reviewer?.id));
  const free = call.reviewers.filter((reviewer) => !assigned.has(reviewer.id));
  return (
    <article
      aria-labelledby={prefix}
      className={fr.cx('fr-mb-4w', 'fr-p-3w')}
      style={{ border: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
    >
      <h3 id={prefix} className={fr.cx('fr-h5', 'fr-mb-1w')} lang="fr">
        {submission.commonName}
      </h3>
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
      {submission.eligibilityReason && (
        <p>
          {t('board.reason')} <span lang="fr">{submission.eligibilityReason}</span>
        </p>
      )}
      {action.feedback}
      {reviews.length > 0 && (
        <ul aria-label={t('board.reviewsOf', { name: submission.commonName })}>
          {reviews.map((review) => (
            <li key={review.id}>
              {review.reviewer?.displayName ?? '—'} : {t(`board.reviewStates.${review.state}`)}
              {review.state === 'excluded' && review.link && ` (${t(`review.links.${review.link}`)})`}
              {review.weightedScore !== null &&
                review.weightedScore !== undefined &&
                ` — ${t('review.scoreValue', { score: review.weightedScore.toFixed(2) })}`}
            </li>
          ))}
        </ul>
      )}
      {row.meanScore !== null && row.meanScore !== undefined && (
        <p>{t('board.mean', { mean: row.meanScore.toFixed(2), spread: (row.spread ?? 0).toFixed(2) })}</p>
      )}
      {row.missingReviewers > 0 && submission.state === 'eligible' && (
        <p className={fr.cx('fr-error-text')}>{t('board.missing', { count: row.missingReviewers })}</p>
      )}
      {submission.state === 'submitted' && (
        <EligibilityForm
          idPrefix={prefix}
          onDecide={(eligible, reason) =>
            action.attempt(async () => {
              await decideEligibility.mutateAsync({ id: submission.id, eligible, reason });
              return eligible ? t('board.eligibility.madeEligible') : t('board.eligibility.madeIneligible');
            })
          }
        />
      )}
      {submission.state === 'eligible' && (call.state === 'open' || call.state === 'reviewing') && (
        <AssignForm
          idPrefix={prefix}
          reviewers={free}
          onAssign={(reviewerId) =>
            action.attempt(async () => {
              await assignReviewer.mutateAsync({ submissionId: submission.id, reviewerId });
              return t('board.assign.done');
            })
          }
        />
      )}
      {call.state === 'deliberating' && submission.passedReview && !submission.decision && (
        <DecisionForm
          idPrefix={prefix}
          withBudget={call.budget !== null && call.budget !== undefined}
          onDecide={(input) =>
            action.attempt(async () => {
              await decideSubmission.mutateAsync({ id: submission.id, input });
              return t('board.decision.done');
            })
          }
        />
      )}
    </article>
  );
}

function LateMilestones({ board }: { board: Board }) {
  const { t } = useTranslation();
  const names = new Map(board.submissions.map(({ submission }) => [submission.id, submission.commonName]));
  return (
    <section aria-labelledby="board-late" className={fr.cx('fr-mb-4w')}>
      <h2 id="board-late" className={fr.cx('fr-h4')}>
        {t('board.late')}
      </h2>
      <ul>
        {board.lateMilestones.map((milestone) => (
          <li key={milestone.id}>
            <span lang="fr">{names.get(milestone.submissionId)}</span> — <span lang="fr">{milestone.title}</span> (
            {t('board.dueOn')} <DateTime value={milestone.dueOn} />)
          </li>
        ))}
      </ul>
    </section>
  );
}
