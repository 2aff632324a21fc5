import { Client } from 'pg';
import { startTestApp, TestApp } from '../support/app';
import { createTestDatabase, TestDatabase } from '../support/database';

/**
 * The demo catalogue (apps/api/src/demo/commons-demo-data.ts) as `npm start` shows it: about thirty
 * commons of the four kinds, journey 6's resource and software, open and non-open licences; seeded
 * once, through the catalogue's services.
 */
describe('the demo catalogue', () => {
  let database: TestDatabase;
  let app: TestApp;
  let sql: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp({ DEV_IDP: '1' }, { database });
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
    await database.drop();
  });

  const rows = async (query: string) => (await sql.query(query)).rows;

  it('holds about thirty commons of the four kinds, some with a licence shown as not open', async () => {
    const kinds = await rows(`SELECT kind, count(*)::int AS count FROM common GROUP BY kind ORDER BY kind`);
    expect(kinds.map((row) => row.kind)).toEqual(['dataset', 'educational_resource', 'service', 'software']);
    const total = kinds.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBeGreaterThanOrEqual(28);
    expect((await rows(`SELECT count(*)::int AS count FROM common WHERE NOT licence_open`))[0].count).toBeGreaterThan(
      1,
    );
    expect(
      (await rows(`SELECT count(*)::int AS count FROM common_repository WHERE role = 'mirror' AND forge = 'github'`))[0]
        .count,
    ).toBeGreaterThan(2);
  });

  it('has journey 6: Claire’s « Exercices de géométrie » for cycle 4, and a software three académies use', async () => {
    const [resource] = await rows(
      `SELECT c.licence, array_agg(k.label ORDER BY k.label) AS concepts,
         (SELECT u.display_name FROM common_maintainer m JOIN user_account u ON u.id = m.user_id
          WHERE m.common_id = c.id LIMIT 1) AS maintainer
       FROM common c JOIN common_scolomfr s ON s.common_id = c.id JOIN scolomfr_concept k ON k.uri = s.concept_uri
       WHERE c.slug = 'exercices-de-geometrie' GROUP BY c.id`,
    );
    expect(resource.licence).toBe('CC-BY-SA-4.0');
    // Every concept the demo names is seeded: its subject too.
    expect(resource.concepts).toEqual(['cycle 4', 'exercice', 'mathématiques']);
    expect(resource.maintainer).toMatch(/^Claire/);
    const academies = await rows(
      `SELECT o.name FROM common_usage u JOIN common c ON c.id = u.common_id JOIN organisation o ON o.id = u.organisation_id
       WHERE c.slug = 'mathalea' AND o.type = 'academy' ORDER BY o.name`,
    );
    expect(academies.map((row) => row.name)).toEqual([
      'Académie de Lyon',
      'Académie de Rennes',
      'Académie de Versailles',
    ]);
  });

  it('exports a demo software’s publiccode.yml', async () => {
    const response = await app.http.get('/communs/mathalea/publiccode.yml');
    expect(response.status).toBe(200);
    expect(response.text).toContain('usedBy:\n  - Académie de Rennes');
  });

  it('is seeded once: another start adds nothing', async () => {
    const before = await rows(`SELECT count(*)::int AS count FROM common`);
    const again = await startTestApp({ DEV_IDP: '1' }, { database });
    await again.close();
    expect(await rows(`SELECT count(*)::int AS count FROM common`)).toEqual(before);
  });
});
