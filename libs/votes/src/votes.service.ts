import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import {
  conflictOn,
  Connection,
  decodeCursor,
  DomainError,
  LiveEvents,
  liveRoom,
  toConnection,
  validText,
} from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalEntity, ProposalsService } from '@ouvroir/proposals';
import { EntityManager } from 'typeorm';
import { BallotInput, choiceOf } from './ballot-choice';
import { Choice, CountingRules, METHODS, result, tally, Threshold, THRESHOLDS, VoteMethod } from './counting';
import {
  canonicalJson,
  hashOf,
  LedgerEntryBody,
  LedgerHeader,
  LEDGER_FORMAT,
  publishLedger,
  sha256,
} from './ledger/ledger';
import { ballotKeys, normaliseReceipt, sameChangeKey } from './receipt';
import { VoteJobs } from './vote-jobs';
import { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
import { VoteEntity, VoteStatus } from './vote.entity';
import { VoteViewer, votesPolicy } from './votes.policy';
import { VotesRepository } from './votes.repository';

export interface NewVote {
  committeeId: string;
  proposalId?: string | null;
  title?: string | null;
  description?: string | null;
  method: VoteMethod;
  threshold?: Threshold | null;
  options?: string[] | null;
  quorumPercent: number;
  secret: boolean;
  ballotChanges: boolean;
  opensAt?: Date | null;
  closesAt: Date;
}

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

/** What a receipt finds: the ballot, and its choice once the vote is closed. */
export interface FoundBallot {
  receipt: string;
  choice: Choice | null;
}

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 5000;
const OPTION_MAX = 200;
const OPTIONS_MAX = 30;
const REASON_MAX = 1000;

const rulesOf = (vote: VoteEntity): CountingRules => ({
  method: vote.method,
  threshold: vote.threshold,
  quorumPercent: vote.quorumPercent,
  options: vote.options,
  eligibleCount: vote.eligibleCount,
});

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, { field });

const hiddenProposal = () =>
  new DomainError(
    'CONFLICT',
    'Cette proposition est réservée aux membres de son groupe : un scrutin de ce comité public publierait son titre. Votez-la dans un comité réservé à ses membres, ou rendez le groupe public.',
    { reason: 'proposal_hidden' },
  );

/**
 * Votes (*scrutins*): a committee's facilitators create them, on a submitted proposal or on a list
 * of options; the committee's voters at opening form the roll; ballots, proxies and the ledger are
 * written under a lock on the vote, whose openness the database clock decides. The first read (or
 * the job) after the closing time counts the ballots, once, and moves the proposal.
 */
@Injectable()
export class VotesService implements OnApplicationBootstrap {
  constructor(
    private readonly repository: VotesRepository,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly jobs: VoteJobs,
    private readonly live: LiveEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.start((voteId) => this.settle(voteId));
  }

  // Reading

  /** A vote the actor may see (its committee is visible to them), opened or closed first if due. */
  async get(actor: Actor | null, id: string): Promise<VoteEntity> {
    const { vote } = await this.withViewer(actor, id);
    return vote;
  }

  /** Where the actor stands towards the votes of a committee; NOT_FOUND when it is hidden from them. */
  async viewerOf(actor: Actor | null, committeeId: string): Promise<VoteViewer> {
    const standing = await this.groups.standing(actor, committeeId);
    if (!standing) throw new DomainError('NOT_FOUND', 'Ce scrutin n’existe pas, ou il ne vous est pas visible.');
    return { actor, committeeRole: standing.role };
  }

  private async withViewer(actor: Actor | null, id: string): Promise<{ vote: VoteEntity; viewer: VoteViewer }> {
    let vote = await this.repository.findById(id);
    if (!vote) throw new DomainError('NOT_FOUND', 'Ce scrutin n’existe pas, ou il ne vous est pas visible.');
    const viewer = await this.viewerOf(actor, vote.committeeId);
    if (this.mayBeDue(vote)) {
      await this.settle(vote.id);
      vote = (await this.repository.findById(id))!;
    }
    return { vote, viewer };
  }

