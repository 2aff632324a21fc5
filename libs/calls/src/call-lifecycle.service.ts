import { Injectable } from '@nestjs/common';
import { CALL_LIMITS, VOTE_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { VoteLifecycleService } from '@ouvroir/votes';
import { isUUID } from 'class-validator';
import { CallAccess } from './call-access';
import { CallEntity } from './call.entity';
import { CallFields, validCallFields } from './call.rules';
import { callsPolicy } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { scoreSummary } from './review.rules';

/**
 * A call's life, by its committee's facilitators: created and edited as a draft, reviewers named,
 * then `open` → `reviewing` → `deliberating` (the committee's vote) → `decided` (DecisionsService)
 * → `closed`. Each move is journaled in its transaction.
 */
@Injectable()
export class CallLifecycleService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
    private readonly votes: VoteLifecycleService,
  ) {}

  async create(actor: Actor, committeeId: string, input: CallFields): Promise<CallEntity> {
    const standing = isUUID(committeeId) ? await this.groups.standing(actor, committeeId) : null;
    if (!standing || standing.group.kind !== 'committee' || standing.group.status !== 'active') {
      throw DomainError.of('CALL_COMMITTEE_INVALID', { field: 'committeeId' });
    }
    callsPolicy.assertManage({ actor, committeeRole: standing.role, reviewer: false });
    const fields = validCallFields(input, await this.repository.now());
    return this.repository.transaction(async (manager) => {
      const call = await this.repository.saveCall(manager, {
        ...fields,
        domainId: standing.group.domainId,
        committeeId,
        createdBy: actor.id,
      });
      await this.access.journal(
        manager,
        'call_created',
        actor,
        call,
        { type: 'call', id: call.id },
        { title: call.title },
      );
      return call;
    });
  }

  /** A draft's fields, and the cut-offs while open (more time, never less than what was announced). */
  async update(actor: Actor, id: string, input: CallFields): Promise<CallEntity> {
    const fields = validCallFields(input, await this.repository.now());
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['draft']);
      const saved = await this.repository.saveCall(manager, { ...call, ...fields });
      await this.access.journal(manager, 'call_updated', actor, call, { type: 'call', id }, { title: saved.title });
      return saved;
    });
  }

  async addReviewer(actor: Actor, id: string, userId: string): Promise<CallEntity> {
    const [user] = isUUID(userId) ? await this.identity.activeUsers([userId]) : [];
    if (!user) throw DomainError.of('CALL_REVIEWER_UNKNOWN', { field: 'userId' });
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['draft', 'open', 'reviewing']);
      if ((await this.repository.reviewerIds(id, manager)).length >= CALL_LIMITS.reviewersMax) {
        throw DomainError.of('CALL_FIELD_INVALID', {
          field: 'userId',
          label: 'Évaluateurs',
          rule: `${CALL_LIMITS.reviewersMax} au plus`,
        });
      }
      if (await this.repository.addReviewer(manager, { callId: id, userId, addedBy: actor.id })) {
        await this.access.journal(
          manager,
          'call_reviewer_added',
          actor,
          call,
          { type: 'call', id },
          { title: call.title },
          userId,
        );
      }
      return call;
    });
  }

  /** Only while nobody was assigned to them: their reviews stay theirs. */
  async removeReviewer(actor: Actor, id: string, userId: string): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['draft', 'open', 'reviewing']);
      const assigned = (await this.repository.reviewsOfCall(id, manager)).some(
        (review) => review.reviewerId === userId,
      );
      if (assigned) throw DomainError.of('CALL_STATE_INVALID', { state: 'évaluations affectées' });
      if (await this.repository.removeReviewer(manager, id, userId)) {
        await this.access.journal(
          manager,
          'call_reviewer_removed',
          actor,
          call,
          { type: 'call', id },
          { title: call.title },
          userId,
        );
      }
      return call;
    });
  }

  /** Published: needs a grid and at least two reviewers (CALL_NOT_READY), and a cut-off still ahead. */
  async open(actor: Actor, id: string): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['draft']);
      const reviewers = await this.repository.reviewerIds(id, manager);
      if (call.criteria.length === 0 || reviewers.length < CALL_LIMITS.reviewsPerSubmissionMin) {
        throw DomainError.of('CALL_NOT_READY', { reviewers: reviewers.length, criteria: call.criteria.length });
      }
      if (!(await this.repository.nextCutoff(manager, id)))
        throw DomainError.of('CALL_ROUNDS_INVALID', { field: 'cutoffs' });
      const saved = await this.repository.saveCall(manager, {
        ...call,
        state: 'open',
        openedAt: await this.repository.now(manager),
      });
      await this.access.journal(manager, 'call_opened', actor, call, { type: 'call', id }, { title: call.title });
      await this.access.events.publish(manager, 'call_opened', { actorId: actor.id, callId: id });
      return saved;
    });
  }

  /** Once the last cut-off has passed by the database clock. */
  async startReview(actor: Actor, id: string): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['open']);
      if (await this.repository.nextCutoff(manager, id)) throw DomainError.of('CALL_ROUNDS_NOT_OVER');
      const saved = await this.repository.saveCall(manager, { ...call, state: 'reviewing' });
      await this.access.journal(
        manager,
        'call_review_started',
        actor,
        call,
        { type: 'call', id },
        { title: call.title },
      );
      return saved;
    });
  }

  /**
   * Closes the reviews and opens the committee's majority-judgment vote on the submissions that
   * passed them (eligible, enough reviews submitted, mean weighted score ≥ the call's minimum), the
   * scores beside each option; the call's applicants who are voters of the committee are kept off
   * its roll. The vote is created by VotesService in its own transaction, under this call's lock:
   * a second facilitator waits and finds the call deliberating.
   */
  async openDeliberation(actor: Actor, id: string, closesAt: Date): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['reviewing']);
      const [submissions, reviews] = await Promise.all([
        this.repository.submissionsOfCall(id, manager),
        this.repository.reviewsOfCall(id, manager),
      ]);
      const passed = submissions
        .filter((submission) => submission.state === 'eligible')
        .map((submission) => {
          const scores = reviews
            .filter((review) => review.submissionId === submission.id && review.state === 'submitted')
            .map((review) => review.weightedScore!);
          return { submission, count: scores.length, ...scoreSummary(scores) };
        })
        .filter((entry) => entry.count >= call.reviewsPerSubmission && entry.mean! >= call.minScore)
        .sort((a, b) => b.mean! - a.mean! || a.submission.id.localeCompare(b.submission.id));
      if (passed.length === 0) throw DomainError.of('CALL_NOTHING_TO_DELIBERATE');
      if (passed.length > VOTE_LIMITS.optionsMax) {
        throw DomainError.of('CALL_SHORTLIST_TOO_LONG', { count: passed.length, max: VOTE_LIMITS.optionsMax });
      }
      const labels = passed.map(({ submission }, index) =>
        `${index + 1}. ${submission.commonName}`.slice(0, VOTE_LIMITS.optionMax),
      );
      const description = passed
        .map(
          ({ submission, mean, spread }, index) =>
            `- **${labels[index]}** : note pondérée ${mean} / 5 (écart ${spread}), défi « ${submission.challenge} »`,
        )
        .join('\n');
      const recused = await this.repository.applicantIdsOfCall(id);
      const vote = await this.votes.create(actor, {
        committeeId: call.committeeId,
        title: `Classement de l’appel « ${call.title} »`.slice(0, VOTE_LIMITS.titleMax),
        description,
        method: 'majority_judgment',
        options: labels,
        quorumPercent: 0,
        secret: true,
        ballotChanges: false,
        closesAt,
        excludedVoterIds: recused,
      });
      for (const [index, { submission }] of passed.entries()) {
        await this.repository.saveSubmission(manager, {
          ...submission,
          passedReview: true,
          voteOption: vote.options[index].key,
        });
      }
      const saved = await this.repository.saveCall(manager, { ...call, state: 'deliberating', voteId: vote.id });
      await this.access.journal(
        manager,
        'call_deliberation_opened',
        actor,
        call,
        { type: 'call', id },
        { title: call.title, voteId: vote.id, submissions: passed.length, recusedApplicants: recused.length },
      );
      return saved;
    });
  }

  async close(actor: Actor, id: string): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, id);
      callsPolicy.assertState(call, ['decided']);
      const saved = await this.repository.saveCall(manager, { ...call, state: 'closed' });
      await this.access.journal(manager, 'call_closed', actor, call, { type: 'call', id }, { title: call.title });
      return saved;
    });
  }
}
