import { ProposalsService } from '@ouvroir/proposals';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/app';
import { proposalWorld } from '../support/proposal-world';
import type { ServiceTesting } from '../support/service-testing';

/**
 * The whole-portal dump over HTTP, without an account: its index, and its decisions' file holding a
 * public group's adopted decision and never a members-only group's. Bad names tried: another day's
 * file, an unknown file, a path outside the dump.
 */
describe('the portal dump, for visitors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const lines = (body: Buffer) =>
    gunzipSync(body)
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const binary = (path: string) =>
    t.http
      .get(path)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });

  it('lists dated files under Licence Ouverte 2.0, and gives a public decision, never a private one', async () => {
    const services = {
      get: (type: unknown) => t.app.get(type as never, { strict: false }),
      dataSource: t.app.get(DataSource),
    } as unknown as ServiceTesting;
    const proposals = services.get(ProposalsService);
    const open = await proposalWorld(services);
    const closed = await proposalWorld(services, { group: 'members', committee: 'members' });
    const adopted = await open.proposal('submitted', 'Une décision publique');
    await proposals.recordVoteOpened(adopted, null);
    await proposals.recordVoteResult(adopted, 'adopted', null);
    const hidden = await closed.proposal('submitted', 'Une décision réservée');
    await proposals.recordVoteOpened(hidden, null);
    await proposals.recordVoteResult(hidden, 'adopted', null);
    await open.proposal('in_discussion', 'Pas encore décidée');

    const index = await t.http.get('/donnees/portail.json');
    expect(index.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(index.body).toMatchObject({ date: today, licence: { name: 'etalab-2.0' } });
    expect(index.body.attribution).toContain('Licence Ouverte 2.0');
    const names = index.body.fichiers.map((file: { nom: string }) => file.nom);
    expect(names).toEqual(expect.arrayContaining([`decisions-${today}.jsonl.gz`, `groupes-${today}.jsonl.gz`]));

    const decisions = await binary(`/donnees/portail/decisions-${today}.jsonl.gz`);
    expect(decisions.status).toBe(200);
    expect(decisions.headers['content-type']).toBe('application/gzip');
    const rows = lines(decisions.body as Buffer);
    expect(rows.map((row) => row.titre)).toEqual(['Une décision publique']);
    expect(JSON.stringify(rows)).not.toMatch(/@|réservée/);

    const groups = lines((await binary(`/donnees/portail/groupes-${today}.jsonl.gz`)).body as Buffer);
    const slugOf = async (id: string) =>
      (await services.dataSource.query(`SELECT slug FROM work_group WHERE id = $1`, [id]))[0].slug;
    const published = groups.map((group) => group.adresse);
    expect(published).toEqual(expect.arrayContaining([await slugOf(open.groupId), await slugOf(open.committeeId)]));
    expect(published).not.toContain(await slugOf(closed.groupId));
    expect(published).not.toContain(await slugOf(closed.committeeId));

    const indicators = lines((await binary(`/donnees/portail/indicateurs-${today}.jsonl.gz`)).body as Buffer);
    expect(indicators.map((row) => row.indicateur)).toContain('contributeurs-actifs');
  });

  it('refuses another day’s file, an unknown one and a path outside the dump (PORTAL_DUMP_UNKNOWN, 404)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    // Today's date with a name that is not a file, nor one an object inherits (`constructor`).
    for (const name of [
      'decisions-2020-01-01.jsonl.gz',
      `membres-${today}.jsonl.gz`,
      `constructor-${today}.jsonl.gz`,
      '..%2F..%2Fetc%2Fpasswd',
    ]) {
      const answer = await t.http.get(`/donnees/portail/${name}`);
      expect(answer.status).toBe(404);
    }
    const unknown = await t.http.get('/donnees/portail/inconnu.jsonl.gz');
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
