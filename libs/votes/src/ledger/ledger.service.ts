import { Injectable } from '@nestjs/common';
import { Actor, IdentityService } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { VoteAccess } from '../vote-access';
import { LedgerEntryEntity } from '../vote-parts.entity';
import { VoteEntity } from '../vote.entity';
import { votesPolicy } from '../votes.policy';
import { VotesRepository } from '../votes.repository';
import { canonicalJson, LedgerEntryBody, LedgerHeader, publishLedger, sha256 } from './ledger';

/** The display names a public vote's ledger entries show, by user id; none in a secret vote. */
export type EntryNames = ReadonlyMap<string, string>;

/** A vote's ledger: each recorded ballot appended to its hash chain, and the whole published at closing. */
@Injectable()
export class LedgerService {
  constructor(
    private readonly repository: VotesRepository,
    private readonly identity: IdentityService,
    private readonly access: VoteAccess,
  ) {}

  /** The published ledger of a closed vote, in canonical JSON (docs/vote-ledger.md). */
  async published(actor: Actor | null, voteId: string): Promise<{ vote: VoteEntity; json: string }> {
    const { vote } = await this.access.toVote(actor, voteId, true);
    votesPolicy.assertStatus(vote, ['closed'], 'le registre (publié à la clôture)');
    const entries = (await this.repository.ledgerEntries(vote.id)).map((entry) => ({
      ...(JSON.parse(entry.body) as LedgerEntryBody),
      hash: entry.hash,
    }));
    const header = JSON.parse(vote.ledgerHeader!) as LedgerHeader;
    return { vote, json: publishLedger(header, entries, vote.tally!, vote.result!) };
  }

  /**
   * The names a ballot's entry may show, looked up before the vote is locked: inside the lock, a
   * lookup on another connection of the pool would wait for one that the ballots queued behind the
   * lock all hold.
   */
  async names(vote: VoteEntity, userIds: string[]): Promise<EntryNames> {
    if (vote.secret) return new Map();
    const profiles = await this.identity.profilesByIds(null, userIds);
    return new Map(profiles.flatMap((profile) => (profile ? [[profile.id, profile.displayName] as const] : [])));
  }

  /** Appends the ballot to the chain and stores the vote's new head and counts, in one UPDATE. */
  async append(
    manager: EntityManager,
    vote: VoteEntity,
    ballot: Pick<LedgerEntryBody, 'kind' | 'receipt' | 'choice'>,
    voterId: string,
    proxyHolderId: string | null,
    names: EntryNames,
  ): Promise<void> {
    const body: LedgerEntryBody = { seq: vote.entryCount + 1, previous: vote.headHash!, ...ballot };
    if (!vote.secret) {
      body.voter = { id: voterId, name: names.get(voterId)! };
      body.castBy = proxyHolderId ? { id: proxyHolderId, name: names.get(proxyHolderId)! } : null;
    }
    const text = canonicalJson(body);
    const hash = sha256(text);
    await this.repository.insert(manager, LedgerEntryEntity, { voteId: vote.id, seq: body.seq, body: text, hash });
    vote.entryCount = body.seq;
    vote.headHash = hash;
    await this.repository.recordHead(manager, vote);
  }
}
