import { Injectable } from '@nestjs/common';
import { CALL_LIMITS, SUBMISSION_DECISIONS, SubmissionDecision } from '@ouvroir/contracts';
import { LaureatesService } from '@ouvroir/commons';
import { DomainError, validText } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { VotesService } from '@ouvroir/votes';
import { EntityManager } from 'typeorm';
import { CallAccess } from './call-access';
import { CallEntity } from './call.entity';
import { callsPolicy } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { scoreSummary } from './review.rules';
import { SubmissionEntity } from './submission.entity';

export interface DecisionInput {
  decision: SubmissionDecision;
  conditions?: string | null;
  motivation: string;
  amountGranted?: number | null;
}

export interface CallResultRow {
  submission: SubmissionEntity;
  meanScore: number | null;
  spread: number | null;
}

const RETAINED: SubmissionDecision[] = ['retained', 'retained_with_conditions'];

/**
 * The committee's decision, after its vote: one per submission that passed review (never another:
 * DECISION_NOT_REVIEWED), with motivations, within the budget; then published at once, the call
 * `decided`, each laureate entering the catalogue. Laureates come only from these recorded decisions.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
    private readonly votes: VotesService,
    private readonly laureates: LaureatesService,
  ) {}

  async decide(actor: Actor, submissionId: string, input: DecisionInput): Promise<SubmissionEntity> {
    const { call, viewer } = await this.access.toSubmission(actor, submissionId);
    callsPolicy.assertManage(viewer);
    if (!SUBMISSION_DECISIONS.includes(input.decision))
      throw DomainError.of('DECISION_INVALID', { field: 'decision', rule: 'décision inconnue' });
    const motivation = validText(input.motivation, CALL_LIMITS.reasonMax, 'motivation', 'Motivation', true);
    const conditions = validText(input.conditions ?? '', CALL_LIMITS.reasonMax, 'conditions', 'Conditions') || null;
    if ((input.decision === 'retained_with_conditions') !== (conditions !== null)) {
      throw DomainError.of('DECISION_INVALID', {
        field: 'conditions',
        rule: 'des conditions pour une sélection sous conditions, et seulement elle',
      });
    }
    const retained = RETAINED.includes(input.decision);
    const amountGranted = retained ? (input.amountGranted ?? null) : null;
    if (
      call.budget === null
        ? amountGranted !== null
        : retained && (amountGranted === null || !Number.isInteger(amountGranted) || amountGranted < 0)
    ) {
      throw DomainError.of('DECISION_INVALID', {
        field: 'amountGranted',
        rule: call.budget === null ? 'l’appel n’a pas de budget' : 'un montant accordé en euros',
      });
    }
    return this.repository.transaction(async (manager) => {
      const locked = (await this.repository.lockCall(manager, call.id))!;
      callsPolicy.assertState(locked, ['deliberating']);
      const submission = (await this.repository.lockSubmission(manager, submissionId))!.submission;
      if (!submission.passedReview) throw DomainError.of('DECISION_NOT_REVIEWED');
      await this.assertVoteClosed(actor, locked);
      if (locked.budget !== null && amountGranted !== null) {
        const others = (await this.repository.submissionsOfCall(call.id, manager))
          .filter((other) => other.id !== submissionId && other.decision && RETAINED.includes(other.decision))
          .reduce((total, other) => total + (other.amountGranted ?? 0), 0);
        if (others + amountGranted > locked.budget) {
          throw DomainError.of('CALL_BUDGET_EXCEEDED', { total: others + amountGranted, budget: locked.budget });
        }
      }
      const saved = await this.repository.saveSubmission(manager, {
        ...submission,
        decision: input.decision,
        conditions,
        motivation,
        amountGranted,
      });
      await this.access.journal(
        manager,
        'submission_decided',
        actor,
        call,
        { type: 'call_submission', id: submissionId },
        { call: call.title, common: saved.commonName, decision: input.decision },
      );
      return saved;
    });
  }

  /**
   * Every reviewed submission decided: the call is `decided`, its results public, the ranks copied
   * from the vote, each laureate a catalogue entry maintained by its applicants.
   */
  async publish(actor: Actor, callId: string): Promise<CallEntity> {
    return this.repository.transaction(async (manager) => {
      const { call } = await this.access.toManagedCall(manager, actor, callId);
      callsPolicy.assertState(call, ['deliberating']);
      const vote = await this.assertVoteClosed(actor, call);
      const submissions = (await this.repository.submissionsOfCall(callId, manager)).filter((s) => s.passedReview);
      const missing = submissions.filter((submission) => !submission.decision).length;
      if (missing) throw DomainError.of('CALL_DECISIONS_MISSING', { missing });
      const ranks = new Map((vote.result?.ranking ?? []).map((option) => [option.key, option.rank]));
      for (const submission of submissions) {
        await this.repository.saveSubmission(manager, {
          ...submission,
          rank: ranks.get(submission.voteOption ?? '') ?? null,
        });
      }
      const saved = await this.repository.saveCall(manager, {
        ...call,
        state: 'decided',
        decidedAt: await this.repository.now(manager),
      });
      const laureates = submissions.filter((submission) => RETAINED.includes(submission.decision!));
      for (const laureate of laureates) await this.catalogue(manager, actor, call, laureate);
      await this.access.journal(
        manager,
        'call_decided',
        actor,
        call,
        { type: 'call', id: callId },
        { title: call.title, laureates: laureates.length, voteId: call.voteId },
      );
      for (const submission of submissions) {
        await this.access.events.publish(manager, 'submission_decided', {
          actorId: actor.id,
          submissionId: submission.id,
          retained: RETAINED.includes(submission.decision!),
        });
      }
      return saved;
    });
  }

  /**
   * Public once the call is decided: the laureates, then the not-retained submissions whose
   * applicants consented, by rank, with their mean score and spread (never a reviewer's name).
   */
  async results(actor: Actor | null, callId: string): Promise<{ call: CallEntity; rows: CallResultRow[] }> {
    const { call } = await this.access.toCall(actor, callId);
    if (!callsPolicy.published(call)) throw DomainError.of('CALL_STATE_INVALID', { state: call.state });
    const submissions = (await this.repository.submissionsOfCall(callId)).filter((s) => callsPolicy.publiclyListed(s));
    const reviews = await this.repository.reviewsOfSubmissions(submissions.map((submission) => submission.id));
    const rows = submissions.map((submission) => ({
      submission,
      ...(({ mean, spread }) => ({ meanScore: mean, spread }))(
        scoreSummary(
          reviews
            .filter((review) => review.submissionId === submission.id && review.state === 'submitted')
            .map((review) => review.weightedScore!),
        ),
      ),
    }));
    const retainedFirst = (row: CallResultRow) => (RETAINED.includes(row.submission.decision!) ? 0 : 1);
    rows.sort(
      (a, b) =>
        retainedFirst(a) - retainedFirst(b) ||
        (a.submission.rank ?? Infinity) - (b.submission.rank ?? Infinity) ||
        a.submission.commonName.localeCompare(b.submission.commonName, 'fr'),
    );
    return { call, rows };
  }

  /**
   * The laureate's catalogue entry, created or found by its URL, maintained by its accepted
   * applicants (people only: a submission names no organisation), kept in `common_id`.
   */
  private async catalogue(manager: EntityManager, actor: Actor, call: CallEntity, submission: SubmissionEntity) {
    const applicantIds = (await this.repository.applicantsOf([submission.id], manager))
      .filter((applicant) => applicant.accepted)
      .map((applicant) => applicant.userId);
    const { common, created } = await this.laureates.catalogue(manager, actor, {
      callId: call.id,
      submissionId: submission.id,
      decision: submission.decision!,
      applicantIds,
      commonId: submission.commonId,
      kind: submission.commonKind,
      name: submission.commonName,
      summary: submission.summary,
      pitch: submission.pitch,
      licence: submission.licence,
      url: submission.repositoryUrl,
      domainId: call.domainId,
    });
    if (submission.commonId === common.id) return;
    await this.repository.saveSubmission(manager, { id: submission.id, commonId: common.id });
    await this.access.journal(
      manager,
      'laureate_catalogued',
      actor,
      call,
      { type: 'call_submission', id: submission.id },
      { call: call.title, common: common.name, slug: common.slug, commonId: common.id, created },
    );
  }

  private async assertVoteClosed(actor: Actor, call: CallEntity) {
    const vote = call.voteId ? await this.votes.get(actor, call.voteId) : null;
    if (!vote || vote.status !== 'closed') throw DomainError.of('CALL_VOTE_NOT_CLOSED');
    return vote;
  }
}
