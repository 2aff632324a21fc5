import type { UserProfile } from '@ouvroir/identity';
import { CallEntity } from './call.entity';
import { callsPolicy, SubmissionViewer } from './calls.policy';
import { ReviewRow } from './review.entity';
import { SubmissionEntity, SubmissionRow } from './submission.entity';

/** A submission as one viewer reads it: what they may not read is null; `seen` carries why, for its fields. */
export interface SubmissionView extends Omit<
  SubmissionRow,
  'summary' | 'licence' | 'repositoryUrl' | 'maintainers' | 'pitch'
> {
  summary: string | null;
  licence: string | null;
  repositoryUrl: string | null;
  maintainers: string[] | null;
  pitch: string | null;
  seen: { call: CallEntity; viewer: SubmissionViewer; reading: 'full' | 'outline' };
}

export function submissionView(
  call: CallEntity,
  submission: SubmissionRow,
  viewer: SubmissionViewer,
  reading: 'full' | 'outline',
): SubmissionView {
  const full = reading === 'full';
  return {
    ...submission,
    summary: full ? submission.summary : null,
    licence: full ? submission.licence : null,
    repositoryUrl: full ? submission.repositoryUrl : null,
    maintainers: full ? submission.maintainers : null,
    pitch: full ? submission.pitch : null,
    seen: { call, viewer, reading },
  };
}

/**
 * A review as one viewer reads it: the scores once they may see them, the reviewer only for the
 * facilitators and the reviewer themselves (null until `nameReviewers` has put them).
 */
export interface ReviewView extends ReviewRow {
  mine: boolean;
  showsName: boolean;
  reviewer: UserProfile | null;
}

/** The reviews of a submission the viewer reads, each with what they may see of it. */
export function reviewViews(view: SubmissionView, reviews: ReviewRow[]): ReviewView[] {
  const { call, viewer } = view.seen;
  const own = (review: ReviewRow) => review.reviewerId === viewer.actor?.id;
  const manages = callsPolicy.manages(viewer);
  const scores = callsPolicy.seesScores(call, view as unknown as SubmissionEntity, viewer);
  const listed = reviews.filter((review) => {
    if (manages || own(review)) return true;
    if (viewer.review) return review.state !== 'excluded';
    return scores && review.state === 'submitted';
  });
  return listed.map((review) => {
    const mine = own(review);
    const readsScores = mine || scores;
    return {
      ...review,
      link: mine || manages ? review.link : null,
      linkText: mine || manages ? review.linkText : null,
      scores: readsScores ? review.scores : null,
      weightedScore: readsScores ? review.weightedScore : null,
      mine,
      showsName: mine || callsPolicy.seesReviewerNames(viewer),
      reviewer: null,
    };
  });
}

/**
 * Puts each reviewer's profile on the reviews that show it, every person loaded once: a plain field
 * rather than a field resolver per review, whose cost made most of a board's 1,200 reviews (npm run bench).
 */
export async function nameReviewers(
  reviews: ReviewView[],
  load: (id: string) => Promise<UserProfile | null>,
): Promise<ReviewView[]> {
  const ids = [...new Set(reviews.filter((review) => review.showsName).map((review) => review.reviewerId))];
  const found = await Promise.all(ids.map(load));
  const profiles = new Map(ids.map((id, index) => [id, found[index]]));
  // The views are this request's own objects, just built: filled in place rather than copied again.
  for (const review of reviews) review.reviewer = review.showsName ? profiles.get(review.reviewerId)! : null;
  return reviews;
}
