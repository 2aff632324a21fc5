import { Injectable } from '@nestjs/common';
import type { OrganisationType } from '../organisation.entity';
import type { PlatformRole, UserStatus } from '../user.entity';
import { IdentityStatisticsRepository } from './identity-statistics.repository';

export interface UsersByRoleAndStatus {
  platformRole: PlatformRole;
  status: UserStatus;
  count: number;
}

/** People per organisation type; `organisationType` null for those without an organisation. */
export interface UsersByOrganisationType {
  organisationType: OrganisationType | null;
  count: number;
}

export interface UsersByOrganisation {
  organisationId: string;
  name: string;
  type: OrganisationType;
  count: number;
}

/** Accounts created in an ISO week (`2026-W49`), in the programme's time zone. */
export interface AccountsCreatedInWeek {
  week: string;
  count: number;
}

/**
 * The identity domain's aggregate read API, for the indicators: counts only, never a person's
 * row, so that another library publishes figures without reading identity's tables. Small counts
 * are returned exactly: hiding them is the publication's rule, not this one's.
 */
@Injectable()
export class IdentityStatisticsService {
  constructor(private readonly repository: IdentityStatisticsRepository) {}

  /** Accounts neither suspended nor erased; with `signedInSince`, only those that signed in since. */
  activeUsers(signedInSince?: Date): Promise<number> {
    return this.repository.countActive(signedInSince);
  }

  /** Every account, erased ones included, by platform role and status. */
  usersByPlatformRoleAndStatus(): Promise<UsersByRoleAndStatus[]> {
    return this.repository.byRoleAndStatus();
  }

  /** The accounts not erased, by the type of their organisation. */
  usersByOrganisationType(): Promise<UsersByOrganisationType[]> {
    return this.repository.byOrganisationType();
  }

  /** The accounts not erased, by organisation (those without one are not listed), the largest first. */
  usersByOrganisation(): Promise<UsersByOrganisation[]> {
    return this.repository.byOrganisation();
  }

  /** The accounts created in [from, to) and not erased since, by the type of their organisation. */
  createdByOrganisationType(period: { from: Date; to: Date }): Promise<UsersByOrganisationType[]> {
    return this.repository.byOrganisationType(period);
  }

  /** The accounts created in [from, to) and not erased since, by organisation (those without one are not listed). */
  createdByOrganisation(period: { from: Date; to: Date }): Promise<UsersByOrganisation[]> {
    return this.repository.byOrganisation(period);
  }

  /** Accounts created per ISO week, since `since` when given; weeks without any are absent. */
  accountsCreatedPerWeek(since?: Date): Promise<AccountsCreatedInWeek[]> {
    return this.repository.createdPerWeek(since);
  }

  /**
   * These users (another domain's authors, voters…) counted by the type of their organisation, so
   * that a domain breaks its own figures down without reading identity's tables. Each id counts
   * once; unknown ids are not counted; an erased account, which kept no organisation, counts as
   * without one.
   */
  countByOrganisationType(userIds: readonly string[]): Promise<UsersByOrganisationType[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.repository.byOrganisationType(userIds);
  }

  /** These users counted by organisation, as `countByOrganisationType` does; those without one are not listed. */
  countByOrganisation(userIds: readonly string[]): Promise<UsersByOrganisation[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.repository.byOrganisation(userIds);
  }
}