  /** A cheap look at the server's clock; `settle` asks the database's, which decides. */
  private mayBeDue(vote: VoteEntity): boolean {
    const now = Date.now();
    return (
      (vote.status === 'scheduled' && vote.opensAt.getTime() <= now) ||
      (vote.status === 'open' && vote.closesAt.getTime() <= now)
    );
  }

  /** A committee's agenda: upcoming, open or closed (and cancelled) votes. */
  async agenda(
    actor: Actor | null,
    committeeId: string,
    section: AgendaSection,
    first: number,
    after?: string,
  ): Promise<Connection<VoteEntity>> {
    if (!(await this.groups.standing(actor, committeeId))) {
      throw new DomainError('NOT_FOUND', 'Ce comité n’existe pas, ou il est réservé à ses membres.');
    }
    for (const id of await this.repository.dueIds(committeeId)) await this.settle(id);
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
    const visible = new Set(committees.filter((group) => group !== null).map((group) => group!.id));
    return proposalIds.map((id) => votes.filter((vote) => vote.proposalId === id && visible.has(vote.committeeId)));
  }

  mayManage(viewer: VoteViewer): boolean {
    return votesPolicy.mayManage(viewer);
  }

  async standingOf(actor: Actor | null, vote: VoteEntity): Promise<BallotStanding> {
    const none = {
      onRoll: false,
      voted: false,
      castById: null,
      receipt: null,
      proxyGiven: null,
      proxyHeld: null,
      proxyHeldUsed: false,
    };
    if (!actor || vote.status === 'scheduled') return none;
    const [onRoll, proxies] = await Promise.all([
      this.repository.onRoll(vote.id, [actor.id]),
      this.repository.activeProxies(vote.id),
    ]);
    if (!onRoll.has(actor.id)) return none;
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

  /** The voters on the roll, for the proxy form: only to those on it. */
  async roll(actor: Actor, vote: VoteEntity): Promise<string[]> {
    const ids = await this.repository.roll(vote.id);
    return ids.includes(actor.id) || actor.platformRole === 'admin' ? ids : [];
  }

  /** A ballot found by its receipt; its choice only once the vote is closed. */
  async findBallot(actor: Actor | null, voteId: string, receipt: string): Promise<FoundBallot> {
    const vote = await this.get(actor, voteId);
    const ballot = await this.repository.ballotByReceipt(vote.id, normaliseReceipt(receipt));
    if (!ballot) throw new DomainError('NOT_FOUND', 'Aucun bulletin de ce scrutin ne porte ce reçu : vérifiez-le.');
    return { receipt: ballot.receipt, choice: vote.status === 'closed' ? ballot.choice : null };
  }

  /** The published ballots of a closed vote, by receipt. */
  async ballots(actor: Actor | null, voteId: string, first: number, after?: string): Promise<Connection<BallotEntity>> {
    const vote = await this.get(actor, voteId);
    votesPolicy.assertStatus(vote, ['closed'], 'la liste des bulletins (publiée à la clôture)');
    const page = await this.repository.ballots(vote.id, first, after ? decodeCursor(after) : undefined);
    return toConnection(page.rows, first, page.total, (ballot) => [ballot.receipt, ballot.voteId]);
  }

  /** The published ledger of a closed vote, in canonical JSON (docs/vote-ledger.md). */
  async ledger(actor: Actor | null, voteId: string): Promise<{ vote: VoteEntity; json: string }> {
    const vote = await this.get(actor, voteId);
    votesPolicy.assertStatus(vote, ['closed'], 'le registre (publié à la clôture)');
    const entries = (await this.repository.ledgerEntries(vote.id)).map((entry) => ({
      ...(JSON.parse(entry.body) as LedgerEntryBody),
      hash: entry.hash,
    }));
    const header = JSON.parse(vote.ledgerHeader!) as LedgerHeader;
    return { vote, json: publishLedger(header, entries, vote.tally!, vote.result!) };
  }

  // Organising

  async create(actor: Actor, input: NewVote): Promise<VoteEntity> {
    const standing = await this.groups.standing(actor, input.committeeId);
    if (!standing) throw new DomainError('NOT_FOUND', 'Ce comité n’existe pas, ou il est réservé à ses membres.');
    votesPolicy.assertManage({ actor, committeeRole: standing.role });
    if (standing.group.kind !== 'committee') throw bad('Les scrutins se tiennent dans un comité.', 'committeeId');
    if (standing.group.status !== 'active') throw new DomainError('CONFLICT', 'Ce comité est archivé.');
    const proposal = input.proposalId ? await this.proposals.get(actor, input.proposalId) : null;
    if (proposal) {
      if (proposal.committeeId !== input.committeeId) {
        throw bad('Cette proposition n’est pas adressée à ce comité.', 'proposalId');
      }
      if (proposal.state !== 'submitted') {
        throw new DomainError('CONFLICT', 'Seule une proposition soumise au comité peut être mise au vote.');
      }
      if (await this.wouldPublishHidden(input.committeeId, proposal.id)) throw hiddenProposal();
    }
    const fields = this.validFields(input, proposal);
    const id = await this.repository.transaction(async (manager) => {
      const { identifiers } = await this.repository
        .insert(manager, VoteEntity, { ...fields, committeeId: input.committeeId, createdBy: actor.id })
        .catch(conflictOn('vote_proposal_live_uq', 'Un scrutin est déjà prévu ou ouvert sur cette proposition.'));
      const voteId = identifiers[0].id as string;
      await this.journal(manager, 'vote_created', actor, input.committeeId, voteId, { title: fields.title });
      const opened = await this.repository.advance(manager, voteId, 'scheduled', 'open', OPENED, true);
      if (opened) await this.onOpened(manager, opened, actor);
      return voteId;
    });
    const vote = (await this.repository.findById(id))!;
    await this.scheduleSettling(vote);
    this.announce(vote, true);
    return vote;
  }

  /** Opens a scheduled vote now, before its opening time. */
  async open(actor: Actor, id: string): Promise<VoteEntity> {
    const { vote, viewer } = await this.withViewer(actor, id);
    votesPolicy.assertManage(viewer);
    votesPolicy.assertStatus(vote, ['scheduled'], 'l’ouverture');
    await this.repository.transaction(async (manager) => {
      const opened = await this.repository.advance(
        manager,
        id,
        'scheduled',
        'open',
        `${OPENED}, "opens_at" = LEAST("opens_at", clock_timestamp())`,
        false,
      );
      if (!opened) throw new DomainError('CONFLICT', 'Le scrutin a changé entre-temps : rechargez la page.');
      await this.onOpened(manager, opened, actor);
    });
    return this.announce((await this.repository.findById(id))!, true);
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<VoteEntity> {
    const { vote, viewer } = await this.withViewer(actor, id);
    votesPolicy.assertManage(viewer);
    votesPolicy.assertStatus(vote, ['scheduled', 'open'], 'l’annulation');
    const why = validText(reason, REASON_MAX, 'reason', 'Le motif', true)!;
    await this.repository.transaction(async (manager) => {
      if (!(await this.cancelWithin(manager, vote, why, actor, vote.status === 'open'))) {
        throw new DomainError('CONFLICT', 'Le scrutin a changé entre-temps : rechargez la page.');
      }
    });
    return this.announce((await this.repository.findById(id))!, true);
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
    if (opened || closed) this.announce((await this.repository.findById(id))!, true);
  }

  // Voting

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
    await this.get(actor, voteId);
    const keys = ballotKeys(voteId, secret);
    const recorded = await this.repository.transaction(async (manager) => {
      const { vote, voterId } = await this.lockForBallot(manager, actor, voteId, onBehalfOf);
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
        throw new DomainError(
          'CONFLICT',
          vote.ballotChanges
            ? 'Ce bulletin est déjà dans l’urne : pour le changer, utilisez « Modifier mon bulletin ».'
            : 'Ce bulletin est déjà dans l’urne, et ce scrutin ne permet pas de le changer.',
          { reason: 'already_cast' },
        );
      }
      const proxyHolder = voterId !== actor.id ? actor.id : null;
      await this.repository
        .insert(manager, BallotEntity, {
          voteId: vote.id,
          receipt: keys.receipt,
          changeKeyHash: keys.changeKeyHash,
          choice,
          voterId: vote.secret ? null : voterId,
          castBy: vote.secret ? null : proxyHolder,
        })
        .catch(
          conflictOn(
            'ballot_pkey',
            'Ce code secret a déjà servi pour un autre bulletin : rechargez la page pour en créer un nouveau.',
          ),
        );
      await this.repository
        .insert(manager, ParticipationEntity, { voteId: vote.id, voterId, castBy: actor.id })
        .catch(conflictOn('vote_participation_pkey', 'Ce bulletin est déjà dans l’urne.'));
      vote.ballotCount += 1;
      await this.appendToLedger(manager, vote, { kind: 'cast', receipt: keys.receipt, choice }, voterId, proxyHolder);
      if (vote.secret) await this.repository.rewriteParticipation(manager, vote.id);
      return { vote, receipt: keys.receipt, written: true };
    });
    if (recorded.written) this.announce(recorded.vote, false);
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
    await this.get(actor, voteId);
    const recorded = await this.repository.transaction(async (manager) => {
      const { vote, voterId } = await this.lockForBallot(manager, actor, voteId, onBehalfOf);
      if (!vote.ballotChanges) throw new DomainError('CONFLICT', 'Ce scrutin ne permet pas de changer son bulletin.');
      const [participation] = await this.repository.participation(vote.id, [voterId], manager);
      if (!participation) throw new DomainError('CONFLICT', 'Aucun bulletin à modifier : votez d’abord.');
      const keys = vote.secret ? ballotKeys(vote.id, secret) : null;
      const ballot = keys
        ? await this.repository.ballotByReceipt(vote.id, keys.receipt, manager)
        : await this.repository.ballotOfVoter(vote.id, voterId, manager);
      if (!ballot || (keys && !sameChangeKey(ballot.changeKeyHash, keys.changeKeyHash))) {
        throw new DomainError(
          'NOT_FOUND',
          'Aucun bulletin de ce scrutin ne correspond à ce code secret : seul celui du vote permet de le modifier.',
        );
      }
      const choice = choiceOf(vote, input);
      await this.repository.setChoice(manager, vote.id, ballot.receipt, choice);
      const proxyHolder = voterId !== actor.id ? actor.id : null;
      await this.appendToLedger(
        manager,
        vote,
        { kind: 'change', receipt: ballot.receipt, choice },
        voterId,
        proxyHolder,
      );
      return { vote, receipt: ballot.receipt };
    });
    this.announce(recorded.vote, false);
    return recorded;
  }

