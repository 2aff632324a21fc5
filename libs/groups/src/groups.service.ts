import { Injectable } from '@nestjs/common';
import { GROUP_LIMITS } from '@ouvroir/contracts';
import { conflictOn, Connection, decodeCursor, DomainError, SearchIndex, toConnection, validText } from '@ouvroir/core';
import { DomainsService } from '@ouvroir/domains';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { GroupAccessService } from './group-access.service';
import { GroupJournalService } from './group-journal.service';
import { groupDocument } from './group-search';
import { GroupEntity, GroupKind, GroupStatus, GroupVisibility, JoinPolicy } from './group.entity';
import { slugFrom, validName, validSlug, validUserId } from './group.rules';
import { GroupPermissions, groupsPolicy, Viewer } from './groups.policy';
import { GroupsRepository } from './groups.repository';
import { JoinRequestEntity } from './join-request.entity';
import { JoinRequestsRepository } from './join-requests.repository';
import { MEMBERSHIP_ROLES, MembershipRole } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';

export interface GroupFields {
  name?: string;
  shortDescription?: string;
  charter?: string;
  visibility?: GroupVisibility;
  joinPolicy?: JoinPolicy;
  /** The committee a working group's proposals go to; null unsets it. */
  committeeId?: string | null;
}

export interface NewGroup extends GroupFields {
  domainSlug: string;
  kind: GroupKind;
  name: string;
  slug?: string;
  /** The first facilitator; the creating administrator when absent. */
  facilitatorId?: string;
}

export interface DirectoryFilter {
  domainSlug?: string;
  kind?: GroupKind;
  status?: GroupStatus;
  search?: string;
  /** Only the groups the actor belongs to. */
  mine?: boolean;
  /** Only the groups one joins with these policies (the programme's open groups). */
  joinPolicies?: JoinPolicy[];
}

/** A directory page, with its groups' facilitators read in the same query (for the page's loader). */
export interface DirectoryPage extends Connection<GroupEntity> {
  facilitatorIds: Map<string, string[]>;
}

