import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, DomainError, toConnection } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { VoteAccess } from './vote-access';
import { ProxyEntity } from './vote-parts.entity';
import { VoteSettlingService } from './vote-settling.service';
import { VoteEntity, VoteStatus } from './vote.entity';
import { VoteViewer, votesPolicy } from './votes.policy';
import { VotesRepository } from './votes.repository';

export type AgendaSection = 'upcoming' | 'open' | 'closed';
const SECTIONS: Record<AgendaSection, VoteStatus[]> = {
  upcoming: ['scheduled'],
  open: ['open'],
  closed: ['closed', 'cancelled'],
};

/** Where the viewer stands in a vote: on its roll or not, voted or not, proxies given or held. */
export interface BallotStanding {
  onRoll: boolean;
  voted: boolean;
  /** Who cast the viewer's ballot, when a proxy holder did. */
  castById: string | null;
  /** A public vote only: the receipt of the viewer's ballot, cast by them or for them. */
  receipt: string | null;
  proxyGiven: ProxyEntity | null;
  proxyHeld: ProxyEntity | null;
  proxyHeldUsed: boolean;
}

const NO_STANDING: BallotStanding = {
  onRoll: false,
  voted: false,
  castById: null,
  receipt: null,
  proxyGiven: null,
  proxyHeld: null,
  proxyHeldUsed: false,
};

/**
 * Votes (*scrutins*) as people read them: one vote, a committee's agenda, the votes held on
 * proposals, and where the viewer stands. Organising them is `VoteLifecycleService`'s, ballots
 * `BallotsService`'s, proxies `ProxiesService`'s, the published ledger `LedgerService`'s.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly repository: VotesRepository,
    private readonly groups: GroupsService,
    private readonly access: VoteAccess,
    private readonly settling: VoteSettlingService,
  ) {}

  /** A vote the actor may see (its committee is visible to them), opened or closed first if due. */
  async get(actor: Actor | null, id: string): Promise<VoteEntity> {
    return (await this.access.toVote(actor, id)).vote;
  }

  /** Where the actor stands towards the votes of a committee; NOT_FOUND when it is hidden from them. */
  async viewerOf(actor: Actor | null, committeeId: string): Promise<VoteViewer> {
    const found = await this.access.viewerIn(actor, committeeId);
    if (!found) throw DomainError.of('VOTE_NOT_FOUND');
    return found.viewer;
  }

  /** A committee's agenda: upcoming, open or closed (and cancelled) votes. */
  async agenda(
    actor: Actor | null,
    committeeId: string,
    section: AgendaSection,
    first: number,
    after?: string,
  ): Promise<Connection<VoteEntity>> {
    await this.access.toCommittee(actor, committeeId);
    for (const id of await this.repository.dueIds(committeeId)) await this.settling.settle(id);
    const page = await this.repository.agenda(
      committeeId,
      SECTIONS[section],
      first,
      after ? decodeCursor(after) : undefined,
    );
    return toConnection(page.rows, first, page.total, (vote) => [vote.closesAt.toISOString(), vote.id]);
  }

  /**
   * The votes held on these proposals, which the caller already showed, latest first: those of
   * committees the actor may see, as `get` would.
   */
  async ofProposals(actor: Actor | null, proposalIds: readonly string[]): Promise<VoteEntity[][]> {
    const votes = await this.repository.ofProposals(proposalIds);
    const committees = await this.groups.visibleByIds(actor, [...new Set(votes.map((vote) => vote.committeeId))]);
    const visible = new Set(committees.filter((group) => group !== null).map((group) => group.id));
    return proposalIds.map((id) => votes.filter((vote) => vote.proposalId === id && visible.has(vote.committeeId)));
  }

  mayManage(viewer: VoteViewer): boolean {
    return votesPolicy.mayManage(viewer);
  }

  async standingOf(actor: Actor | null, vote: VoteEntity): Promise<BallotStanding> {
    if (!actor || vote.status === 'scheduled') return NO_STANDING;
    const [onRoll, proxies] = await Promise.all([
      this.repository.onRoll(vote.id, [actor.id]),
      this.repository.activeProxies(vote.id),
    ]);
    if (!onRoll.has(actor.id)) return NO_STANDING;
    const proxyGiven = proxies.find((proxy) => proxy.giverId === actor.id) ?? null;
    const proxyHeld = proxies.find((proxy) => proxy.holderId === actor.id) ?? null;
    const participation = await this.repository.participation(
      vote.id,
      proxyHeld ? [actor.id, proxyHeld.giverId] : [actor.id],
    );
    const own = participation.find((row) => row.voterId === actor.id);
    // A secret ballot is found by its secret only: nothing stored leads from the voter to it.
    const ballot = own && !vote.secret ? await this.repository.ballotOfVoter(vote.id, actor.id) : null;
    return {
      onRoll: true,
      voted: Boolean(own),
      castById: own && own.castBy !== actor.id ? own.castBy : null,
      receipt: ballot?.receipt ?? null,
      proxyGiven,
      proxyHeld,
      proxyHeldUsed: Boolean(proxyHeld && participation.some((row) => row.voterId === proxyHeld.giverId)),
    };
  }

  /**
   * For notifications (whoever asks: they check each recipient's reading): the vote and its
   * voters on the roll, or only those who have not voted; null for an unknown vote.
   */
  async rollForNotices(voteId: string, notVoted: boolean): Promise<{ vote: VoteEntity; voterIds: string[] } | null> {
    const vote = await this.repository.findById(voteId);
    if (!vote) return null;
    const voterIds = await (notVoted ? this.repository.notVoted(voteId) : this.repository.roll(voteId));
    return { vote, voterIds };
  }

  /** The voters on the roll, for the proxy form: only to those on it. */
  async roll(actor: Actor, vote: VoteEntity): Promise<string[]> {
    const ids = await this.repository.roll(vote.id);
    return ids.includes(actor.id) || actor.platformRole === 'admin' ? ids : [];
  }
}