  async giveProxy(actor: Actor, voteId: string, holderId: string): Promise<ProxyEntity> {
    await this.get(actor, voteId);
    const proxy = await this.repository.transaction(async (manager) => {
      const vote = await this.lockOpen(manager, actor, voteId, 'donner procuration');
      if (holderId === actor.id) throw bad('Donnez procuration à un autre votant que vous-même.', 'holderId');
      if (!(await this.repository.onRoll(vote.id, [holderId], manager)).has(holderId)) {
        throw bad(
          'Cette personne n’est pas votante de ce scrutin : la procuration va à un autre votant du comité.',
          'holderId',
        );
      }
      if ((await this.repository.participation(vote.id, [actor.id], manager)).length) {
        throw new DomainError('CONFLICT', 'Votre bulletin est déjà dans l’urne : une procuration n’a plus d’objet.');
      }
      const proxies = await this.repository.activeProxies(vote.id, manager);
      if (proxies.some((proxy) => proxy.giverId === actor.id)) {
        throw new DomainError('CONFLICT', 'Vous avez déjà donné procuration pour ce scrutin : révoquez-la d’abord.');
      }
      if (proxies.some((proxy) => proxy.holderId === actor.id)) {
        throw new DomainError(
          'CONFLICT',
          'Vous détenez une procuration pour ce scrutin : vous ne pouvez pas donner la vôtre.',
        );
      }
      if (proxies.some((proxy) => proxy.holderId === holderId)) {
        throw new DomainError('CONFLICT', 'Cette personne détient déjà une procuration pour ce scrutin (une au plus).');
      }
      if (proxies.some((proxy) => proxy.giverId === holderId)) {
        throw new DomainError('CONFLICT', 'Cette personne a elle-même donné procuration pour ce scrutin.');
      }
      const { identifiers } = await this.repository
        .insert(manager, ProxyEntity, { voteId: vote.id, giverId: actor.id, holderId })
        .catch(conflictOn('vote_proxy_holder_uq', 'Cette personne détient déjà une procuration pour ce scrutin.'))
        .catch(conflictOn('vote_proxy_giver_uq', 'Vous avez déjà donné procuration pour ce scrutin.'));
      await this.journal(manager, 'proxy_given', actor, vote.committeeId, vote.id, { title: vote.title }, holderId);
      return manager.findOneByOrFail(ProxyEntity, { id: identifiers[0].id as string });
    });
    this.announce((await this.repository.findById(voteId))!, false);
    return proxy;
  }

