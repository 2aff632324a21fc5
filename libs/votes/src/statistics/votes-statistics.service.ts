import { Injectable } from '@nestjs/common';
import type { VoteMethod } from '../counting';
import type { VoteStatus } from '../vote.entity';
import { VotesStatisticsRepository } from './votes-statistics.repository';

/** Which votes to count: all of them, or those of these committees. */
export interface VoteStatisticsFilter {
  committeeIds?: readonly string[];
}

/** Ballots cast over eligible voters (null without eligible voters). */
export interface Turnout {
  ballots: number;
  eligibleVoters: number;
  rate: number | null;
}

export interface ClosedVoteTurnout extends Turnout {
  voteId: string;
  committeeId: string;
  closedAt: Date;
}

const turnoutOf = (ballots: number, eligibleVoters: number): Turnout => ({
  ballots,
  eligibleVoters,
  rate: eligibleVoters > 0 ? ballots / eligibleVoters : null,
});

/**
 * The votes' aggregate read API, for the indicators, which never read this library's tables:
 * counts only, never a ballot's content, nor anything that links a voter to a choice. Which
 * committees may be published, and how small counts are shown, is the caller's rule.
 */
@Injectable()
export class VotesStatisticsService {
  constructor(private readonly repository: VotesStatisticsRepository) {}

  /** How many votes there are in each status, by method. */
  countsByStatusAndMethod(
    filter: VoteStatisticsFilter = {},
  ): Promise<{ status: VoteStatus; method: VoteMethod; votes: number }[]> {
    return this.repository.countsByStatusAndMethod(filter.committeeIds ?? null);
  }

  /** How many votes closed each ISO week (`2026-W49`, Paris time), the weeks without any left out. */
  closedPerWeek(filter: VoteStatisticsFilter = {}): Promise<{ week: string; votes: number }[]> {
    return this.repository.closedPerWeek(filter.committeeIds ?? null);
  }

  /** The turnout of each closed vote, in closing order, and of all of them together. */
  async turnout(filter: VoteStatisticsFilter = {}): Promise<{ votes: ClosedVoteTurnout[]; overall: Turnout }> {
    const rows = await this.repository.closedTurnouts(filter.committeeIds ?? null);
    const votes = rows.map(({ voteId, committeeId, closedAt, ballots, eligibleVoters }) => ({
      voteId,
      committeeId,
      closedAt,
      ...turnoutOf(ballots, eligibleVoters),
    }));
    const sum = (key: 'ballots' | 'eligibleVoters') => rows.reduce((total, row) => total + row[key], 0);
    return { votes, overall: turnoutOf(sum('ballots'), sum('eligibleVoters')) };
  }

  /** Of the closed votes, how many reached their quorum. */
  quorum(filter: VoteStatisticsFilter = {}): Promise<{ closed: number; quorumReached: number }> {
    return this.repository.quorum(filter.committeeIds ?? null);
  }

  /** Proxies given (revoked ones included), revoked, and used by their holders. */
  proxies(filter: VoteStatisticsFilter = {}): Promise<{ given: number; revoked: number; used: number }> {
    return this.repository.proxies(filter.committeeIds ?? null);
  }

  /**
   * The people who voted, themselves or as a proxy's holder, in a vote open at some time of
   * [from, to): for the indicators, which count each active contributor once across domains and
   * publish counts only. Whether someone took part is on the roll; nothing here meets a choice.
   */
  voterIds(period: { from: Date; to: Date }, filter: VoteStatisticsFilter = {}): Promise<string[]> {
    return this.repository.voterIds(filter.committeeIds ?? null, period.from, period.to);
  }
}
