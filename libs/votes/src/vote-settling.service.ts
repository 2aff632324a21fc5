import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { ProposalEntity, ProposalsService } from '@ouvroir/proposals';
import { EntityManager } from 'typeorm';
import { CountingRules, result, tally } from './counting';
import { canonicalJson, hashOf, LedgerHeader, LEDGER_FORMAT } from './ledger/ledger';
import { VoteJobs } from './vote-jobs';
import { VoteEvents } from './vote-events';
import { VoterEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';
import { VotesRepository } from './votes.repository';

export const OPENED = `"opened_at" = clock_timestamp()`;

/** How long before its closing the voters who have not voted are reminded. */
export const REMINDER_BEFORE_MS = 24 * 3_600_000;

const rulesOf = (vote: VoteEntity): CountingRules => ({
  method: vote.method,
  threshold: vote.threshold,
  quorumPercent: vote.quorumPercent,
  options: vote.options,
  eligibleCount: vote.eligibleCount,
});

/**
 * A vote's moves that its times decide, by the database clock: opening (the roll, the ledger's
 * header, the proposal in `voting`) and closing (the tally, the result, the proposal decided), each
 * done once by whoever comes first (a read, a ballot, or the pg-boss job on any instance);
 * cancelling when a vote cannot be held.
 */
@Injectable()
export class VoteSettlingService implements OnApplicationBootstrap {
  constructor(
    private readonly repository: VotesRepository,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly jobs: VoteJobs,
    private readonly events: VoteEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start((voteId) => this.settle(voteId));
  }

  /**
   * Opens or closes the vote if its time has come by the database clock. The conditional UPDATE
   * lets exactly one caller (a read, a ballot or the job, on any instance) do each, once.
   */
  async settle(id: string): Promise<void> {
    const opened = await this.repository.transaction(async (manager) => {
      const due = await this.repository.advance(manager, id, 'scheduled', 'open', OPENED, true);
      if (due) await this.onOpened(manager, due, null);
      return due;
    });
    const closed = await this.repository.transaction(async (manager) => {
      const due = await this.repository.advance(manager, id, 'open', 'closed', `"closed_at" = clock_timestamp()`, true);
      if (due) await this.onClosed(manager, due);
      return due;
    });
    if (opened || closed) this.events.announce((await this.repository.findById(id))!, true);
  }

  /** Has the job settle the vote at its opening and closing times, so that pages change without a read. */
  async schedule(vote: VoteEntity): Promise<void> {
    if (vote.status === 'scheduled') await this.jobs.schedule(vote.id, vote.opensAt);
    if (vote.status === 'scheduled' || vote.status === 'open') await this.jobs.schedule(vote.id, vote.closesAt);
  }

  /** Fixes the roll and the ledger's header, and moves the proposal to `voting`; cancels the vote if it cannot be held. */
  async onOpened(manager: EntityManager, vote: VoteEntity, actor: Actor | null): Promise<void> {
    const roll = await this.groups.committeeVoters(vote.committeeId);
    const excluded = new Set(vote.excludedVoterIds ?? []);
    const recused = roll.voterIds.filter((id) => excluded.has(id));
    const committee = { name: roll.name, voterIds: roll.voterIds.filter((id) => !excluded.has(id)) };
    if (committee.voterIds.length === 0) {
      await this.cancelWithin(manager, vote, 'Le comité n’avait aucun votant à l’ouverture du scrutin.', actor, false);
      return;
    }
    let proposal: ProposalEntity | null = null;
    if (vote.proposalId && (await this.wouldPublishHidden(vote.committeeId, vote.proposalId))) {
      await this.cancelWithin(manager, vote, DomainError.of('VOTE_PROPOSAL_HIDDEN').message, actor, false);
      return;
    }
    if (vote.proposalId) {
      try {
        proposal = await this.proposals.recordVoteOpened(vote.proposalId, actor, manager);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await this.cancelWithin(
          manager,
          vote,
          'La proposition n’était plus soumise au comité à l’ouverture.',
          actor,
          false,
        );
        return;
      }
    }
    await this.repository.insert(
      manager,
      VoterEntity,
      committee.voterIds.map((userId) => ({ voteId: vote.id, userId })),
    );
    const header: LedgerHeader = {
      format: LEDGER_FORMAT,
      voteId: vote.id,
      title: vote.title,
      committee: { id: vote.committeeId, name: committee.name },
      proposal: proposal ? { id: proposal.id, title: proposal.title } : null,
      method: vote.method,
      threshold: vote.threshold,
      quorumPercent: vote.quorumPercent,
      secret: vote.secret,
      ballotChanges: vote.ballotChanges,
      options: vote.options,
      opensAt: vote.opensAt.toISOString(),
      closesAt: vote.closesAt.toISOString(),
      eligibleVoters: committee.voterIds.length,
    };
    await this.repository.update(manager, vote.id, {
      eligibleCount: header.eligibleVoters,
      ledgerHeader: canonicalJson(header),
      headHash: hashOf(header),
    });
    await this.events.journal(manager, 'vote_opened', actor, vote, {
      title: vote.title,
      eligibleVoters: header.eligibleVoters,
    });
    for (const userId of recused) {
      await this.events.journal(manager, 'vote_voter_recused', actor, vote, { title: vote.title }, userId);
    }
    await this.events.domain.publish(manager, 'vote_opened', { actorId: actor?.id ?? null, voteId: vote.id });
    // The reminder to those who have not voted, the day before closing (none for a vote shorter than a day).
    const remindAt = new Date(vote.closesAt.getTime() - REMINDER_BEFORE_MS);
    if (remindAt.getTime() > Date.now()) {
      await this.events.domain.publish(
        manager,
        'vote_closing',
        { actorId: null, voteId: vote.id },
        { startAfter: remindAt, singletonKey: `vote-closing:${vote.id}` },
      );
    }
  }

  /** Counts the ballots, stores the tally and the result, and moves the proposal. */
  private async onClosed(manager: EntityManager, vote: VoteEntity): Promise<void> {
    const rules = rulesOf(vote);
    const counted = tally(rules, await this.repository.choices(manager, vote.id));
    const outcome = result(rules, counted);
    await this.repository.update(manager, vote.id, { tally: counted, result: outcome });
    if (vote.proposalId) {
      const decided = outcome.outcome === 'adopted' || outcome.outcome === 'rejected' ? outcome.outcome : 'undecided';
      await this.proposals.recordVoteResult(
        vote.proposalId,
        decided,
        decided === 'undecided' ? 'Quorum non atteint : le comité peut organiser un nouveau scrutin.' : null,
        manager,
      );
    }
    await this.events.journal(manager, 'vote_closed', null, vote, {
      title: vote.title,
      outcome: outcome.outcome,
      ballots: counted.ballots,
      eligibleVoters: vote.eligibleCount,
      finalHash: vote.headHash,
    });
    await this.events.domain.publish(manager, 'vote_closed', {
      actorId: null,
      voteId: vote.id,
      outcome: outcome.outcome,
    });
  }

  /** Cancels the vote if still scheduled or open; a proposal already in `voting` goes back to `submitted`. */
  async cancelWithin(
    manager: EntityManager,
    vote: VoteEntity,
    reason: string,
    actor: Actor | null,
    proposalVoting: boolean,
  ): Promise<boolean> {
    if (!(await this.repository.cancel(manager, vote.id, reason))) return false;
    if (vote.proposalId && proposalVoting) {
      await this.proposals.recordVoteResult(vote.proposalId, 'undecided', `Scrutin annulé : ${reason}`, manager, actor);
    }
    await this.events.journal(manager, 'vote_cancelled', actor, vote, { title: vote.title, reason });
    return true;
  }

  /**
   * Whether a vote of this committee would show the proposal's title (the vote's, the ledger's) to
   * people who may not read it: a public committee and a proposal of a members-only group.
   */
  async wouldPublishHidden(committeeId: string, proposalId: string): Promise<boolean> {
    if (!(await this.groups.standing(null, committeeId))) return false;
    return this.proposals.get(null, proposalId).then(
      () => false,
      (error: unknown) => {
        if (error instanceof DomainError && error.code === 'NOT_FOUND') return true;
        throw error;
      },
    );
  }
}