  /** Revokes the actor's proxy, as long as its holder has not used it. */
  async revokeProxy(actor: Actor, voteId: string): Promise<VoteEntity> {
    await this.get(actor, voteId);
    await this.repository.transaction(async (manager) => {
      const vote = await this.lockOpen(manager, actor, voteId, 'révoquer une procuration');
      const proxy = (await this.repository.activeProxies(vote.id, manager)).find((p) => p.giverId === actor.id);
      if (!proxy) throw new DomainError('NOT_FOUND', 'Vous n’avez pas donné de procuration pour ce scrutin.');
      if ((await this.repository.participation(vote.id, [actor.id], manager)).length) {
        throw new DomainError(
          'CONFLICT',
          'La procuration a déjà servi : votre bulletin est dans l’urne, elle ne peut plus être révoquée.',
          { reason: 'proxy_used' },
        );
      }
      await this.repository.revokeProxy(manager, proxy.id);
      await this.journal(
        manager,
        'proxy_revoked',
        actor,
        vote.committeeId,
        vote.id,
        { title: vote.title },
        proxy.holderId,
      );
    });
    return this.announce((await this.repository.findById(voteId))!, false);
  }

  // Inside the transactions

  /** Locks an open vote whose roll holds the actor, by the database clock. */
  private async lockOpen(manager: EntityManager, actor: Actor, voteId: string, what: string): Promise<VoteEntity> {
    const locked = await this.repository.lock(manager, voteId);
    if (!locked) throw new DomainError('NOT_FOUND', 'Ce scrutin n’existe pas, ou il ne vous est pas visible.');
    const { vote, now } = locked;
    votesPolicy.assertStatus(vote, ['open'], what);
    if (now >= vote.closesAt) {
      throw new DomainError('CONFLICT', `Le scrutin est clos : ${what} n’est plus possible.`, { status: 'closed' });
    }
    if (!(await this.repository.onRoll(vote.id, [actor.id], manager)).has(actor.id)) throw votesPolicy.notOnRoll();
    return vote;
  }

