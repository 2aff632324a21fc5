import { Injectable } from '@nestjs/common';
import { conflictOn, Connection, decodeCursor, DomainError, Metrics, toConnection } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { BallotInput, choiceOf } from './ballot-choice';
import { Choice } from './counting';
import { canonicalJson } from './ledger/ledger';
import { LedgerService } from './ledger/ledger.service';
import { ballotKeys, normaliseReceipt, sameChangeKey } from './receipt';
import { VoteAccess } from './vote-access';
import { VoteEvents } from './vote-events';
import { BallotEntity, ParticipationEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';
import { votesPolicy } from './votes.policy';
import { VotesRepository } from './votes.repository';

/** What a receipt finds: the ballot, and its choice once the vote is closed. */
export interface FoundBallot {
  receipt: string;
  choice: Choice | null;
}

/** Whose ballot an act is for: the actor's own, or that of the voter whose proxy they hold. */
const whoseBallot = (actor: Actor, onBehalfOf?: string | null) =>
  onBehalfOf && onBehalfOf !== actor.id
    ? { voterId: onBehalfOf, proxyHolder: actor.id }
    : { voterId: actor.id, proxyHolder: null };

/**
 * Ballots (*bulletins*): cast and changed under a lock on the vote, whose openness the database
 * clock decides, each appended to the ledger; found by their receipts, and published at closing.
 * Nothing written leads from a voter to a secret ballot (docs/votes.md).
 */
@Injectable()
export class BallotsService {
  constructor(
    private readonly repository: VotesRepository,
    private readonly access: VoteAccess,
    private readonly ledger: LedgerService,
    private readonly events: VoteEvents,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Casts the actor's ballot, or the ballot of the voter whose proxy they hold, with the secret the
   * browser made (receipt.ts). A retry with the same secret and choice (its answer was lost) returns
   * the same receipt and records nothing; in a public vote, a retry of the same choice by the voter.
   */
  async cast(
    actor: Actor,
    voteId: string,
    input: BallotInput,
    secret: string,
    onBehalfOf?: string | null,
  ): Promise<{ vote: VoteEntity; receipt: string }> {
    const { vote: seen } = await this.access.toVote(actor, voteId);
    const keys = ballotKeys(seen.id, secret);
    const { voterId, proxyHolder } = whoseBallot(actor, onBehalfOf);
    const names = await this.ledger.names(seen, [voterId, actor.id]);
    const recorded = await this.repository.transaction(async (manager) => {
      const vote = await this.lockForBallot(manager, actor, seen.id, voterId);
      const choice = choiceOf(vote, input);
      const [already] = await this.repository.participation(vote.id, [voterId], manager);
      if (already) {
        const stored = vote.secret
          ? await this.repository.ballotByReceipt(vote.id, keys.receipt, manager)
          : await this.repository.ballotOfVoter(vote.id, voterId, manager);
        const retried =
          stored &&
          (!vote.secret || sameChangeKey(stored.changeKeyHash, keys.changeKeyHash)) &&
          canonicalJson(stored.choice) === canonicalJson(choice);
        if (retried) return { vote, receipt: stored.receipt, written: false };
        throw DomainError.of(vote.ballotChanges ? 'BALLOT_ALREADY_CAST' : 'BALLOT_ALREADY_CAST_FOR_GOOD', {
          reason: 'already_cast',
        });
      }
      await this.repository
        .insert(manager, BallotEntity, {
          voteId: vote.id,
          receipt: keys.receipt,
          changeKeyHash: keys.changeKeyHash,
          choice,
          voterId: vote.secret ? null : voterId,
          castBy: vote.secret ? null : proxyHolder,
        })
        .catch(conflictOn('ballot_pkey', 'BALLOT_SECRET_USED'));
      await this.repository
        .insert(manager, ParticipationEntity, { voteId: vote.id, voterId, castBy: actor.id })
        .catch(conflictOn('vote_participation_pkey', 'BALLOT_CAST_MEANWHILE'));
      vote.ballotCount += 1;
      const entry = { kind: 'cast', receipt: keys.receipt, choice } as const;
      await this.ledger.append(manager, vote, entry, voterId, proxyHolder, names);
      if (vote.secret) await this.repository.rewriteParticipation(manager, vote.id);
      if (proxyHolder) {
        await this.events.domain.publish(manager, 'proxy_used', {
          actorId: actor.id,
          voteId: vote.id,
          grantorId: voterId,
        });
      }
      return { vote, receipt: keys.receipt, written: true };
    });
    if (recorded.written) {
      this.metrics.ballotsCast.inc();
      this.events.announce(recorded.vote, false);
    }
    return { vote: recorded.vote, receipt: recorded.receipt };
  }

  /**
   * Replaces a ballot where the vote allows it. A secret ballot is found by the secret it was cast
   * with, whose change key must match: its receipt alone, which may have been shown, changes
   * nothing. A public one is found by its voter.
   */
  async changeBallot(
    actor: Actor,
    voteId: string,
    input: BallotInput,
    secret?: string | null,
    onBehalfOf?: string | null,
  ): Promise<{ vote: VoteEntity; receipt: string }> {
    const { vote: seen } = await this.access.toVote(actor, voteId);
    const { voterId, proxyHolder } = whoseBallot(actor, onBehalfOf);
    const names = await this.ledger.names(seen, [voterId, actor.id]);
    const recorded = await this.repository.transaction(async (manager) => {
      const vote = await this.lockForBallot(manager, actor, seen.id, voterId);
      if (!vote.ballotChanges) throw DomainError.of('BALLOT_CHANGES_NOT_ALLOWED');
      const [participation] = await this.repository.participation(vote.id, [voterId], manager);
      if (!participation) throw DomainError.of('BALLOT_NOT_CAST');
      const keys = vote.secret ? ballotKeys(vote.id, secret) : null;
      const ballot = keys
        ? await this.repository.ballotByReceipt(vote.id, keys.receipt, manager)
        : await this.repository.ballotOfVoter(vote.id, voterId, manager);
      if (!ballot || (keys && !sameChangeKey(ballot.changeKeyHash, keys.changeKeyHash))) {
        throw DomainError.of('BALLOT_SECRET_UNKNOWN');
      }
      const choice = choiceOf(vote, input);
      await this.repository.setChoice(manager, vote.id, ballot.receipt, choice);
      const entry = { kind: 'change', receipt: ballot.receipt, choice } as const;
      await this.ledger.append(manager, vote, entry, voterId, proxyHolder, names);
      return { vote, receipt: ballot.receipt };
    });
    this.events.announce(recorded.vote, false);
    return recorded;
  }

  /** A ballot found by its receipt; its choice only once the vote is closed. */
  async findBallot(actor: Actor | null, voteId: string, receipt: string): Promise<FoundBallot> {
    const { vote } = await this.access.toVote(actor, voteId);
    const ballot = await this.repository.ballotByReceipt(vote.id, normaliseReceipt(receipt));
    if (!ballot) throw DomainError.of('BALLOT_RECEIPT_UNKNOWN');
    return { receipt: ballot.receipt, choice: vote.status === 'closed' ? ballot.choice : null };
  }

  /** The published ballots of a closed vote, by receipt. */
  async ballots(actor: Actor | null, voteId: string, first: number, after?: string): Promise<Connection<BallotEntity>> {
    const { vote } = await this.access.toVote(actor, voteId, true);
    votesPolicy.assertStatus(vote, ['closed'], 'la liste des bulletins (publiée à la clôture)');
    const page = await this.repository.ballots(vote.id, first, after ? decodeCursor(after) : undefined);
    return toConnection(page.rows, first, page.total, (ballot) => [ballot.receipt, ballot.voteId]);
  }

  /**
   * Locks the vote for a ballot of `voterId`: the actor's own, who must not have given their proxy,
   * or that of the voter whose proxy the actor holds.
   */
  private async lockForBallot(manager: EntityManager, actor: Actor, voteId: string, voterId: string) {
    const vote = await this.access.lockOpen(manager, actor, voteId, 'voter');
    const proxies = await this.repository.activeProxies(vote.id, manager);
    if (voterId !== actor.id) {
      if (!proxies.some((proxy) => proxy.giverId === voterId && proxy.holderId === actor.id)) {
        throw DomainError.of('PROXY_NOT_HELD');
      }
    } else if (proxies.some((proxy) => proxy.giverId === actor.id)) {
      throw DomainError.of('VOTER_GAVE_PROXY');
    }
    return vote;
  }
}
