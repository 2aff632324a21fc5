import { Injectable } from '@nestjs/common';
import { CALL_LIMITS, REVIEW_LINKS, ReviewLink } from '@ouvroir/contracts';
import { DomainError, validText } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CallAccess } from './call-access';
import { CallEntity } from './call.entity';
import { callsPolicy } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { CriterionScore, MilestoneEntity, ReviewEntity, ReviewRow } from './review.entity';
import { validScores, weightedScore } from './review.rules';
import { SubmissionRow } from './submission.entity';

export interface FacilitatorBoard {
  call: CallEntity;
  submissions: SubmissionRow[];
  reviews: ReviewRow[];
  reviewerIds: string[];
  lateMilestones: MilestoneEntity[];
}

/**
 * The reviewers' part: before reading a submission, declare any link with it (`none` opens it;
 * anything else excludes them, and the facilitators assign someone else); then score every
 * criterion from 0 to 5 with a comment, until the committee starts deliberating.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
  ) {}

  async declare(actor: Actor, reviewId: string, link: ReviewLink, text: string | null): Promise<ReviewEntity> {
    if (!REVIEW_LINKS.includes(link))
      throw DomainError.of('SUBMISSION_FIELD_INVALID', { field: 'link', label: 'Lien', rule: 'inconnu' });
    const linkText = validText(text ?? '', CALL_LIMITS.reasonMax, 'text', 'Précision', link === 'other') || null;
    return this.repository.transaction(async (manager) => {
      const { review, call } = await this.ownReview(manager, actor, reviewId);
      if (review.state !== 'assigned') throw DomainError.of('CALL_STATE_INVALID', { state: 'liens déjà déclarés' });
      const saved = await this.repository.saveReview(manager, {
        ...review,
        state: link === 'none' ? 'cleared' : 'excluded',
        link,
        linkText,
      });
      await this.access.journal(
        manager,
        'review_link_declared',
        actor,
        call,
        { type: 'call_review', id: reviewId },
        { call: call.title, submissionId: review.submissionId, link },
      );
      return saved;
    });
  }

  /** Scores on every criterion (SCORE_INVALID otherwise); again until the deliberation opens. */
  async submit(actor: Actor, reviewId: string, scores: CriterionScore[]): Promise<ReviewEntity> {
    return this.repository.transaction(async (manager) => {
      const { review, call } = await this.ownReview(manager, actor, reviewId);
      if (review.state === 'assigned') throw DomainError.of('REVIEW_DECLARATION_REQUIRED');
      if (review.state === 'excluded') throw DomainError.of('REVIEW_EXCLUDED');
      const valid = validScores(call.criteria, scores);
      const saved = await this.repository.saveReview(manager, {
        ...review,
        state: 'submitted',
        scores: valid,
        weightedScore: weightedScore(call.criteria, valid),
        submittedAt: await this.repository.now(manager),
      });
      await this.access.journal(
        manager,
        'review_submitted',
        actor,
        call,
        { type: 'call_review', id: reviewId },
        { call: call.title, submissionId: review.submissionId },
      );
      return saved;
    });
  }

  /** The reviewer's assignments in this call. */
  async workspace(actor: Actor, callId: string): Promise<{ call: CallEntity; reviews: ReviewEntity[] }> {
    const { call, viewer } = await this.access.toCall(actor, callId);
    if (!viewer.reviewer) throw DomainError.of('REVIEW_NOT_FOUND');
    return { call, reviews: await this.repository.reviewsOfReviewer(callId, actor.id) };
  }

  async board(actor: Actor, callId: string): Promise<FacilitatorBoard> {
    const { call, viewer } = await this.access.toCall(actor, callId);
    callsPolicy.assertManage(viewer);
    const [submissions, reviews, reviewerIds, lateMilestones] = await Promise.all([
      this.repository.boardSubmissions(callId),
      this.repository.boardReviews(callId),
      this.repository.reviewerIds(callId),
      this.repository.lateMilestones(callId),
    ]);
    return { call, submissions, reviews, reviewerIds, lateMilestones };
  }

  /** The review, locked, if it is the actor's, in a call still reviewing (REVIEW_LOCKED after). */
  private async ownReview(manager: EntityManager, actor: Actor, reviewId: string) {
    const review = isUUID(reviewId) ? await this.repository.lockReview(manager, reviewId) : null;
    if (!review || review.reviewerId !== actor.id) throw DomainError.of('REVIEW_NOT_FOUND');
    const call = (await this.repository.lockCall(manager, review.callId))!;
    if (call.state !== 'open' && call.state !== 'reviewing') throw DomainError.of('REVIEW_LOCKED');
    return { review, call };
  }
}