  /** Locks the vote for a ballot and finds whose ballot it is: the actor's, or that of the proxy's giver. */
  private async lockForBallot(manager: EntityManager, actor: Actor, voteId: string, onBehalfOf?: string | null) {
    const vote = await this.lockOpen(manager, actor, voteId, 'voter');
    const proxies = await this.repository.activeProxies(vote.id, manager);
    if (onBehalfOf && onBehalfOf !== actor.id) {
      if (!proxies.some((proxy) => proxy.giverId === onBehalfOf && proxy.holderId === actor.id)) {
        throw new DomainError('FORBIDDEN', 'Vous ne détenez pas de procuration de cette personne pour ce scrutin.');
      }
      return { vote, voterId: onBehalfOf };
    }
    const given = proxies.find((proxy) => proxy.giverId === actor.id);
    if (given) {
      throw new DomainError(
        'CONFLICT',
        'Vous avez donné procuration pour ce scrutin : révoquez-la pour voter vous-même.',
      );
    }
    return { vote, voterId: actor.id };
  }

  /** Appends the ballot to the chain and stores the vote's new head and counts, in one UPDATE. */
  private async appendToLedger(
    manager: EntityManager,
    vote: VoteEntity,
    ballot: Pick<LedgerEntryBody, 'kind' | 'receipt' | 'choice'>,
    voterId: string,
    proxyHolderId: string | null,
  ): Promise<void> {
    const body: LedgerEntryBody = { seq: vote.entryCount + 1, previous: vote.headHash!, ...ballot };
    if (!vote.secret) {
      const [voter, holder] = await this.identity.profilesByIds(null, [voterId, proxyHolderId ?? voterId]);
      body.voter = { id: voterId, name: voter!.displayName };
      body.castBy = proxyHolderId ? { id: proxyHolderId, name: holder!.displayName } : null;
    }
    const text = canonicalJson(body);
    const hash = sha256(text);
    await this.repository.insert(manager, LedgerEntryEntity, { voteId: vote.id, seq: body.seq, body: text, hash });
    vote.entryCount = body.seq;
    vote.headHash = hash;
    await this.repository.recordHead(manager, vote);
  }

