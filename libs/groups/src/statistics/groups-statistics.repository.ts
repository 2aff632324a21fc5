import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GroupKind, GroupStatus, GroupVisibility } from '../group.entity';
import { MembershipRole } from '../membership.entity';

/** A period (`since` included, `until` excluded) and a domain; each bound optional. */
export interface StatisticsFilter {
  since?: Date;
  until?: Date;
  domainId?: string;
}

export interface GroupCount {
  domainId: string;
  kind: GroupKind;
  visibility: GroupVisibility;
  status: GroupStatus;
  groups: number;
}

export interface MemberCount {
  groupId: string;
  role: MembershipRole;
  members: number;
}

export interface WeeklyCount {
  /** The ISO week, `2026-W03`. */
  week: string;
  memberships: number;
}

/** Weeks begin on Monday at midnight, Paris time: the platform's. */
const WEEK_OF = (column: string) => `date_trunc('week', ${column} AT TIME ZONE 'Europe/Paris')`;

/** Aggregates over the groups' tables, counts only. */
@Injectable()
export class GroupsStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  groupCounts({ since, until, domainId }: StatisticsFilter): Promise<GroupCount[]> {
    return this.dataSource.manager.query(
      `SELECT domain_id AS "domainId", kind, visibility, status, count(*)::int AS groups
       FROM work_group
       WHERE ($1::timestamptz IS NULL OR created_at >= $1) AND ($2::timestamptz IS NULL OR created_at < $2)
         AND ($3::uuid IS NULL OR domain_id = $3)
       GROUP BY domain_id, kind, visibility, status
       ORDER BY domain_id, kind, visibility, status`,
      [since ?? null, until ?? null, domainId ?? null],
    );
  }

  memberCounts({ domainId }: Pick<StatisticsFilter, 'domainId'>): Promise<MemberCount[]> {
    return this.dataSource.manager.query(
      `SELECT membership.group_id AS "groupId", membership.role, count(*)::int AS members
       FROM membership JOIN work_group grp ON grp.id = membership.group_id
       WHERE ($1::uuid IS NULL OR grp.domain_id = $1)
       GROUP BY membership.group_id, membership.role
       ORDER BY membership.group_id, membership.role`,
      [domainId ?? null],
    );
  }

  /** Every week from the period's first (or the first membership's) to its last (or the last membership's). */
  membershipsPerWeek({ since, until, domainId }: StatisticsFilter): Promise<WeeklyCount[]> {
    return this.dataSource.manager.query(
      `WITH begun AS (
         SELECT ${WEEK_OF('membership.since')} AS week
         FROM membership JOIN work_group grp ON grp.id = membership.group_id
         WHERE ($1::timestamptz IS NULL OR membership.since >= $1)
           AND ($2::timestamptz IS NULL OR membership.since < $2)
           AND ($3::uuid IS NULL OR grp.domain_id = $3)
       ), weeks AS (
         SELECT generate_series(
           coalesce(${WEEK_OF('$1::timestamptz')}, (SELECT min(week) FROM begun)),
           coalesce(${WEEK_OF(`($2::timestamptz - interval '1 microsecond')`)}, (SELECT max(week) FROM begun)),
           interval '1 week'
         ) AS week
       )
       SELECT to_char(weeks.week, 'IYYY-"W"IW') AS week, count(begun.week)::int AS memberships
       FROM weeks LEFT JOIN begun ON begun.week = weeks.week
       GROUP BY weeks.week
       ORDER BY weeks.week`,
      [since ?? null, until ?? null, domainId ?? null],
    );
  }
}
