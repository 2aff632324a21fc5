import { Injectable } from '@nestjs/common';
import { GroupsService, MembershipRole } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { ProposalAuthorEntity } from './proposal-parts.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalViewer, proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/** A proposal, where the viewer stands towards it, and its authors. */
export interface ProposalStanding {
  proposal: ProposalEntity;
  viewer: ProposalViewer;
  /** Accepted and invited, oldest first: the viewer's authorship is one of them. */
  authors: ProposalAuthorEntity[];
}

/**
 * Where an actor stands towards proposals: the proposals and their authors in one statement, then
 * the actor's roles in their groups and committees and the groups' visibility from GroupsService
 * (nothing is asked of it for the public but the visibility). Every feature service reads
 * proposals through it.
 */
@Injectable()
export class ProposalAccessService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly groups: GroupsService,
  ) {}

  /** The proposal and the actor's standing; NOT_FOUND when they may not read it. */
  async readable(actor: Actor | null, id: string): Promise<ProposalStanding> {
    const [standing] = await this.standings(actor, [id]);
    proposalsPolicy.assertRead(standing?.proposal ?? null, standing?.viewer ?? null);
    return standing!;
  }

  /** The standing of each proposal of `ids` in their order (null when there is none), readable or not. */
  async standings(actor: Actor | null, ids: readonly string[]): Promise<(ProposalStanding | null)[]> {
    const found = await this.repository.withAuthors(ids);
    const viewers = await this.viewersOf(
      actor,
      found.map(({ proposal }) => proposal),
      found.map(({ authors }) => authors),
    );
    const byId = new Map(found.map((row, index) => [row.proposal.id, { ...row, viewer: viewers[index] }]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Where the actor stands towards proposals already read, in a fixed number of statements
   * whatever their number; `authors` (each proposal's, when the caller read them) spares looking
   * up the actor's authorships.
   */
  async viewersOf(
    actor: Actor | null,
    proposals: readonly ProposalEntity[],
    authors?: readonly ProposalAuthorEntity[][],
  ): Promise<ProposalViewer[]> {
    if (proposals.length === 0) return [];
    const groupIds = [...new Set(proposals.map((proposal) => proposal.groupId))];
    const committeeIds = proposals.flatMap((proposal) => (proposal.committeeId ? [proposal.committeeId] : []));
    const [roles, authorships] = await Promise.all([
      this.groups.rolesOf(actor, [...new Set([...groupIds, ...committeeIds])]),
      this.authorshipsOf(actor, proposals, authors),
    ]);
    const visible = await this.visibleGroups(actor, groupIds, roles);
    return proposals.map((proposal) => {
      const groupRole = roles.get(proposal.groupId) ?? null;
      return {
        actor,
        groupVisible: visible.has(proposal.groupId),
        groupRole,
        committeeRole: proposal.committeeId ? (roles.get(proposal.committeeId) ?? null) : null,
        authorship: proposalsPolicy.standingAuthorship(authorships.get(proposal.id) ?? null, groupRole),
      };
    });
  }

  /**
   * The groups the actor may see: their own and, for administrators, all (as GroupsService has
   * it); the visibility of the others is asked of GroupsService.
   */
  private async visibleGroups(
    actor: Actor | null,
    groupIds: string[],
    roles: Map<string, MembershipRole>,
  ): Promise<Set<string>> {
    if (actor?.platformRole === 'admin') return new Set(groupIds);
    const others = groupIds.filter((id) => !roles.has(id));
    const groups = others.length ? await this.groups.visibleByIds(actor, others) : [];
    return new Set([
      ...groupIds.filter((id) => roles.has(id)),
      ...groups.flatMap((group) => (group ? [group.id] : [])),
    ]);
  }

  /** The actor's authorship status of each proposal, by proposal id. */
  private async authorshipsOf(
    actor: Actor | null,
    proposals: readonly ProposalEntity[],
    authors?: readonly ProposalAuthorEntity[][],
  ): Promise<Map<string, 'accepted' | 'invited'>> {
    if (!actor) return new Map();
    const own = authors
      ? authors.flat().filter((author) => author.userId === actor.id)
      : await this.repository.authorshipsOf(
          actor.id,
          proposals.map((proposal) => proposal.id),
        );
    return new Map(own.map((author) => [author.proposalId, author.status]));
  }
}