  /** Fixes the roll and the ledger's header, and moves the proposal to `voting`; cancels the vote if it cannot be held. */
  private async onOpened(manager: EntityManager, vote: VoteEntity, actor: Actor | null): Promise<void> {
    const committee = await this.groups.committeeVoters(vote.committeeId);
    if (committee.voterIds.length === 0) {
      await this.cancelWithin(manager, vote, 'Le comité n’avait aucun votant à l’ouverture du scrutin.', actor, false);
      return;
    }
    let proposal: ProposalEntity | null = null;
    if (vote.proposalId && (await this.wouldPublishHidden(vote.committeeId, vote.proposalId))) {
      await this.cancelWithin(manager, vote, hiddenProposal().message, actor, false);
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
    await this.journal(manager, 'vote_opened', actor, vote.committeeId, vote.id, {
      title: vote.title,
      eligibleVoters: header.eligibleVoters,
    });
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
    await this.journal(manager, 'vote_closed', null, vote.committeeId, vote.id, {
      title: vote.title,
      outcome: outcome.outcome,
      ballots: counted.ballots,
      eligibleVoters: vote.eligibleCount,
      finalHash: vote.headHash,
    });
  }

  /** Cancels the vote if still scheduled or open; a proposal already in `voting` goes back to `submitted`. */
  private async cancelWithin(
    manager: EntityManager,
    vote: VoteEntity,
    reason: string,
    actor: Actor | null,
    proposalVoting: boolean,
  ) {
    const [rows] = await manager.query(
      `UPDATE "vote" SET "status" = 'cancelled', "cancel_reason" = $2, "updated_at" = clock_timestamp()
       WHERE "id" = $1 AND "status" IN ('scheduled', 'open') RETURNING "id"`,
      [vote.id, reason],
    );
    if (!rows.length) return false;
    if (vote.proposalId && proposalVoting) {
      await this.proposals.recordVoteResult(vote.proposalId, 'undecided', `Scrutin annulé : ${reason}`, manager, actor);
    }
    await this.journal(manager, 'vote_cancelled', actor, vote.committeeId, vote.id, { title: vote.title, reason });
    return true;
  }

  /**
   * Whether a vote of this committee would show the proposal's title (the vote's, the ledger's) to
   * people who may not read it: a public committee and a proposal of a members-only group.
   */
  private async wouldPublishHidden(committeeId: string, proposalId: string): Promise<boolean> {
    if (!(await this.groups.standing(null, committeeId))) return false;
    return this.proposals.get(null, proposalId).then(
      () => false,
      (error: unknown) => {
        if (error instanceof DomainError && error.code === 'NOT_FOUND') return true;
        throw error;
      },
    );
  }

  private journal(
    manager: EntityManager,
    action: 'vote_created' | 'vote_opened' | 'vote_cancelled' | 'vote_closed' | 'proxy_given' | 'proxy_revoked',
    actor: Actor | null,
    committeeId: string,
    voteId: string,
    details: Record<string, unknown>,
    subjectUserId?: string,
  ) {
    return this.audit.record(manager, {
      action,
      actorId: actor?.id ?? null,
      groupId: committeeId,
      targetType: 'vote',
      targetId: voteId,
      subjectUserId: subjectUserId ?? null,
      details,
    });
  }

  /**
   * Tells the pages showing the vote (and, when its status moved, its proposal) what changed, once
   * committed: status and turnout only, never a partial result.
   */
  private announce(vote: VoteEntity, statusChanged: boolean): VoteEntity {
    this.live.emit(liveRoom.vote(vote.id), 'vote:changed', {
      id: vote.id,
      status: vote.status,
      turnout: vote.ballotCount,
    });
    if (statusChanged && vote.proposalId) {
      this.live.emit(liveRoom.proposal(vote.proposalId), 'proposal:changed', { id: vote.proposalId, what: 'state' });
    }
    return vote;
  }

  private async scheduleSettling(vote: VoteEntity): Promise<void> {
    if (vote.status === 'scheduled') await this.jobs.schedule(vote.id, vote.opensAt);
    if (vote.status === 'scheduled' || vote.status === 'open') await this.jobs.schedule(vote.id, vote.closesAt);
  }

  private validFields(input: NewVote, proposal: ProposalEntity | null) {
    if (!METHODS.includes(input.method)) throw bad('Mode de scrutin inconnu.', 'method');
    if (proposal && input.method !== 'for_against_abstain') {
      throw bad('Une proposition se vote pour, contre ou abstention.', 'method');
    }
    if (!proposal && input.method === 'for_against_abstain') {
      throw bad('Un scrutin sans proposition porte sur des options : jugement majoritaire ou approbation.', 'method');
    }
    const threshold = input.method === 'for_against_abstain' ? (input.threshold ?? null) : null;
    if (input.method === 'for_against_abstain' && (!threshold || !THRESHOLDS.includes(threshold))) {
      throw bad('Choisissez la majorité requise : simple, absolue ou des deux tiers.', 'threshold');
    }
    const labels = (input.options ?? []).map((label) => label.trim());
    if (!proposal) {
      if (labels.length < 2 || labels.length > OPTIONS_MAX) {
        throw bad(`Proposez entre 2 et ${OPTIONS_MAX} options.`, 'options');
      }
      labels.forEach((label) => validText(label, OPTION_MAX, 'options', 'Chaque option', true));
      if (new Set(labels.map((label) => label.toLowerCase())).size !== labels.length) {
        throw bad('Deux options portent le même libellé.', 'options');
      }
    }
    if (!Number.isInteger(input.quorumPercent) || input.quorumPercent < 0 || input.quorumPercent > 100) {
      throw bad('Le quorum est un pourcentage entier des votants, de 0 à 100.', 'quorumPercent');
    }
    const now = Date.now();
    const opensAt = input.opensAt ?? new Date(now);
    if ([opensAt, input.closesAt].some((date) => !(date instanceof Date) || Number.isNaN(date.getTime()))) {
      throw bad('Date illisible : utilisez le format 2026-11-28T18:00:00+01:00.', 'closesAt');
    }
    if (input.closesAt.getTime() <= Math.max(now, opensAt.getTime())) {
      throw bad('La clôture doit venir après l’ouverture, et dans le futur.', 'closesAt');
    }
    const title = proposal
      ? validText(input.title ?? '', TITLE_MAX, 'title', 'Le titre') || proposal.title
      : validText(input.title ?? '', TITLE_MAX, 'title', 'Le titre', true)!;
    return {
      title,
      description: validText(input.description ?? '', DESCRIPTION_MAX, 'description', 'La description') ?? '',
      proposalId: proposal?.id ?? null,
      method: input.method,
      threshold,
      options: proposal ? [] : labels.map((label, i) => ({ key: `o${i + 1}`, label })),
      quorumPercent: input.quorumPercent,
      secret: input.secret,
      ballotChanges: input.ballotChanges,
      opensAt,
      closesAt: input.closesAt,
    };
  }
}

const OPENED = `"opened_at" = clock_timestamp()`;
