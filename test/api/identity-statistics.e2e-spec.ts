import { IdentityStatisticsService } from '@ouvroir/identity';
import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';

/**
 * The identity domain's aggregates for the indicators: counts by role, status, organisation type,
 * organisation and week of creation, and another domain's people broken down by organisation,
 * without a person's row ever leaving identity.
 */
describe('identity statistics', () => {
  let t: TestApp;
  let sql: Client;
  let statistics: IdentityStatisticsService;
  const ids: Record<string, string> = {};
  const organisations: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    sql = new Client({ connectionString: t.database.url });
    await sql.connect();
    statistics = t.app.get(IdentityStatisticsService);
    for (const [key, name, type] of [
      ['college', 'Collège Anne de Bretagne', 'school'],
      ['rennes', 'Académie de Rennes', 'academy'],
      ['canope', 'Réseau Canopé', 'operator'],
    ]) {
      organisations[key] = (
        await sql.query('INSERT INTO organisation (name, type) VALUES ($1, $2) RETURNING id', [name, type])
      ).rows[0].id;
    }
    // Created on Sunday 4 January 2026 at 23:30 or Monday 5 at 00:30 in Paris: ISO weeks 1 and 2.
    const sunday = '2026-01-04T22:30:00Z';
    const monday = '2026-01-04T23:30:00Z';
    const recently = new Date(Date.now() - 86_400_000).toISOString();
    const longAgo = '2025-06-01T08:00:00Z';
    const people: [string, string | null, string, string, string | null, string][] = [
      ['claire', 'college', 'member', 'active', recently, '2025-12-29T12:00:00Z'],
      ['karim', 'college', 'member', 'active', longAgo, sunday],
      ['nadia', 'rennes', 'admin', 'active', recently, monday],
      ['yann', null, 'guest', 'active', null, monday],
      ['marc', 'canope', 'member', 'suspended', recently, monday],
      ['ancien', null, 'member', 'erased', longAgo, '2026-02-10T10:00:00Z'],
    ];
    for (const [login, organisation, role, status, lastLoginAt, createdAt] of people) {
      ids[login] = (
        await sql.query(
          `INSERT INTO user_account (display_name, email, organisation_id, platform_role, status, last_login_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            login,
            `${login}@ac-test.fr`,
            organisation && organisations[organisation],
            role,
            status,
            lastLoginAt,
            createdAt,
          ],
        )
      ).rows[0].id;
    }
  });
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  it('counts the active accounts, and those that signed in since a date', async () => {
    expect(await statistics.activeUsers()).toBe(4);
    expect(await statistics.activeUsers(new Date(Date.now() - 7 * 86_400_000))).toBe(2);
  });

  it('counts every account by platform role and status', async () => {
    expect(await statistics.usersByPlatformRoleAndStatus()).toEqual([
      { platformRole: 'admin', status: 'active', count: 1 },
      { platformRole: 'guest', status: 'active', count: 1 },
      { platformRole: 'member', status: 'active', count: 2 },
      { platformRole: 'member', status: 'erased', count: 1 },
      { platformRole: 'member', status: 'suspended', count: 1 },
    ]);
  });

  it('counts the accounts not erased by organisation type and by organisation', async () => {
    expect(await statistics.usersByOrganisationType()).toEqual([
      { organisationType: 'academy', count: 1 },
      { organisationType: 'operator', count: 1 },
      { organisationType: 'school', count: 2 },
      { organisationType: null, count: 1 },
    ]);
    expect(await statistics.usersByOrganisation()).toEqual([
      { organisationId: organisations.college, name: 'Collège Anne de Bretagne', type: 'school', count: 2 },
      { organisationId: organisations.rennes, name: 'Académie de Rennes', type: 'academy', count: 1 },
      { organisationId: organisations.canope, name: 'Réseau Canopé', type: 'operator', count: 1 },
    ]);
  });

  it('counts the accounts created per ISO week, in Paris time', async () => {
    expect(await statistics.accountsCreatedPerWeek()).toEqual([
      { week: '2026-W01', count: 2 },
      { week: '2026-W02', count: 3 },
      { week: '2026-W07', count: 1 },
    ]);
    expect(await statistics.accountsCreatedPerWeek(new Date('2026-01-04T23:00:00Z'))).toEqual([
      { week: '2026-W02', count: 3 },
      { week: '2026-W07', count: 1 },
    ]);
  });

  it('breaks another domain’s people down by organisation type and organisation, each once', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const contributors = [ids.claire, ids.karim, ids.claire, ids.yann, ids.ancien, ids.marc, unknown];
    expect(await statistics.countByOrganisationType(contributors)).toEqual([
      { organisationType: 'operator', count: 1 },
      { organisationType: 'school', count: 2 },
      { organisationType: null, count: 2 },
    ]);
    expect(await statistics.countByOrganisation(contributors)).toEqual([
      { organisationId: organisations.college, name: 'Collège Anne de Bretagne', type: 'school', count: 2 },
      { organisationId: organisations.canope, name: 'Réseau Canopé', type: 'operator', count: 1 },
    ]);
    expect(await statistics.countByOrganisationType([])).toEqual([]);
  });
});
