import type { CallState, ReviewState } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import type { MembershipRole } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import type { CallEntity } from './call.entity';
import type { SubmissionEntity } from './submission.entity';

/** Who looks at a call: the actor, their role in its committee, whether they are one of its reviewers. */
export interface CallViewer {
  actor: Actor | null;
  committeeRole: MembershipRole | null;
  reviewer: boolean;
}

/** Who looks at a submission: the call's viewer, their place among its applicants, their review of it. */
export interface SubmissionViewer extends CallViewer {
  applicant: { role: 'lead' | 'co_applicant'; accepted: boolean } | null;
  review: { id: string; state: ReviewState } | null;
}

const STATE_NAMES: Record<CallState, string> = {
  draft: 'brouillon',
  open: 'ouvert',
  reviewing: 'évaluation',
  deliberating: 'délibération',
  decided: 'décidé',
  closed: 'clos',
};

const PUBLISHED: CallState[] = ['decided', 'closed'];

/**
 * Who may do what with a call (docs/calls.md, « Qui fait quoi »). A call is public once opened;
 * a draft is its committee's facilitators' (and the administrators'). They name reviewers, move
 * the call, decide eligibility and assign reviews. Any signed-in person applies. A submission is
 * read whole by its applicants, the facilitators and its reviewers once they declared no link; a
 * reviewer who has not declared sees only what the common is; once decided, everyone reads the
 * laureates and the not-retained submissions whose applicants consented. Others get NOT_FOUND.
 */
export const callsPolicy = {
  manages(viewer: CallViewer): boolean {
    return viewer.actor?.platformRole === 'admin' || viewer.committeeRole === 'facilitator';
  },

  canSee(call: CallEntity, viewer: CallViewer): boolean {
    return call.state !== 'draft' || this.manages(viewer);
  },

  assertManage(viewer: CallViewer): void {
    if (!this.manages(viewer)) throw DomainError.of('CALL_FACILITATORS_ONLY');
  },

  assertState(call: CallEntity, states: CallState[]): void {
    if (!states.includes(call.state)) throw DomainError.of('CALL_STATE_INVALID', { state: STATE_NAMES[call.state] });
  },

  published(call: CallEntity): boolean {
    return PUBLISHED.includes(call.state);
  },

  /** What of a submission the viewer reads: all of it, its outline (what the common is), or nothing. */
  reading(call: CallEntity, submission: SubmissionEntity, viewer: SubmissionViewer): 'full' | 'outline' | null {
    if (viewer.applicant) return 'full';
    if (submission.state === 'draft') return null;
    if (this.manages(viewer)) return 'full';
    if (viewer.review)
      return viewer.review.state === 'cleared' || viewer.review.state === 'submitted' ? 'full' : 'outline';
    if (this.published(call) && this.publiclyListed(submission)) return 'full';
    return null;
  },

  /** Laureates, and the not-retained submissions whose applicants consented, are published with the decision. */
  publiclyListed(submission: SubmissionEntity): boolean {
    return (
      submission.decision === 'retained' ||
      submission.decision === 'retained_with_conditions' ||
      (submission.decision === 'not_retained' && submission.publishConsent)
    );
  },

  /** The reviews' names: the facilitators only (and a reviewer their own). */
  seesReviewerNames(viewer: CallViewer): boolean {
    return this.manages(viewer);
  },

  /**
   * Others' scores: the facilitators; a reviewer once theirs are submitted; the applicants once the
   * call is decided (without names); everyone for a published submission.
   */
  seesScores(call: CallEntity, submission: SubmissionEntity, viewer: SubmissionViewer): boolean {
    if (this.manages(viewer)) return true;
    if (viewer.review) return viewer.review.state === 'submitted';
    return this.published(call) && (viewer.applicant !== null || this.publiclyListed(submission));
  },

  assertApplicant(viewer: SubmissionViewer): void {
    if (!viewer.applicant?.accepted) throw DomainError.of('SUBMISSION_APPLICANTS_ONLY');
  },
};
