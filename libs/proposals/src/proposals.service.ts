import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, DomainError, encodeCursor, toConnection } from '@ouvroir/core';
import { GroupEntity, GroupsService, MembershipRole } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService, ProposalStanding } from './proposal-access.service';
import { ProposalAuthorEntity, RevisionEntity, TransitionEntity } from './proposal-parts.entity';
import { ProposalPart, ProposalParts, ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { ProposalText, validProposalText } from './proposal.rules';
import { ProposalPermissions, ProposalViewer, proposalsPolicy, Transition, WRITING_ROLES } from './proposals.policy';
import { ProposalPage, ProposalQuery, ProposalsRepository, ReadableScope } from './proposals.repository';
import { WorkflowService } from './workflow.service';

export interface ProposalListFilter {
  states?: ProposalState[];
  search?: string;
}

/** What to narrow every readable proposal to; each field left out narrows nothing. */
export interface ProposalBrowse {
  search?: string;
  states?: ProposalState[];
  groupIds?: string[];
  committeeIds?: string[];
  /** Only the actor's own proposals, as an author who accepted or is invited. */
  authorship?: 'accepted' | 'invited';
}

/** A page of proposals, and the authors of each, read with them. */
export type ProposalList = Connection<ProposalEntity> & { authors: Map<string, ProposalAuthorEntity[]> };

const SEARCH_OFFSET = 'o';

/**
 * Proposals: reading them, their lists and search, drafting a new one, and what other domains
 * ask of them. The other acts are in the feature services beside (revisions, co-authors, comments,
 * amendments, supports, workflow); each checks them by `proposalsPolicy` on the standing
 * `ProposalAccessService` gives.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly access: ProposalAccessService,
    private readonly groups: GroupsService,
    private readonly acts: ProposalActs,
    private readonly workflow: WorkflowService,
  ) {}

  // Reading

  async get(actor: Actor | null, id: string): Promise<ProposalEntity> {
    return (await this.access.readable(actor, id)).proposal;
  }

  /** The proposal, where the actor stands towards it and its authors; NOT_FOUND when they may not read it. */
  readable(actor: Actor | null, id: string): Promise<ProposalStanding> {
    return this.access.readable(actor, id);
  }

  /** For other domains (the discussion): a proposal the actor may read, and what they may do with it. */
  async getWithPermissions(actor: Actor | null, id: string) {
    const { proposal, viewer } = await this.access.readable(actor, id);
    return { proposal, permissions: this.permissions(proposal, viewer) };
  }

  /** For other domains' lists: these proposals in the order of `ids`, null for one the actor may not read. */
  async visibleByIds(actor: Actor | null, ids: readonly string[]): Promise<(ProposalEntity | null)[]> {
    const standings = await this.access.standings(actor, ids);
    return standings.map((standing) =>
      standing && proposalsPolicy.canRead(standing.proposal, standing.viewer) ? standing.proposal : null,
    );
  }

  /**
   * Proposals of a group already shown to the actor, latest changed first, or best match first
   * with `search`. A group reaches this list through the groups' fields, which show it; an
   * invitation shows a members-only group to whom it is for, though, so the group's visibility
   * is checked again: only the role is asked of a public group, and nothing for the public.
   */
  async listOfGroup(
    actor: Actor | null,
    group: GroupEntity,
    filter: ProposalListFilter,
    first: number,
    after?: string,
  ): Promise<ProposalList> {
    const standing =
      group.visibility === 'public'
        ? { group, role: (await this.groups.rolesOf(actor, [group.id])).get(group.id) ?? null }
        : await this.groups.standing(actor, group.id);
    if (!standing) throw DomainError.of('PROPOSAL_GROUP_NOT_FOUND');
    const seesAllDrafts = actor?.platformRole === 'admin' || standing.role === 'facilitator';
    const author = proposalsPolicy.standingAuthorship('accepted', standing.role) ? (actor?.id ?? null) : null;
    return this.list(
      { groupId: group.id, states: filter.states, draftsOf: seesAllDrafts ? undefined : author },
      filter,
      first,
      after,
    );
  }

  /**
   * Every proposal the actor may read, narrowed by `filter`: the latest changed first, or the best
   * match first with a search.
   */
  async browse(actor: Actor | null, filter: ProposalBrowse, first: number, after?: string): Promise<ProposalList> {
    if (filter.authorship && !actor)
      return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, authors: new Map() };
    const roles = await this.groups.visibleGroupsWithRoles(actor);
    const scope = roles === null ? undefined : readableScope(actor, roles);
    return this.list(
      {
        scope,
        states: filter.states && [...new Set(filter.states)],
        inGroups: filter.groupIds,
        toCommittees: filter.committeeIds,
        authoredBy: filter.authorship && { userId: actor!.id, status: filter.authorship },
      },
      { search: filter.search },
      first,
      after,
    );
  }

  /** A committee's agenda: the proposals submitted to it and waiting for a vote, that the actor may read. */
  awaitingVote(actor: Actor | null, committeeId: string, first: number, after?: string): Promise<ProposalList> {
    return this.browse(actor, { committeeIds: [committeeId], states: ['submitted'] }, first, after);
  }

  private async list(
    query: ProposalQuery,
    filter: ProposalListFilter,
    first: number,
    after?: string,
  ): Promise<ProposalList> {
    const search = filter.search?.trim();
    if (search) {
      const cursor = after ? decodeCursor(after) : [SEARCH_OFFSET, 0];
      const offset = cursor[0] === SEARCH_OFFSET && Number.isInteger(cursor[1]) ? (cursor[1] as number) : -1;
      if (offset < 0) throw DomainError.of('CURSOR_INVALID');
      const page = await this.repository.search({ ...query, search }, first, offset);
      const connection = this.connection(page, first, () => []);
      connection.pageInfo.endCursor = encodeCursor([SEARCH_OFFSET, offset + connection.nodes.length]);
      return connection;
    }
    const page = await this.repository.page(query, first, after ? decodeCursor(after) : undefined);
    return this.connection(page, first, (proposal) => [proposal.updatedAt.toISOString(), proposal.id]);
  }

  private connection(page: ProposalPage, first: number, key: (proposal: ProposalEntity) => unknown[]) {
    return { ...toConnection(page.rows, first, page.total, key), authors: page.authors };
  }

  /** Where the actor stands towards proposals already read (lists), their authors given when known. */
  viewersOf(
    actor: Actor | null,
    proposals: readonly ProposalEntity[],
    authors?: readonly ProposalAuthorEntity[][],
  ): Promise<ProposalViewer[]> {
    return this.access.viewersOf(actor, proposals, authors);
  }

  allowedTransitions(proposal: ProposalEntity, viewer: ProposalViewer): Transition[] {
    return proposalsPolicy.allowedTransitions(proposal, viewer);
  }

  permissions(proposal: ProposalEntity, viewer: ProposalViewer): ProposalPermissions {
    return proposalsPolicy.permissions(proposal, viewer);
  }

  /** The authors of proposals the caller already showed, accepted and invited. */
  /** For notifications (whoever asks: they check each recipient's reading): proposals by id, in order, null for unknown ones. */
  async proposalsForNotices(ids: readonly string[]): Promise<(ProposalEntity | null)[]> {
    const found = new Map((await this.repository.findByIds(ids)).map((proposal) => [proposal.id, proposal]));
    return ids.map((id) => found.get(id) ?? null);
  }

  async authorsOf(proposalIds: readonly string[]): Promise<ProposalAuthorEntity[][]> {
    const authors = await this.repository.authorsOf(proposalIds);
    return proposalIds.map((id) => authors.filter((author) => author.proposalId === id));
  }

  /** The short lists (steps, amendments) of proposals the caller already showed, in one statement. */
  partsOf(proposalIds: readonly string[], parts: readonly ProposalPart[]): Promise<ProposalParts[]> {
    return this.parts.partsOf(proposalIds, parts);
  }

  // Drafting

  /** A member drafts a proposal in a working group; it goes to the group's committee. */
  async create(actor: Actor, groupId: string, text: ProposalText): Promise<ProposalEntity> {
    const standing = await this.groups.standing(actor, groupId);
    if (!standing) throw DomainError.of('PROPOSAL_GROUP_NOT_FOUND');
    proposalsPolicy.assertMayDraft(standing.role, actor);
    if (standing.group.kind !== 'working_group') throw DomainError.of('PROPOSAL_IN_COMMITTEE');
    if (standing.group.status === 'archived') throw DomainError.of('PROPOSAL_GROUP_ARCHIVED');
    const fields = validProposalText(text);
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
      await this.acts.indexed(manager, proposal.id);
      await this.acts.journal(
        manager,
        actor,
        proposal,
        'proposal_created',
        { type: 'proposal', id: proposal.id },
        { title: fields.title },
      );
      return proposal;
    });
  }

  // For the votes (see WorkflowService)

  recordVoteOpened(id: string, actor: Actor | null, manager?: EntityManager): Promise<ProposalEntity> {
    return this.workflow.recordVoteOpened(id, actor, manager);
  }

  recordVoteResult(
    id: string,
    outcome: 'adopted' | 'rejected' | 'undecided',
    reason: string | null,
    manager?: EntityManager,
    actor: Actor | null = null,
  ): Promise<ProposalEntity> {
    return this.workflow.recordVoteResult(id, outcome, reason, manager, actor);
  }
}

/** What the actor may read outside one group, from the groups they see and their role in each (one statement). */
function readableScope(actor: Actor | null, roles: Map<string, MembershipRole | null>): ReadableScope {
  const withRoles = (wanted: readonly MembershipRole[]) =>
    [...roles].flatMap(([groupId, role]) => (role && wanted.includes(role) ? [groupId] : []));
  return {
    groupIds: [...roles.keys()],
    committeeIds: withRoles(['facilitator', 'member', 'observer', 'voter']),
    facilitatedGroupIds: withRoles(['facilitator']),
    authoredGroupIds: withRoles(WRITING_ROLES),
    authorId: actor?.id ?? null,
  };
}
