import { Injectable } from '@nestjs/common';
import {
  GroupCount,
  GroupsStatisticsRepository,
  MemberCount,
  StatisticsFilter,
  WeeklyCount,
} from './groups-statistics.repository';

/**
 * Aggregate reads of groups and memberships for the indicators: counts only, never who. They take
 * no actor: whoever shows them decides who may see them (and hides what a members-only group's
 * counts would tell).
 */
@Injectable()
export class GroupsStatisticsService {
  constructor(private readonly repository: GroupsStatisticsRepository) {}

  /** Groups by domain, kind, visibility and status; with a period, those created in it. */
  groupCounts(filter: StatisticsFilter = {}): Promise<GroupCount[]> {
    return this.repository.groupCounts(filter);
  }

  /** Present members by group and role. */
  memberCounts(filter: Pick<StatisticsFilter, 'domainId'> = {}): Promise<MemberCount[]> {
    return this.repository.memberCounts(filter);
  }

  /**
   * Memberships begun per ISO week (Paris time), weeks without any included. Only memberships still
   * held count: leaving or being removed deletes the membership (the journal keeps the act).
   */
  membershipsPerWeek(filter: StatisticsFilter = {}): Promise<WeeklyCount[]> {
    return this.repository.membershipsPerWeek(filter);
  }
}
