import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphqlQuery } from '../api/queries';
import { StackedTable } from '../components/StackedTable';
import { FormPageFrame } from '../components/FormPageFrame';
import { QueryResult } from '../components/QueryResult';
import { useAction } from '../components/useAction';
import { useDeclareLink, useSubmitReview } from './call-mutations';
import { reviewerWorkspaceQuery, type Assignment } from './calls';
import { DeclarationForm, ScoreForm } from './ReviewForms';
import { SubmissionDetails } from './SubmissionPage';

type Criteria = { key: string; name: string; description: string; weight: number }[];

/**
 * `/appels/:id/evaluation`: a reviewer's submissions. For each, the link declaration first (only what the common is
 * shows before it), then the full submission and the grid; the other reviewers' scores once the reviewer's own are
 * submitted.
 */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <FormPageFrame
      heading={t('review.heading')}
      section={{ label: t('layout.calls'), to: '/appels' }}
      signedOut={t('review.signedOut')}
    >
      {(focusHeading) => <Workspace callId={id} onRetry={focusHeading} />}
    </FormPageFrame>
  );
}

function Workspace({ callId, onRetry }: { callId: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const workspace = useQuery(graphqlQuery(reviewerWorkspaceQuery, { callId }));
  return (
    <QueryResult
      query={workspace}
      loading={t('review.loading')}
      errorTitle={t('review.errorTitle')}
      titleAs="h2"
      onRetry={onRetry}
    >
      {({ reviewerWorkspace: { call, assignments } }) => (
        <>
          <p className={fr.cx('fr-text--lead')}>
            <Link to={`/appels/${call.id}`} lang="fr">
              {call.title}
            </Link>
          </p>
          <p>{t('review.explained')}</p>
          {assignments.length === 0 ? (
            <p>{t('review.none')}</p>
          ) : (
            assignments.map((assignment) => (
              <AssignmentSection
                key={assignment.review.id}
                callId={call.id}
                criteria={call.criteria}
                assignment={assignment}
              />
            ))
          )}
        </>
      )}
    </QueryResult>
  );
}

function AssignmentSection({
  callId,
  criteria,
  assignment: { review, submission },
}: {
  callId: string;
  criteria: Criteria;
  assignment: Assignment;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const declareLink = useDeclareLink(callId);
  const submitReview = useSubmitReview(callId);
  const prefix = `review-${review.id}`;
  return (
    <section
      aria-labelledby={prefix}
      className={fr.cx('fr-mb-6w', 'fr-p-3w')}
      style={{ border: `1px solid ${fr.colors.decisions.border.default.grey.default}` }}
    >
      <h2 id={prefix} className={fr.cx('fr-h4')} lang="fr">
        {submission.commonName}
      </h2>
      <p>
        {t(`calls.kinds.${submission.commonKind}`)} · {t('review.challenge')}{' '}
        <span lang="fr">{submission.challenge}</span>
      </p>
      {action.feedback}
      {review.state === 'assigned' && (
        <DeclarationForm
          idPrefix={prefix}
          onDeclare={(declaration) =>
            action.attempt(async () => {
              await declareLink.mutateAsync({
                id: review.id,
                link: declaration.link,
                text: declaration.linkText ?? null,
              });
              return declaration.link === 'none' ? t('review.declaration.cleared') : t('review.declaration.excluded');
            })
          }
        />
      )}
      {review.state === 'excluded' && (
        <Alert severity="info" small description={t('review.excluded')} className={fr.cx('fr-mb-3w')} />
      )}
      {(review.state === 'cleared' || review.state === 'submitted') && <SubmissionDetails submission={submission} />}
      {review.state === 'cleared' && (
        <ScoreForm
          idPrefix={prefix}
          criteria={criteria}
          onSubmit={(values) =>
            action.attempt(async () => {
              await submitReview.mutateAsync({ id: review.id, scores: values.scores });
              return t('review.scores.submitted');
            })
          }
        />
      )}
      {review.state === 'submitted' && <Scores criteria={criteria} reviews={submission.reviews} />}
    </section>
  );
}

/** Every submitted review of the submission, the reviewer's own first: shown once theirs is submitted. */
function Scores({ criteria, reviews }: { criteria: Criteria; reviews: Assignment['submission']['reviews'] }) {
  const { t } = useTranslation();
  const submitted = reviews
    .filter((review) => review.state === 'submitted' && review.scores)
    .sort((a, b) => Number(b.mine) - Number(a.mine));
  return (
    <>
      <h3 className={fr.cx('fr-h6')}>{t('review.scoresHeading')}</h3>
      <StackedTable
        caption={t('review.scoresHeading')}
        headers={[t('review.reviewColumn'), ...criteria.map((criterion) => criterion.name), t('review.weightedScore')]}
        rows={submitted.map((review, index) => ({
          key: review.id,
          cells: [
            review.mine ? t('review.mine') : t('review.other', { number: index + (submitted[0]?.mine ? 0 : 1) }),
            ...criteria.map((criterion) => {
              const given = review.scores?.find((score) => score.criterionKey === criterion.key);
              return given ? (
                <span key={criterion.key}>
                  <strong>{given.score}</strong> — <span lang="fr">{given.comment}</span>
                </span>
              ) : (
                '—'
              );
            }),
            review.weightedScore === null || review.weightedScore === undefined
              ? '—'
              : t('review.scoreValue', { score: review.weightedScore.toFixed(2) }),
          ],
        }))}
      />
    </>
  );
}
