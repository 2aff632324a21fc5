import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { containing, preparedQuery } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { GroupEntity, GroupKind, GroupStatus, JoinPolicy } from './group.entity';
import { MembershipRole } from './membership.entity';

/** Which groups a directory page lists; `visibleTo` absent means every group (administrators). */
export interface DirectoryQuery {
  visibleTo?: { userId: string | null };
  domainId?: string;
  kind?: GroupKind;
  status?: GroupStatus;
  search?: string;
  memberId?: string;
  joinPolicies?: JoinPolicy[];
}

/** A directory page: its groups, how many match in all, and each group's facilitators (oldest first). */
export interface DirectoryRows {
  rows: GroupEntity[];
  total: number;
  facilitatorIds: Map<string, string[]>;
}

/** A group with how one user stands in it. */
export interface GroupStanding {
  group: GroupEntity;
  role: MembershipRole | null;
  pendingRequestId: string | null;
}

/** The columns of the work_group row `alias` under GroupEntity's property names, for plain SQL. */
const groupColumns = (alias: string) =>
  `${alias}.id, ${alias}.domain_id AS "domainId", ${alias}.kind, ${alias}.name, ${alias}.slug,
   ${alias}.short_description AS "shortDescription", ${alias}.charter, ${alias}.visibility,
   ${alias}.join_policy AS "joinPolicy", ${alias}.status, ${alias}.committee_id AS "committeeId",
   ${alias}.member_count AS "memberCount", ${alias}.created_at AS "createdAt", ${alias}.updated_at AS "updatedAt"`;

