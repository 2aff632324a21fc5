import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { DiscussionStatisticsRepository } from './discussion-statistics.repository';

/** Messages written in an ISO week (`2026-W49`, Paris time). */
export interface MessagesInWeek {
  week: string;
  messages: number;
}

/**
 * The live discussion's aggregate read API, for the indicators: counts only, never a message nor
 * its author. Which groups may be published is the caller's rule.
 */
@Injectable()
export class DiscussionStatisticsService {
  constructor(private readonly repository: DiscussionStatisticsRepository) {}

  /**
   * Messages written in the salons of these groups in each week of [from, to), those removed by
   * moderation aside. A proposal's salon is not counted: which group a proposal belongs to is
   * libs/proposals' to say, and this library does not read its tables.
   */
  messagesPerWeek(period: { from: Date; to: Date }, scope: { groupIds: readonly string[] }): Promise<MessagesInWeek[]> {
    if (!(period.from.getTime() < period.to.getTime())) throw DomainError.of('STATISTICS_PERIOD_INVALID');
    return this.repository.messagesPerWeek(period.from, period.to, scope.groupIds);
  }
}
