import { Injectable } from '@nestjs/common';
import { AuditAction, AuditService } from '@ouvroir/audit';
import {
  Connection,
  decodeCursor,
  DomainError,
  encodeCursor,
  LiveEvents,
  liveRoom,
  renderMarkdown,
  toConnection,
  validText,
} from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import {
  AmendmentEntity,
  CommentEntity,
  ProposalAuthorEntity,
  RevisionEntity,
  TransitionEntity,
} from './proposal-parts.entity';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { BODY_MAX, COMMENT_MAX, REASON_MAX, SUMMARY_MAX, validTags, validTitle } from './proposal.rules';
import {
  EDITABLE,
  OPEN_TO_COMMENTS,
  OPEN_TO_SUPPORT,
  ProposalViewer,
  proposalsPolicy,
  ShownComment,
  Transition,
  TRANSITIONS,
  WRITING_ROLES,
} from './proposals.policy';
import { ProposalQuery, ProposalsRepository } from './proposals.repository';
import { RevisionDiff, RevisionDiffs } from './revision-diffs';

export interface ProposalText {
  title: string;
  summary?: string;
  body?: string;
  tags?: string[];
}

export interface ProposalListFilter {
  states?: ProposalState[];
  search?: string;
}

/** The permissions the pages need, beside the allowed transitions. */
export interface ProposalPermissions {
  edit: boolean;
  comment: boolean;
  support: boolean;
  amend: boolean;
  inviteCoauthors: boolean;
  moderate: boolean;
}

const SEARCH_OFFSET = 'o';