/**
 * Groups and committees: the directory, creating and editing a group, and what other domains read
 * of groups (standing, roles, members). Memberships, join requests and invitations have their own
 * services; every act is checked by `groupsPolicy` and journaled in its own transaction.
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly repository: GroupsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly joinRequests: JoinRequestsRepository,
    private readonly access: GroupAccessService,
    private readonly journal: GroupJournalService,
    private readonly domains: DomainsService,
    private readonly search: SearchIndex,
  ) {}

  // Reading

  async directory(actor: Actor | null, filter: DirectoryFilter, first: number, after?: string): Promise<DirectoryPage> {
    if (filter.mine && !actor) throw DomainError.of('MY_GROUPS_SIGN_IN_REQUIRED');
    const cursor = after ? directoryCursor(after) : undefined;
    const { rows, total, facilitatorIds } = await this.repository.directory(
      {
        visibleTo: actor?.platformRole === 'admin' ? undefined : { userId: actor?.id ?? null },
        domainId: filter.domainSlug ? (await this.domains.getBySlug(filter.domainSlug)).id : undefined,
        kind: filter.kind,
        status: filter.status,
        search: filter.search?.trim() || undefined,
        memberId: filter.mine ? actor!.id : undefined,
        joinPolicies: filter.joinPolicies,
      },
      first,
      cursor,
    );
    return { ...toConnection(rows, first, total, (group) => [group.name, group.id]), facilitatorIds };
  }

  async bySlug(actor: Actor | null, slug: string): Promise<GroupEntity> {
    const { group, viewer } = await this.access.bySlug(actor, slug);
    groupsPolicy.assertVisible(group, viewer);
    return group;
  }

  /** Groups by id for other resolvers (a working group's committee); the invisible ones come back null. */
  async visibleByIds(actor: Actor | null, ids: readonly string[]): Promise<(GroupEntity | null)[]> {
    const groups = new Map((await this.repository.findByIds(ids)).map((group) => [group.id, group]));
    const roles = await this.rolesOf(actor, ids);
    return ids.map((id) => {
      const group = groups.get(id);
      return group && groupsPolicy.canSee(group, { actor, role: roles.get(id) ?? null }) ? group : null;
    });
  }

  /**
   * For other domains (proposals, votes): the group and the actor's role in it, or null when the
   * group does not exist or is hidden from the actor.
   */
  async standing(
    actor: Actor | null,
    groupId: string,
  ): Promise<{ group: GroupEntity; role: MembershipRole | null } | null> {
    const { group, viewer } = await this.access.of(actor, groupId);
    return group && groupsPolicy.canSee(group, viewer) ? { group, role: viewer.role } : null;
  }

  /** The groups the actor may see, for other domains' lists and searches; null means all (administrators). */
  async visibleGroupIds(actor: Actor | null): Promise<string[] | null> {
    if (actor?.platformRole === 'admin') return null;
    return this.repository.visibleGroupIds(actor?.id ?? null);
  }

  /**
   * For the search's readers' keys: the groups the actor may see, each with their role in it (null
   * for a public group they are not in), in one statement; null means all (administrators).
   */
  async visibleGroupsWithRoles(actor: Actor | null): Promise<Map<string, MembershipRole | null> | null> {
    if (actor?.platformRole === 'admin') return null;
    const rows = await this.repository.visibleGroupsWithRoles(actor?.id ?? null);
    return new Map(rows.map((row) => [row.group_id, row.role as MembershipRole | null]));
  }

  /**
   * For votes: a committee's name and its voters at this moment, whoever asks (a vote's roll is
   * fixed from it when the vote opens).
   */
  async committeeVoters(committeeId: string): Promise<{ name: string; voterIds: string[] }> {
    const [group, voters] = await Promise.all([
      this.repository.findById(committeeId),
      this.memberships.membershipsWithRole([committeeId], 'voter'),
    ]);
    return { name: group?.name ?? '', voterIds: voters.map((membership) => membership.userId).sort() };
  }

  /** For notifications (whoever asks: they check each recipient's reading): a group, hidden or not. */
  groupForNotices(groupId: string): Promise<GroupEntity | null> {
    return this.repository.findById(groupId);
  }

  /** Someone's role in a group (null: not a member), for other domains' rules. */
  async roleOf(userId: string, groupId: string): Promise<MembershipRole | null> {
    return (await this.memberships.findMembership(groupId, userId))?.role ?? null;
  }

  /** The user ids of a group's members (all roles unless given), for other domains' rules: whom a message may mention. */
  memberIds(groupId: string, roles: readonly MembershipRole[] = MEMBERSHIP_ROLES): Promise<string[]> {
    return this.memberships.memberIds(groupId, roles);
  }

  /** The groups where the actor has one of these roles. */
  groupIdsWithRole(actor: Actor, roles: MembershipRole[]): Promise<string[]> {
    return this.memberships.groupIdsWithRoles(actor.id, roles);
  }

  /** The actor's role in each of these groups (absent: not a member). */
  async rolesOf(actor: Actor | null, groupIds: readonly string[]): Promise<Map<string, MembershipRole>> {
    if (!actor || groupIds.length === 0) return new Map();
    const memberships = await this.memberships.rolesOf(actor.id, groupIds);
    return new Map(memberships.map((membership) => [membership.groupId, membership.role]));
  }

  permissions(group: GroupEntity, viewer: Viewer): GroupPermissions {
    return groupsPolicy.permissions(group, viewer);
  }

  /** The facilitators' user ids of groups the caller already showed, oldest first. */
  async facilitatorIds(groupIds: readonly string[]): Promise<string[][]> {
    const memberships = await this.memberships.membershipsWithRole(groupIds, 'facilitator');
    return groupIds.map((id) => memberships.filter((m) => m.groupId === id).map((m) => m.userId));
  }

  /** The actor's pending join requests in these groups, by group id. */
  async pendingRequestsOf(actor: Actor | null, groupIds: readonly string[]): Promise<(JoinRequestEntity | null)[]> {
    if (!actor) return groupIds.map(() => null);
    const requests = await this.joinRequests.pendingRequestsOf(actor.id, groupIds);
    return groupIds.map((id) => requests.find((request) => request.groupId === id) ?? null);
  }

  // Creating and editing

  /** An administrator creates a group or a committee and becomes its first facilitator. */
  async create(actor: Actor, input: NewGroup): Promise<GroupEntity> {
    groupsPolicy.assertCreate(actor);
    const domain = await this.domains.getBySlug(input.domainSlug).catch(() => {
      throw DomainError.of('GROUP_DOMAIN_UNKNOWN', { field: 'domainSlug', domainSlug: input.domainSlug });
    });
    const name = validName(input.name);
    const slug = validSlug(input.slug?.trim() || slugFrom(name));
    const fields = await this.validFields(input, { kind: input.kind, domainId: domain.id });
    const facilitatorId = input.facilitatorId ? validUserId(input.facilitatorId, 'facilitatorId') : actor.id;
    return this.repository
      .transaction(async (manager) => {
        if (await this.repository.slugTaken(slug, manager)) {
          throw DomainError.of('GROUP_SLUG_TAKEN', { field: 'slug', slug });
        }
        const group = await this.repository.saveGroup(manager, {
          visibility: 'public',
          joinPolicy: 'request',
          ...fields,
          name,
          slug,
          kind: input.kind,
          domainId: domain.id,
          status: 'active',
        });
        await this.memberships.insertMembership(manager, {
          groupId: group.id,
          userId: facilitatorId,
          role: 'facilitator',
        });
        await this.journal.record(manager, actor, group, 'group_created', 'group', group.id, {
          subjectUserId: facilitatorId,
          details: { name, kind: group.kind },
        });
        // Read back: the trigger has counted the first facilitator.
        const created = (await this.repository.findById(group.id, manager))!;
        await this.search.upsert(manager, groupDocument(created));
        return created;
      })
      .catch(conflictOn('work_group_slug_uq', 'GROUP_SLUG_TAKEN', { field: 'slug', slug }))
      .catch(conflictOn('membership_user_id_fkey', 'FACILITATOR_UNKNOWN'));
  }

  async update(actor: Actor, groupId: string, input: GroupFields): Promise<GroupEntity> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    const fields = await this.validFields(input, group);
    if (input.name !== undefined) fields.name = validName(input.name);
    const changed = Object.keys(fields).filter(
      (key) => fields[key as keyof GroupFields] !== group[key as keyof GroupFields],
    );
    if (changed.length === 0) return group;
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.saveGroup(manager, { ...group, ...fields });
      await this.search.upsert(manager, groupDocument(saved));
      await this.journal.record(manager, actor, group, 'group_updated', 'group', group.id, { details: { changed } });
      return saved;
    });
  }

  async setStatus(actor: Actor, groupId: string, status: GroupStatus): Promise<GroupEntity> {
    const { group, viewer } = await this.access.of(actor, groupId);
    groupsPolicy.assertManage(group, viewer);
    if (group.status === status) {
      throw DomainError.of(status === 'archived' ? 'GROUP_ALREADY_ARCHIVED' : 'GROUP_ALREADY_ACTIVE');
    }
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.saveGroup(manager, { ...group, status });
      const action = status === 'archived' ? 'group_archived' : 'group_reopened';
      await this.journal.record(manager, actor, group, action, 'group', group.id);
      return saved;
    });
  }

  /** Checks the optional fields of a new or edited group. */
  private async validFields(input: GroupFields, group: Pick<GroupEntity, 'kind' | 'domainId'>): Promise<GroupFields> {
    const fields: GroupFields = {};
    if (input.shortDescription !== undefined) {
      fields.shortDescription = validText(
        input.shortDescription,
        GROUP_LIMITS.shortDescriptionMax,
        'shortDescription',
        'La description courte',
      );
    }
    if (input.charter !== undefined) {
      fields.charter = validText(input.charter, GROUP_LIMITS.charterMax, 'charter', 'La charte');
    }
    if (input.visibility !== undefined) fields.visibility = input.visibility;
    if (input.joinPolicy !== undefined) fields.joinPolicy = input.joinPolicy;
    if (input.committeeId !== undefined) {
      if (input.committeeId !== null) {
        const committee = await this.repository.findById(input.committeeId);
        if (
          group.kind !== 'working_group' ||
          committee?.kind !== 'committee' ||
          committee.domainId !== group.domainId
        ) {
          throw DomainError.of('COMMITTEE_OUTSIDE_DOMAIN', { field: 'committeeId' });
        }
      }
      fields.committeeId = input.committeeId;
    }
    return fields;
  }
}

/** The directory's cursor key, `[name, id]`; PostgreSQL would refuse an id that is no UUID. */
function directoryCursor(after: string): [string, string] {
  const [name, id] = decodeCursor(after);
  if (typeof id !== 'string' || !isUUID(id)) throw DomainError.of('CURSOR_INVALID');
  return [String(name), id];
}
