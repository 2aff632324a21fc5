import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationType } from '../organisation.entity';
import type { PlatformRole, UserStatus } from '../user.entity';

/** The weeks of the programme are those of metropolitan France, whatever the server's time zone. */
const PROGRAMME_TIME_ZONE = 'Europe/Paris';

/**
 * Which accounts a breakdown counts: these users whatever their status, those created in a period
 * and not erased, or every account but the erased ones (who kept no organisation).
 */
const scope = (users: readonly string[] | CreatedIn | undefined) => {
  if (!users) return { where: `u.status <> 'erased'`, parameters: [] };
  if ('from' in users)
    return {
      where: `u.status <> 'erased' AND u.created_at >= $1 AND u.created_at < $2`,
      parameters: [users.from, users.to],
    };
  return { where: 'u.id = ANY($1::uuid[])', parameters: [users] };
};

/** The accounts (not erased) created in [from, to). */
export interface CreatedIn {
  from: Date;
  to: Date;
}

/** Counts over the identity tables, in SQL: no row of a person leaves this class. */
@Injectable()
export class IdentityStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countActive(signedInSince: Date | undefined): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM user_account
       WHERE status = 'active' AND ($1::timestamptz IS NULL OR last_login_at >= $1::timestamptz)`,
      [signedInSince ?? null],
    );
    return count;
  }

  byRoleAndStatus(): Promise<{ platformRole: PlatformRole; status: UserStatus; count: number }[]> {
    return this.dataSource.query(
      `SELECT platform_role AS "platformRole", status, count(*)::int AS count
       FROM user_account GROUP BY platform_role, status ORDER BY platform_role, status`,
    );
  }

  byOrganisationType(
    userIds?: readonly string[] | CreatedIn,
  ): Promise<{ organisationType: OrganisationType | null; count: number }[]> {
    const { where, parameters } = scope(userIds);
    return this.dataSource.query(
      `SELECT o.type AS "organisationType", count(*)::int AS count
       FROM user_account u LEFT JOIN organisation o ON o.id = u.organisation_id
       WHERE ${where} GROUP BY o.type ORDER BY o.type NULLS LAST`,
      parameters,
    );
  }

  byOrganisation(
    userIds?: readonly string[] | CreatedIn,
  ): Promise<{ organisationId: string; name: string; type: OrganisationType; count: number }[]> {
    const { where, parameters } = scope(userIds);
    return this.dataSource.query(
      `SELECT o.id AS "organisationId", o.name, o.type, count(*)::int AS count
       FROM user_account u JOIN organisation o ON o.id = u.organisation_id
       WHERE ${where} GROUP BY o.id ORDER BY count DESC, o.name, o.id`,
      parameters,
    );
  }

  createdPerWeek(since: Date | undefined): Promise<{ week: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(created_at AT TIME ZONE $1, 'IYYY-"W"IW') AS week, count(*)::int AS count
       FROM user_account WHERE $2::timestamptz IS NULL OR created_at >= $2::timestamptz
       GROUP BY week ORDER BY week`,
      [PROGRAMME_TIME_ZONE, since ?? null],
    );
  }
}