/**
 * Proposals: drafting with revisions, co-authors, comments, amendments, supports and the workflow
 * up to the committee. Every act is checked by `proposalsPolicy`; governance acts are journaled in
 * the act's transaction.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly live: LiveEvents,
  ) {}

  private readonly revisionDiffs = new RevisionDiffs();

  // Reading

  async get(actor: Actor | null, id: string): Promise<ProposalEntity> {
    return (await this.readable(actor, id)).proposal;
  }

  /** For other domains (the discussion): a proposal the actor may read, and what they may do with it. */
  async getWithPermissions(actor: Actor | null, id: string) {
    const { proposal, viewer } = await this.readable(actor, id);
    return { proposal, permissions: this.permissions(proposal, viewer) };
  }

  /** For other domains' lists: these proposals in the order of `ids`, null for one the actor may not read. */
  async visibleByIds(actor: Actor | null, ids: readonly string[]): Promise<(ProposalEntity | null)[]> {
    const proposals = await this.repository.findByIds(ids);
    const viewers = await this.viewersOf(actor, proposals);
    const readable = new Map(
      proposals
        .filter((proposal, index) => proposalsPolicy.canRead(proposal, viewers[index]))
        .map((proposal) => [proposal.id, proposal]),
    );
    return ids.map((id) => readable.get(id) ?? null);
  }

  /** The proposal and the actor as its viewer; NOT_FOUND when they may not read it. */
  private async readable(actor: Actor | null, id: string) {
    const proposal = await this.repository.findById(id);
    const [viewer] = await this.viewersOf(actor, proposal ? [proposal] : []);
    proposalsPolicy.assertRead(proposal, viewer);
    return { proposal, viewer };
  }

  /** Proposals of a group, latest changed first, or best match first with `search`. */
  async listOfGroup(
    actor: Actor | null,
    groupId: string,
    filter: ProposalListFilter,
    first: number,
    after?: string,
  ): Promise<Connection<ProposalEntity>> {
    const standing = await this.groups.standing(actor, groupId);
    if (!standing) throw new DomainError('NOT_FOUND', 'Ce groupe n’existe pas, ou il est réservé à ses membres.');
    const seesAllDrafts = actor?.platformRole === 'admin' || standing.role === 'facilitator';
    const author = proposalsPolicy.standingAuthorship('accepted', standing.role) ? (actor?.id ?? null) : null;
    return this.list(
      { groupId, states: filter.states, draftsOf: seesAllDrafts ? undefined : author },
      filter,
      first,
      after,
    );
  }

  /** Search across every proposal the actor may read. */
  async searchAll(
    actor: Actor | null,
    search: string,
    first: number,
    after?: string,
  ): Promise<Connection<ProposalEntity>> {
    if (!search.trim()) throw new DomainError('BAD_USER_INPUT', 'Indiquez les mots à chercher.', { field: 'search' });
    const groupIds = await this.groups.visibleGroupIds(actor);
    const scope =
      groupIds === null
        ? undefined
        : {
            groupIds,
            committeeIds: actor
              ? await this.groups.groupIdsWithRole(actor, ['facilitator', 'member', 'observer', 'voter'])
              : [],
            facilitatedGroupIds: actor ? await this.groups.groupIdsWithRole(actor, ['facilitator']) : [],
            authoredGroupIds: actor ? await this.groups.groupIdsWithRole(actor, WRITING_ROLES) : [],
            authorId: actor?.id ?? null,
          };
    return this.list({ scope }, { search }, first, after);
  }

  private async list(query: ProposalQuery, filter: ProposalListFilter, first: number, after?: string) {
    const search = filter.search?.trim();
    if (search) {
      const cursor = after ? decodeCursor(after) : [SEARCH_OFFSET, 0];
      const offset = cursor[0] === SEARCH_OFFSET && Number.isInteger(cursor[1]) ? (cursor[1] as number) : -1;
      if (offset < 0)
        throw new DomainError('BAD_USER_INPUT', 'Curseur de pagination invalide : repartez de la première page.');
      const { rows, total } = await this.repository.search({ ...query, search }, first, offset);
      const connection = toConnection(rows, first, total, () => []);
      connection.pageInfo.endCursor = encodeCursor([SEARCH_OFFSET, offset + connection.nodes.length]);
      return connection;
    }
    const { rows, total } = await this.repository.page(query, first, after ? decodeCursor(after) : undefined);
    return toConnection(rows, first, total, (proposal) => [proposal.updatedAt.toISOString(), proposal.id]);
  }

  /**
   * Where the actor stands towards each proposal (group visibility and role, committee role,
   * authorship), in a fixed number of queries whatever the number of proposals.
   */
  async viewersOf(actor: Actor | null, proposals: readonly ProposalEntity[]): Promise<ProposalViewer[]> {
    const groupIds = [...new Set(proposals.map((proposal) => proposal.groupId))];
    const committeeIds = proposals.map((proposal) => proposal.committeeId).filter((id): id is string => id !== null);
    const [visible, roles, authorships] = await Promise.all([
      this.groups.visibleByIds(actor, groupIds),
      this.groups.rolesOf(actor, [...new Set([...groupIds, ...committeeIds])]),
      actor ? this.repository.authorsOf(proposals.map((proposal) => proposal.id)) : Promise.resolve([]),
    ]);
    const visibleIds = new Set(visible.filter((group) => group !== null).map((group) => group!.id));
    return proposals.map((proposal) => {
      const groupRole = roles.get(proposal.groupId) ?? null;
      const authorship = authorships.find((author) => author.proposalId === proposal.id && author.userId === actor?.id);
      return {
        actor,
        groupVisible: visibleIds.has(proposal.groupId),
        groupRole,
        committeeRole: proposal.committeeId ? (roles.get(proposal.committeeId) ?? null) : null,
        authorship: proposalsPolicy.standingAuthorship(authorship?.status ?? null, groupRole),
      };
    });
  }

  allowedTransitions(proposal: ProposalEntity, viewer: ProposalViewer): Transition[] {
    return proposalsPolicy.allowedTransitions(proposal, viewer);
  }

  permissions(proposal: ProposalEntity, viewer: ProposalViewer): ProposalPermissions {
    const author = proposalsPolicy.isAuthor(viewer);
    const takesPart = viewer.actor !== null && proposalsPolicy.mayTakePart(viewer);
    return {
      edit: author && EDITABLE.includes(proposal.state),
      comment: takesPart && OPEN_TO_COMMENTS.includes(proposal.state),
      support: takesPart && OPEN_TO_SUPPORT.includes(proposal.state),
      amend: takesPart && !author && proposal.state === 'in_discussion',
      inviteCoauthors: author && EDITABLE.includes(proposal.state),
      moderate: proposalsPolicy.mayModerate(viewer),
    };
  }

  /** The authors of proposals the caller already showed, accepted and invited. */
  async authorsOf(proposalIds: readonly string[]): Promise<ProposalAuthorEntity[][]> {
    const authors = await this.repository.authorsOf(proposalIds);
    return proposalIds.map((id) => authors.filter((author) => author.proposalId === id));
  }

  async supportedBy(actor: Actor | null, proposalIds: readonly string[]): Promise<boolean[]> {
    if (!actor) return proposalIds.map(() => false);
    const supported = await this.repository.supportedBy(actor.id, proposalIds);
    return proposalIds.map((id) => supported.has(id));
  }

  // The parts of a proposal the caller has already read through `get`, a list or a search: the
  // GraphQL fields of a Proposal only ever receive such one, so reading is not checked again.

  async revisions(proposal: ProposalEntity, first: number, after?: string): Promise<Connection<RevisionEntity>> {
    const { rows, total } = await this.repository.revisions(
      proposal.id,
      first,
      after ? decodeCursor(after) : undefined,
    );
    return toConnection(rows, first, total, (revision) => [revision.number, revision.id]);
  }

  revision(proposal: ProposalEntity, number: number): Promise<RevisionEntity> {
    return this.existingRevision(proposal.id, number);
  }

  /** Two revisions compared word by word, field by field; given up past the edit limit (see RevisionDiffs). */
  async diff(proposal: ProposalEntity, from: number, to: number): Promise<RevisionDiff> {
    const [before, after] = await Promise.all([
      this.existingRevision(proposal.id, from),
      this.existingRevision(proposal.id, to),
    ]);
    return this.revisionDiffs.diff(before, after);
  }

  async comments(
    actor: Actor | null,
    proposal: ProposalEntity,
    first: number,
    after?: string,
  ): Promise<Connection<ShownComment>> {
    const { rows, total } = await this.repository.comments(proposal.id, first, after ? decodeCursor(after) : undefined);
    return toConnection(await this.shown(actor, rows), first, total, (comment) => [
      comment.createdAt.toISOString(),
      comment.id,
    ]);
  }

  /** Replies of comments the caller already showed. */
  async repliesTo(actor: Actor | null, commentIds: readonly string[]): Promise<ShownComment[][]> {
    const replies = await this.shown(actor, await this.repository.repliesTo(commentIds));
    return commentIds.map((id) => replies.filter((reply) => reply.parentId === id));
  }

  /** Comments as the actor sees them; who moderates is looked up only when some are hidden. */
  private async shown(actor: Actor | null, comments: CommentEntity[]): Promise<ShownComment[]> {
    const hiddenIn = [...new Set(comments.filter((c) => c.status === 'hidden').map((c) => c.proposalId))];
    const proposals = hiddenIn.length ? await this.repository.findByIds(hiddenIn) : [];
    const viewers = await this.viewersOf(actor, proposals);
    const moderated = new Set(
      proposals.filter((_, index) => proposalsPolicy.mayModerate(viewers[index])).map((proposal) => proposal.id),
    );
    return comments.map((comment) => proposalsPolicy.shownComment(comment, moderated.has(comment.proposalId)));
  }

  amendments(proposal: ProposalEntity): Promise<AmendmentEntity[]> {
    return this.repository.amendments(proposal.id);
  }

  timeline(proposal: ProposalEntity): Promise<TransitionEntity[]> {
    return this.repository.transitions(proposal.id);
  }

  /** What the body will look like: the same safe rendering as the page, within the same size limit. */
  preview(markdown: string): string {
    return renderMarkdown(validText(markdown, BODY_MAX, 'markdown', 'Le texte'));
  }

  // Drafting

  /** A member drafts a proposal in a working group; it goes to the group's committee. */
  async create(actor: Actor, groupId: string, text: ProposalText): Promise<ProposalEntity> {
    const standing = await this.groups.standing(actor, groupId);
    if (!standing) throw new DomainError('NOT_FOUND', 'Ce groupe n’existe pas, ou il est réservé à ses membres.');
    proposalsPolicy.assertMayDraft(standing.role, actor);
    if (standing.group.kind !== 'working_group') {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Les propositions se rédigent dans un groupe de travail, pas dans un comité.',
      );
    }
    if (standing.group.status === 'archived') {
      throw new DomainError('CONFLICT', 'Ce groupe est archivé : il ne reçoit plus de propositions.');
    }
    const fields = this.validText(text);
    return this.repository.transaction(async (manager) => {
      const proposal = await this.repository.insert(manager, ProposalEntity, {
        ...fields,
        groupId,
        committeeId: standing.group.committeeId,
        createdBy: actor.id,
        state: 'draft',
        revisionNumber: 1,
      });
      await this.repository.insert(manager, ProposalAuthorEntity, {
        proposalId: proposal.id,
        userId: actor.id,
        status: 'accepted',
      });
      await this.repository.insert(manager, RevisionEntity, {
        ...fields,
        proposalId: proposal.id,
        number: 1,
        authorId: actor.id,
      });
      await this.repository.insert(manager, TransitionEntity, {
        proposalId: proposal.id,
        toState: 'draft',
        actorId: actor.id,
      });
      await this.journal(manager, actor, proposal, 'proposal_created', 'proposal', proposal.id, {
        title: fields.title,
      });
      return proposal;
    });
  }

  /**
   * An author saves a new text, naming the revision it started from. When someone saved since,
   * nothing is written: CONFLICT, with the latest revision, so that no edit is lost silently.
   */
  async save(actor: Actor, id: string, baseRevision: number, text: ProposalText): Promise<ProposalEntity> {
    const proposal = await this.get(actor, id);
    const viewer = (await this.viewersOf(actor, [proposal]))[0];
    proposalsPolicy.assertAuthor(viewer);
    proposalsPolicy.assertState(proposal, EDITABLE, 'la modification');
    const fields = this.validText(text);
    return this.announced(
      id,
      'revision',
      this.repository.transaction(async (manager) => {
        if (!(await this.repository.saveText(manager, id, baseRevision, fields))) {
          const latest = await this.repository.findRevision(
            id,
            (await this.repository.findById(id, manager))!.revisionNumber,
            manager,
          );
          throw new DomainError(
            'CONFLICT',
            `${await this.nameOf(latest!.authorId)} a enregistré une version plus récente (révision ${latest!.number}) : reprenez vos changements sur son texte.`,
            {
              latestRevision: {
                number: latest!.number,
                title: latest!.title,
                summary: latest!.summary,
                body: latest!.body,
                authorId: latest!.authorId,
              },
            },
          );
        }
        await this.repository.insert(manager, RevisionEntity, {
          ...fields,
          proposalId: id,
          number: baseRevision + 1,
          authorId: actor.id,
        });
        return (await this.repository.findById(id, manager))!;
      }),
    );
  }

  /** An author invites a member of the group to co-write; they accept or decline. */
  async inviteCoauthor(actor: Actor, id: string, userId: string): Promise<void> {
    const proposal = await this.get(actor, id);
    proposalsPolicy.assertAuthor((await this.viewersOf(actor, [proposal]))[0]);
    proposalsPolicy.assertState(proposal, EDITABLE, 'l’invitation d’un co-auteur');
    if (!isUUID(userId)) throw new DomainError('BAD_USER_INPUT', 'Cet identifiant de personne n’est pas valide.');
    const role = await this.groups.roleOf(userId, proposal.groupId);
    if (role !== 'facilitator' && role !== 'member') {
      throw new DomainError('BAD_USER_INPUT', 'Seuls les membres du groupe peuvent être co-auteurs.');
    }
    if (await this.repository.findAuthorship(id, userId)) {
      throw new DomainError('CONFLICT', 'Cette personne est déjà auteur ou invitée à l’être.');
    }
    await this.repository.transaction(async (manager) => {
      await this.repository.insert(manager, ProposalAuthorEntity, {
        proposalId: id,
        userId,
        status: 'invited',
        invitedBy: actor.id,
      });
      await this.journal(manager, actor, proposal, 'proposal_coauthor_invited', 'proposal', id, {}, userId);
    });
  }

  async respondToCoauthorship(actor: Actor, id: string, accept: boolean): Promise<void> {
    const proposal = await this.get(actor, id);
    const authorship = await this.repository.findAuthorship(id, actor.id);
    if (authorship?.status !== 'invited') {
      throw new DomainError('CONFLICT', 'Aucune invitation à co-écrire cette proposition ne vous attend.');
    }
    await this.repository.transaction(async (manager) => {
      if (!accept) return this.repository.deleteAuthorship(manager, id, actor.id);
      await this.repository.acceptAuthorship(manager, id, actor.id);
      await this.journal(manager, actor, proposal, 'proposal_coauthor_joined', 'proposal', id, {}, actor.id);
    });
  }

  // Workflow

  async transition(actor: Actor, id: string, transition: Transition, reason?: string): Promise<ProposalEntity> {
    const proposal = await this.get(actor, id);
    proposalsPolicy.assertTransition(proposal, transition, (await this.viewersOf(actor, [proposal]))[0]);
    if (transition === 'finalise' && !proposal.committeeId) {
      throw new DomainError(
        'CONFLICT',
        'Le groupe ne s’adresse à aucun comité : demandez à un administrateur d’en désigner un.',
      );
    }
    const why = reason ? validText(reason, REASON_MAX, 'reason', 'Le motif') : null;
    return this.move(proposal, TRANSITIONS[transition].to, actor, why);
  }

  /**
   * The entry points of the votes: a vote on a proposal opens it (`submitted` → `voting`), and its
   * outcome, and nothing else, closes it: `adopted`, `rejected`, or back to `submitted` when the
   * quorum was not reached or the vote was cancelled, so that the committee may hold another.
   * Each runs in the vote's transaction.
   */
  async recordVoteOpened(id: string, actor: Actor | null, manager?: EntityManager): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(id, manager);
    if (!proposal) throw new DomainError('NOT_FOUND', 'Cette proposition n’existe pas.');
    proposalsPolicy.assertState(proposal, ['submitted'], 'l’ouverture d’un scrutin');
    return this.move(proposal, 'voting', actor, null, manager);
  }

  async recordVoteResult(
    id: string,
    outcome: 'adopted' | 'rejected' | 'undecided',
    reason: string | null,
    manager?: EntityManager,
    actor: Actor | null = null,
  ): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(id, manager);
    if (!proposal) throw new DomainError('NOT_FOUND', 'Cette proposition n’existe pas.');
    proposalsPolicy.assertState(proposal, ['voting'], 'l’enregistrement d’un résultat de vote');
    return this.move(proposal, outcome === 'undecided' ? 'submitted' : outcome, actor, reason, manager);
  }

  /** Tells the pages showing the proposal what changed, once the change is committed. */
  private async announced<T>(id: string, what: 'state' | 'revision' | 'comment' | 'amendment', change: Promise<T>) {
    const done = await change;
    this.live.emit(liveRoom.proposal(id), 'proposal:changed', { id, what });
    return done;
  }

  private async move(
    proposal: ProposalEntity,
    to: ProposalState,
    actor: Actor | null,
    reason: string | null,
    outer?: EntityManager,
  ): Promise<ProposalEntity> {
    const work = async (manager: EntityManager) => {
      if (!(await this.repository.setState(manager, proposal.id, proposal.state, to))) {
        throw new DomainError('CONFLICT', 'La proposition a changé d’état entre-temps : rechargez la page.');
      }
      await this.repository.insert(manager, TransitionEntity, {
        proposalId: proposal.id,
        fromState: proposal.state,
        toState: to,
        actorId: actor?.id ?? null,
        reason,
      });
      await this.audit.record(manager, {
        action: 'proposal_transitioned',
        actorId: actor?.id ?? null,
        groupId: proposal.groupId,
        targetType: 'proposal',
        targetId: proposal.id,
        details: { title: proposal.title, from: proposal.state, to, ...(reason ? { reason } : {}) },
      });
      return (await this.repository.findById(proposal.id, manager))!;
    };
    // Inside a vote's transaction, the vote announces the change once it commits.
    if (outer) return work(outer);
    return this.announced(proposal.id, 'state', this.repository.transaction(work));
  }

  // Taking part

  async setSupport(actor: Actor, id: string, support: boolean): Promise<ProposalEntity> {
    const proposal = await this.get(actor, id);
    proposalsPolicy.assertTakePart((await this.viewersOf(actor, [proposal]))[0]);
    proposalsPolicy.assertState(proposal, OPEN_TO_SUPPORT, 'le soutien');
    return this.repository.transaction(async (manager) => {
      const changed = support
        ? await this.repository.addSupport(manager, id, actor.id)
        : await this.repository.removeSupport(manager, id, actor.id);
      if (changed) await this.repository.adjustCount(manager, id, 'support_count', support ? 1 : -1);
      return (await this.repository.findById(id, manager))!;
    });
  }

  async addComment(actor: Actor, id: string, body: string, parentId?: string): Promise<CommentEntity> {
    const proposal = await this.get(actor, id);
    proposalsPolicy.assertTakePart((await this.viewersOf(actor, [proposal]))[0]);
    proposalsPolicy.assertState(proposal, OPEN_TO_COMMENTS, 'le commentaire');
    const text = validText(body, COMMENT_MAX, 'body', 'Le commentaire', true);
    if (parentId) {
      const parent = await this.repository.findComment(parentId);
      if (!parent || parent.proposalId !== id)
        throw new DomainError('NOT_FOUND', 'Le commentaire auquel vous répondez n’existe pas.');
      if (parent.parentId) throw new DomainError('BAD_USER_INPUT', 'On répond à un commentaire, pas à une réponse.');
    }
    return this.announced(
      id,
      'comment',
      this.repository.transaction(async (manager) => {
        const comment = await this.repository.insert(manager, CommentEntity, {
          proposalId: id,
          parentId: parentId ?? null,
          authorId: actor.id,
          body: text,
        });
        await this.repository.adjustCount(manager, id, 'comment_count', 1);
        return comment;
      }),
    );
  }

  async editComment(actor: Actor, commentId: string, body: string): Promise<CommentEntity> {
    const comment = await this.ownComment(actor, commentId);
    const text = validText(body, COMMENT_MAX, 'body', 'Le commentaire', true);
    await this.repository.transaction((manager) =>
      this.repository.updateComment(manager, commentId, { body: text, editedAt: new Date() }),
    );
    return { ...comment, body: text, editedAt: new Date() };
  }

  /** The author deletes their comment: its text is erased, the thread keeps its place. */
  async deleteComment(actor: Actor, commentId: string): Promise<void> {
    const comment = await this.ownComment(actor, commentId);
    await this.repository.transaction(async (manager) => {
      await this.repository.updateComment(manager, commentId, { status: 'deleted', body: '' });
      await this.repository.adjustCount(manager, comment.proposalId, 'comment_count', -1);
    });
  }

  /** A facilitator hides a comment, with a reason kept in the journal. */
  async hideComment(actor: Actor, commentId: string, reason: string): Promise<CommentEntity> {
    const comment = await this.repository.findComment(commentId);
    if (!comment) throw new DomainError('NOT_FOUND', 'Ce commentaire n’existe pas.');
    const proposal = await this.get(actor, comment.proposalId);
    proposalsPolicy.assertModerate((await this.viewersOf(actor, [proposal]))[0]);
    const why = validText(reason, REASON_MAX, 'reason', 'Le motif', true);
    if (comment.status !== 'visible') throw new DomainError('CONFLICT', 'Ce commentaire n’est déjà plus affiché.');
    await this.repository.transaction(async (manager) => {
      await this.repository.updateComment(manager, commentId, { status: 'hidden', moderationReason: why });
      await this.repository.adjustCount(manager, comment.proposalId, 'comment_count', -1);
      await this.journal(
        manager,
        actor,
        proposal,
        'comment_hidden',
        'comment',
        commentId,
        { reason: why },
        comment.authorId,
      );
    });
    return { ...comment, status: 'hidden', moderationReason: why };
  }

  async proposeAmendment(
    actor: Actor,
    id: string,
    body: string,
    explanation?: string | null,
  ): Promise<AmendmentEntity> {
    const proposal = await this.get(actor, id);
    const viewer = (await this.viewersOf(actor, [proposal]))[0];
    proposalsPolicy.assertTakePart(viewer);
    proposalsPolicy.assertState(proposal, ['in_discussion'], 'l’amendement');
    if (proposalsPolicy.isAuthor(viewer)) {
      throw new DomainError('BAD_USER_INPUT', 'Vous êtes auteur de la proposition : modifiez-la directement.');
    }
    const text = validText(body, BODY_MAX, 'body', 'Le texte proposé', true);
    const why = validText(explanation ?? '', REASON_MAX, 'explanation', 'L’explication');
    return this.announced(
      id,
      'amendment',
      this.repository.transaction(async (manager) => {
        const amendment = await this.repository.insert(manager, AmendmentEntity, {
          proposalId: id,
          authorId: actor.id,
          baseRevision: proposal.revisionNumber,
          body: text,
          explanation: why,
        });
        await this.journal(manager, actor, proposal, 'amendment_proposed', 'amendment', amendment.id, {}, actor.id);
        return amendment;
      }),
    );
  }

  /**
   * An author accepts an amendment: a new revision with its text, credited to the amender. It must
   * rewrite the latest revision; otherwise CONFLICT, so that no author's change is overwritten.
   */
  async decideAmendment(actor: Actor, amendmentId: string, accept: boolean, reason?: string): Promise<AmendmentEntity> {
    const amendment = await this.repository.findAmendment(amendmentId);
    if (!amendment) throw new DomainError('NOT_FOUND', 'Cet amendement n’existe pas.');
    const proposal = await this.get(actor, amendment.proposalId);
    proposalsPolicy.assertAuthor((await this.viewersOf(actor, [proposal]))[0]);
    proposalsPolicy.assertState(proposal, ['in_discussion'], 'la décision sur un amendement');
    const why = reason ? validText(reason, REASON_MAX, 'reason', 'Le motif') : '';
    if (!accept && !why)
      throw new DomainError('BAD_USER_INPUT', 'Indiquez le motif du rejet : l’auteur de l’amendement le recevra.', {
        field: 'reason',
      });
    if (accept && amendment.baseRevision !== proposal.revisionNumber) {
      throw new DomainError(
        'CONFLICT',
        `Le texte a changé depuis cet amendement (révision ${amendment.baseRevision}, maintenant ${proposal.revisionNumber}) : demandez à son auteur de le reprendre.`,
      );
    }
    return this.announced(
      proposal.id,
      'amendment',
      this.repository.transaction(async (manager) => {
        const decided = await this.repository.decideAmendment(manager, amendmentId, {
          status: accept ? 'accepted' : 'rejected',
          decidedBy: actor.id,
          reason: why || null,
        });
        if (!decided) throw new DomainError('CONFLICT', 'Cet amendement a déjà été traité.');
        if (accept) {
          const text = { title: proposal.title, summary: proposal.summary, body: amendment.body, tags: proposal.tags };
          if (!(await this.repository.saveText(manager, proposal.id, amendment.baseRevision, text))) {
            throw new DomainError('CONFLICT', 'Le texte a changé entre-temps : rechargez la page.');
          }
          await this.repository.insert(manager, RevisionEntity, {
            ...text,
            proposalId: proposal.id,
            number: amendment.baseRevision + 1,
            authorId: amendment.authorId,
            amendmentId,
          });
        }
        await this.journal(
          manager,
          actor,
          proposal,
          accept ? 'amendment_accepted' : 'amendment_rejected',
          'amendment',
          amendmentId,
          why ? { reason: why } : {},
          amendment.authorId,
        );
        return { ...amendment, status: accept ? 'accepted' : 'rejected', decidedBy: actor.id, reason: why || null };
      }),
    );
  }

  /** Its author withdraws a pending amendment. */
  async withdrawAmendment(actor: Actor, amendmentId: string): Promise<AmendmentEntity> {
    const amendment = await this.repository.findAmendment(amendmentId);
    if (!amendment) throw new DomainError('NOT_FOUND', 'Cet amendement n’existe pas.');
    await this.get(actor, amendment.proposalId);
    if (amendment.authorId !== actor.id) throw new DomainError('FORBIDDEN', 'Seul son auteur retire un amendement.');
    const withdrawn = await this.repository.transaction((manager) =>
      this.repository.decideAmendment(manager, amendmentId, { status: 'withdrawn', decidedBy: actor.id }),
    );
    if (!withdrawn) throw new DomainError('CONFLICT', 'Cet amendement a déjà été traité.');
    return { ...amendment, status: 'withdrawn', decidedBy: actor.id };
  }

  // Internals

  private async ownComment(actor: Actor, commentId: string): Promise<CommentEntity> {
    const comment = await this.repository.findComment(commentId);
    if (!comment) throw new DomainError('NOT_FOUND', 'Ce commentaire n’existe pas.');
    const proposal = await this.get(actor, comment.proposalId);
    if (comment.authorId !== actor.id)
      throw new DomainError('FORBIDDEN', 'Seul son auteur modifie ou supprime un commentaire.');
    if (comment.status !== 'visible') throw new DomainError('CONFLICT', 'Ce commentaire n’est plus affiché.');
    proposalsPolicy.assertState(proposal, OPEN_TO_COMMENTS, 'la modification d’un commentaire');
    return comment;
  }

  private async existingRevision(id: string, number: number): Promise<RevisionEntity> {
    const revision = await this.repository.findRevision(id, number);
    if (!revision) throw new DomainError('NOT_FOUND', `La révision ${number} n’existe pas.`);
    return revision;
  }

  private validText(text: ProposalText) {
    return {
      title: validTitle(text.title),
      summary: validText(text.summary ?? '', SUMMARY_MAX, 'summary', 'Le résumé'),
      body: validText(text.body ?? '', BODY_MAX, 'body', 'Le texte'),
      tags: validTags(text.tags ?? []),
    };
  }

  private async nameOf(userId: string): Promise<string> {
    const [profile] = await this.identity.profilesByIds(null, [userId]);
    return profile?.displayName ?? 'Un autre auteur';
  }

  private journal(
    manager: EntityManager,
    actor: Actor,
    proposal: ProposalEntity,
    action: AuditAction,
    targetType: string,
    targetId: string,
    details: Record<string, unknown> = {},
    subjectUserId: string | null = null,
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      actorId: actor.id,
      groupId: proposal.groupId,
      targetType,
      targetId,
      subjectUserId,
      details: { title: proposal.title, ...details },
    });
  }
}
