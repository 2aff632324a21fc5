import { Injectable } from '@nestjs/common';
import { CALL_LIMITS, ReviewLink } from '@ouvroir/contracts';
import { conflictOn, DomainError, validText } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CallAccess } from './call-access';
import { CallEntity } from './call.entity';
import { callsPolicy } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { ReviewEntity } from './review.entity';
import { AssignmentNeed, balancedAssignment } from './review.rules';
import { ApplicantEntity, SubmissionEntity } from './submission.entity';

/** What the server can see of a reviewer's links with submissions, computed once for a whole call. */
interface ConflictMap {
  linkOf(reviewerId: string, submission: SubmissionEntity): ReviewLink | null;
}

const ACTIVE = new Set(['assigned', 'cleared', 'submitted']);

/**
 * The facilitators' part of review: the human eligibility decision (with a reason, journaled), and
 * the assignment of reviewers, balanced by load automatically or made by hand, never to someone in
 * a detectable conflict: an applicant (lead or co-applicant), a person of an applicant's
 * organisation, a member of the group that carries the common (« the applicant's group »).
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  async decideEligibility(
    actor: Actor,
    submissionId: string,
    eligible: boolean,
    reason: string,
  ): Promise<SubmissionEntity> {
    const { call, viewer } = await this.access.toSubmission(actor, submissionId);
    callsPolicy.assertManage(viewer);
    const why = validText(reason, CALL_LIMITS.reasonMax, 'reason', 'Motif', true);
    return this.repository.transaction(async (manager) => {
      const found = (await this.repository.lockSubmission(manager, submissionId))!;
      callsPolicy.assertState((await this.repository.lockCall(manager, call.id))!, ['open', 'reviewing']);
      // Decided on what is frozen: after its round's cut-off, so that the applicants change nothing after.
      if (found.submission.state !== 'submitted' || found.beforeCutoff) {
        throw DomainError.of('SUBMISSION_STATE_INVALID', {
          state: found.beforeCutoff ? 'avant sa clôture' : found.submission.state,
        });
      }
      const saved = await this.repository.saveSubmission(manager, {
        ...found.submission,
        state: eligible ? 'eligible' : 'ineligible',
        eligibilityReason: why,
      });
      await this.access.journal(
        manager,
        'submission_eligibility_decided',
        actor,
        call,
        { type: 'call_submission', id: submissionId },
        { call: call.title, common: saved.commonName, eligible, reason: why },
      );
      await this.access.events.publish(manager, 'eligibility_decided', { actorId: actor.id, submissionId, eligible });
      return saved;
    });
  }

  /** By hand: the facilitators' override of the automatic assignment. */
  async assign(actor: Actor, submissionId: string, reviewerId: string): Promise<ReviewEntity> {
    const { call, submission, viewer } = await this.access.toSubmission(actor, submissionId);
    callsPolicy.assertManage(viewer);
    if (!isUUID(reviewerId) || !(await this.repository.isReviewer(call.id, reviewerId))) {
      throw DomainError.of('REVIEWER_NOT_ON_CALL', { field: 'reviewerId' });
    }
    const conflicts = await this.conflicts([submission], [reviewerId]);
    return this.repository
      .transaction(async (manager) => {
        callsPolicy.assertState((await this.repository.lockCall(manager, call.id))!, ['open', 'reviewing']);
        const current = (await this.repository.lockSubmission(manager, submissionId))!.submission;
        if (current.state !== 'eligible') throw DomainError.of('REVIEW_NOT_ELIGIBLE');
        const existing = await this.repository.reviewsOfSubmissions([submissionId], manager);
        if (existing.some((review) => review.reviewerId === reviewerId))
          throw DomainError.of('REVIEWER_ALREADY_ASSIGNED');
        const link = conflicts.linkOf(reviewerId, current);
        if (link) throw DomainError.of('REVIEWER_CONFLICT', { link });
        const [review] = await this.repository.insertReviews(manager, [
          { callId: call.id, submissionId, reviewerId, assignedBy: actor.id },
        ]);
        await this.journalAssignments(manager, actor, call, [review], current.commonName);
        return review;
      })
      .catch(conflictOn('call_review_reviewer_uq', 'REVIEWER_ALREADY_ASSIGNED'));
  }

  /**
   * Gives every eligible submission the reviewers it lacks (the call's `reviewsPerSubmission`,
   * excluded ones not counted), least loaded first, none in a detectable conflict nor already on
   * it. Returns how many assignments were made.
   */
  async assignAutomatically(actor: Actor, callId: string): Promise<number> {
    const { call } = await this.access.toCall(actor, callId);
    callsPolicy.assertManage(await this.access.viewerOf(actor, call));
    const reviewerIds = await this.repository.reviewerIds(callId);
    const submissions = (await this.repository.submissionsOfCall(callId)).filter(
      (submission) => submission.state === 'eligible',
    );
    const conflicts = await this.conflicts(submissions, reviewerIds);
    return this.repository
      .transaction(async (manager) => {
        const locked = (await this.repository.lockCall(manager, callId))!;
        callsPolicy.assertState(locked, ['open', 'reviewing']);
        const reviews = await this.repository.reviewsOfCall(callId, manager);
        const loads = new Map(reviewerIds.map((id) => [id, 0]));
        for (const review of reviews) {
          if (ACTIVE.has(review.state) && loads.has(review.reviewerId)) {
            loads.set(review.reviewerId, loads.get(review.reviewerId)! + 1);
          }
        }
        const needs: AssignmentNeed[] = submissions.map((submission) => {
          const own = reviews.filter((review) => review.submissionId === submission.id);
          const barred = new Set(own.map((review) => review.reviewerId));
          for (const id of reviewerIds) if (conflicts.linkOf(id, submission)) barred.add(id);
          const active = own.filter((review) => ACTIVE.has(review.state)).length;
          return { submissionId: submission.id, missing: Math.max(0, locked.reviewsPerSubmission - active), barred };
        });
        const made = balancedAssignment(
          needs.filter((need) => need.missing > 0),
          loads,
        );
        const inserted = await this.repository.insertReviews(
          manager,
          made.map((pair) => ({ ...pair, callId, assignedBy: actor.id })),
        );
        await this.journalAssignments(manager, actor, call, inserted, null);
        return inserted.length;
      })
      .catch(conflictOn('call_review_reviewer_uq', 'REVIEWER_ALREADY_ASSIGNED'));
  }

  /** The detectable links between these reviewers and these submissions' applicants. */
  private async conflicts(submissions: SubmissionEntity[], reviewerIds: string[]): Promise<ConflictMap> {
    const applicants = await this.repository.applicantsOf(submissions.map((submission) => submission.id));
    const people = await this.identity.activeUsers([...new Set([...reviewerIds, ...applicants.map((a) => a.userId)])]);
    const organisationOf = new Map(people.map((user) => [user.id, user.organisationId]));
    const bySubmission = new Map<string, ApplicantEntity[]>();
    for (const applicant of applicants) {
      bySubmission.set(applicant.submissionId, [...(bySubmission.get(applicant.submissionId) ?? []), applicant]);
    }
    const groupIds = [
      ...new Set(submissions.map((submission) => submission.carryingGroupId).filter((id): id is string => !!id)),
    ];
    const membersOf = new Map(
      await Promise.all(groupIds.map(async (id) => [id, new Set(await this.groups.memberIds(id))] as const)),
    );
    return {
      linkOf: (reviewerId, submission) => {
        const own = bySubmission.get(submission.id) ?? [];
        if (own.some((applicant) => applicant.userId === reviewerId)) return 'co_applicant';
        const organisation = organisationOf.get(reviewerId);
        if (organisation && own.some((applicant) => organisationOf.get(applicant.userId) === organisation)) {
          return 'same_organisation';
        }
        if (submission.carryingGroupId && membersOf.get(submission.carryingGroupId)?.has(reviewerId))
          return 'same_group';
        return null;
      },
    };
  }

  private async journalAssignments(
    manager: EntityManager,
    actor: Actor,
    call: CallEntity,
    reviews: ReviewEntity[],
    common: string | null,
  ): Promise<void> {
    if (reviews.length) {
      const reviewerIds = [...new Set(reviews.map((review) => review.reviewerId))];
      await this.access.events.publish(manager, 'review_assigned', { actorId: actor.id, callId: call.id, reviewerIds });
    }
    return this.access.journalEach(
      manager,
      'review_assigned',
      actor,
      call,
      reviews.map((review) => ({
        target: { type: 'call_review', id: review.id },
        details: { call: call.title, submissionId: review.submissionId, ...(common ? { common } : {}) },
        subjectUserId: review.reviewerId,
      })),
    );
  }
}