@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * A page of the directory by name, after the cursor key `[name, id]`: public groups, and
   * members-only ones the user belongs to. One statement for the page, its total (counted before
   * the cursor) and its facilitators: every visit of the directory asks it (npm run bench). The total
   * is an uncorrelated subquery, counted once, so that the page is read through the `(name, id)`
   * index and stops at its last row (a window count would read and sort every matching group). The
   * facilitators come as JSON, which `JSON.parse` reads at a fraction of the cost of an array literal.
   */
  async directory(query: DirectoryQuery, first: number, after?: [string, string]): Promise<DirectoryRows> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = this.directoryWhere(query, param);
    const beyond = after ? `(grp.name, grp.id) > (${param(after[0])}, ${param(after[1])})` : '';
    const pageWhere = [where && where.slice('WHERE '.length), beyond].filter(Boolean).join(' AND ');
    const found = await preparedQuery<GroupEntity & { total: number; facilitatorIds: string[] }>(
      this.dataSource,
      'groups_directory',
      `SELECT ${groupColumns('grp')}, (SELECT count(*)::int FROM work_group grp ${where}) AS total,
         array_to_json(ARRAY(SELECT facilitator.user_id FROM membership facilitator
               WHERE facilitator.group_id = grp.id AND facilitator.role = 'facilitator'
               ORDER BY facilitator.since)) AS "facilitatorIds"
       FROM work_group grp ${pageWhere ? `WHERE ${pageWhere}` : ''}
       ORDER BY grp.name, grp.id LIMIT ${param(first + 1)}`,
      params,
    );
    const facilitatorIds = new Map<string, string[]>();
    const rows = found.map(({ total: _total, facilitatorIds: ids, ...group }) => {
      facilitatorIds.set(group.id, ids);
      return group;
    });
    // Past the last page, no row carries the total.
    const total = found.length > 0 ? found[0].total : after ? await this.directoryCount(query) : 0;
    return { rows, total, facilitatorIds };
  }

  private async directoryCount(query: DirectoryQuery): Promise<number> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const [{ total }]: { total: number }[] = await this.dataSource.manager.query(
      `SELECT count(*)::int AS total FROM work_group grp ${this.directoryWhere(query, param)}`,
      params,
    );
    return total;
  }

  private directoryWhere(query: DirectoryQuery, param: (value: unknown) => string): string {
    const conditions: string[] = [];
    if (query.visibleTo?.userId === null) conditions.push(`grp.visibility = 'public'`);
    else if (query.visibleTo) {
      conditions.push(
        `(grp.visibility = 'public' OR EXISTS (SELECT 1 FROM membership m WHERE m.group_id = grp.id AND m.user_id = ${param(query.visibleTo.userId)}))`,
      );
    }
    if (query.domainId) conditions.push(`grp.domain_id = ${param(query.domainId)}`);
    if (query.kind) conditions.push(`grp.kind = ${param(query.kind)}`);
    if (query.status) conditions.push(`grp.status = ${param(query.status)}`);
    if (query.memberId) {
      conditions.push(
        `EXISTS (SELECT 1 FROM membership mine WHERE mine.group_id = grp.id AND mine.user_id = ${param(query.memberId)})`,
      );
    }
    if (query.joinPolicies) conditions.push(`grp.join_policy = ANY(${param(query.joinPolicies)})`);
    if (query.search) {
      const pattern = param(containing(query.search));
      conditions.push(`(grp.name ILIKE ${pattern} OR grp.short_description ILIKE ${pattern})`);
    }
    return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  }

  /** A group with the user's role in it and their pending join request, in one statement. */
  async findWithStanding(
    where: { id: string } | { slug: string },
    userId: string | null,
  ): Promise<GroupStanding | null> {
    if ('id' in where && !isUUID(where.id)) return null;
    const [found] = await preparedQuery<
      GroupEntity & { viewerRole: MembershipRole | null; pendingRequestId: string | null }
    >(
      this.dataSource,
      'group_standing',
      `SELECT ${groupColumns('grp')}, membership.role AS "viewerRole", request.id AS "pendingRequestId"
       FROM work_group grp
       LEFT JOIN membership ON membership.group_id = grp.id AND membership.user_id = $2
       LEFT JOIN join_request request
         ON request.group_id = grp.id AND request.user_id = $2 AND request.status = 'pending'
       WHERE ${'id' in where ? 'grp.id' : 'grp.slug'} = $1`,
      ['id' in where ? where.id : where.slug, userId],
    );
    if (!found) return null;
    const { viewerRole, pendingRequestId, ...group } = found;
    return { group, role: viewerRole, pendingRequestId };
  }

  async findById(id: string, manager = this.dataSource.manager): Promise<GroupEntity | null> {
    return isUUID(id) ? manager.findOneBy(GroupEntity, { id }) : null;
  }

  /** Groups by id: the loader of every proposal page and list showing a group asks it. */
  async findByIds(ids: readonly string[]): Promise<GroupEntity[]> {
    const rows = await preparedQuery<GroupEntity>(
      this.dataSource,
      'groups_by_ids',
      `SELECT ${groupColumns('grp')} FROM work_group grp WHERE grp.id = ANY($1)`,
      [ids.filter((id) => isUUID(id))],
    );
    return rows.map((row) => Object.assign(new GroupEntity(), row));
  }

  slugTaken(slug: string, manager: EntityManager): Promise<boolean> {
    return manager.existsBy(GroupEntity, { slug });
  }

  saveGroup(manager: EntityManager, group: Partial<GroupEntity>): Promise<GroupEntity> {
    return manager.save(GroupEntity, manager.create(GroupEntity, group));
  }

  /** The groups the person may see, each with their role in it (null: a public group they are not in), in one statement. */
  visibleGroupsWithRoles(userId: string | null): Promise<{ group_id: string; role: string | null }[]> {
    return preparedQuery(
      this.dataSource,
      'visible_groups_with_roles',
      `SELECT group_id, role FROM membership WHERE user_id = $1
       UNION ALL
       SELECT id, NULL FROM work_group g WHERE visibility = 'public'
         AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.group_id = g.id AND m.user_id = $1)`,
      [userId],
    );
  }

  /** Public groups, and the members-only ones the user belongs to. */
  async visibleGroupIds(userId: string | null): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.manager.query(
      `SELECT id FROM work_group WHERE visibility = 'public'
       UNION SELECT group_id FROM membership WHERE user_id = $1`,
      [userId],
    );
    return rows.map((row) => row.id);
  }
}
