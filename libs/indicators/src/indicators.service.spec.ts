import { GroupsService, MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { CommentsService, ProposalsService, WorkflowService } from '@ouvroir/proposals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table } from 'tableschema';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { IndicatorSnapshotsService, mondayOf } from './indicator-snapshots.service';
import { IndicatorsService, IndicatorValue } from './indicators.service';
import { indicatorCsv, indicatorTableSchema, seriesCsv, seriesTableSchema } from './open-data';
import { publish } from './privacy';

const cellsOf = (value: IndicatorValue) => Object.fromEntries(value.cells.map((cell) => [cell.key, cell.display]));

describe('publish (the small-count rule)', () => {
  const format = String;

  it('hides a figure resting on fewer than 5 people, 0 included, and keeps the others', () => {
    const cells = publish(
      [
        { key: 'a', label: 'A', value: 4, people: 4 },
        { key: 'b', label: 'B', value: 0, people: 0 },
        { key: 'c', label: 'C', value: 5, people: 5 },
        { key: 'd', label: 'D', value: 3 },
      ],
      format,
    );
    expect(cells.map((cell) => [cell.key, cell.value, cell.display])).toEqual([
      ['a', null, 'moins de 5'],
      ['b', null, 'moins de 5'],
      ['c', 5, '5'],
      ['d', 3, '3'],
    ]);
  });

  it('hides the smallest other part too, so that the total minus the shown parts does not give a hidden one back', () => {
    const cells = publish(
      [
        { key: 'total', label: 'Total', value: 20, people: 20 },
        { key: 'x', label: 'X', value: 10, people: 10, part: true },
        { key: 'y', label: 'Y', value: 3, people: 3, part: true },
        { key: 'z', label: 'Z', value: 7, people: 7, part: true },
      ],
      format,
    );
    expect(cells.map((cell) => cell.display)).toEqual(['20', '10', 'moins de 5', 'moins de 5']);
    // What a reader can still work out: y + z = 10, never y alone.
  });

  it('hides no complement when two parts are already hidden', () => {
    const cells = publish(
      [
        { key: 'total', label: 'Total', value: 15, people: 15 },
        { key: 'x', label: 'X', value: 10, people: 10, part: true },
        { key: 'y', label: 'Y', value: 3, people: 3, part: true },
        { key: 'z', label: 'Z', value: 2, people: 2, part: true },
      ],
      format,
    );
    expect(cells.map((cell) => cell.display)).toEqual(['15', '10', 'moins de 5', 'moins de 5']);
  });
});

/**
 * On fixed data: a public working group of « logiciels-libres » with one proposal in discussion,
 * written by one author and commented by six people; a members-only group there with a draft; a
 * public group of « ressources-educatives-libres » with a draft by another author. Ten accounts,
 * all of an academy (their address is `ac-test.fr`).
 */
describe('IndicatorsService', () => {
  let services: ServiceTesting;
  let indicators: IndicatorsService;
  let privateSlug: string;
  let publicSlug: string;

  beforeAll(async () => {
    services = await startServices();
    indicators = services.get(IndicatorsService);
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const proposals = services.get(ProposalsService);
    const comments = services.get(CommentsService);
    const admin = await person(services, { role: 'admin' });
    const facilitator = await person(services);
    const author = await person(services);
    const otherAuthor = await person(services);
    const commenters: Actor[] = [];
    for (let index = 0; index < 6; index++) commenters.push(await person(services));
    const group = (name: string, domainSlug: string, visibility: 'public' | 'members') =>
      groups.create(admin, {
        domainSlug,
        kind: 'working_group',
        name,
        visibility,
        joinPolicy: 'open',
        facilitatorId: facilitator.id,
      });
    const open = await group('Groupe ouvert des chiffres', 'logiciels-libres', 'public');
    const closed = await group('Groupe réservé des chiffres', 'logiciels-libres', 'members');
    const other = await group('Groupe des ressources', 'ressources-educatives-libres', 'public');
    publicSlug = open.slug;
    privateSlug = closed.slug;
    for (const who of [author, ...commenters]) await memberships.join(who, open.id);
    await memberships.addMember(admin, closed.id, author.id, 'member');
    await memberships.join(otherAuthor, other.id);

    const discussed = await proposals.create(author, open.id, { title: 'Une proposition discutée' });
    await services.get(WorkflowService).transition(author, discussed.id, 'submit_for_discussion');
    for (const who of commenters) await comments.addComment(who, discussed.id, 'Mon avis');
    await proposals.create(author, closed.id, { title: 'Un brouillon réservé' });
    await proposals.create(otherAuthor, other.id, { title: 'Un brouillon public' });
  });
  afterAll(() => services.close());

  it('lists every indicator with its definition, unit and scope', () => {
    const codes = indicators.list().map((indicator) => indicator.code);
    expect(codes).toEqual(expect.arrayContaining(['contributeurs-actifs', 'membres', 'propositions-par-etat']));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('counts the proposals of public groups only, by state, and by domain', async () => {
    expect(cellsOf(await indicators.value('propositions-par-etat'))).toMatchObject({
      total: '2',
      'etat:in_discussion': '1',
      'etat:draft': '1',
    });
    expect(cellsOf(await indicators.value('propositions-par-etat', { domain: 'logiciels-libres' }))).toMatchObject({
      total: '1',
      'etat:in_discussion': '1',
      'etat:draft': '0',
    });
  });

  it('counts active contributors and hides the figures under 5 people', async () => {
    expect(cellsOf(await indicators.value('contributeurs-actifs'))).toEqual({
      total: '8',
      'role:auteur': 'moins de 5',
      'role:amendeur': 'moins de 5',
      'role:commentateur': '6',
      'role:votant': 'moins de 5',
      'role:mainteneur': 'moins de 5',
    });
    const other = await indicators.value('contributeurs-actifs', { domain: 'ressources-educatives-libres' });
    expect(other.cells.find((cell) => cell.key === 'total')).toMatchObject({ value: null, display: 'moins de 5' });
  });

  it('counts the members by organisation type', async () => {
    expect(cellsOf(await indicators.value('membres'))).toEqual({ total: '10', 'type:academy': '10' });
  });

  it('answers a members-only group as one that does not exist (GROUP_NOT_FOUND)', async () => {
    await expect(indicators.value('contributeurs-actifs', { group: privateSlug })).rejects.toMatchObject({
      reason: 'GROUP_NOT_FOUND',
    });
    await expect(indicators.value('contributeurs-actifs', { group: 'groupe-inexistant' })).rejects.toMatchObject({
      reason: 'GROUP_NOT_FOUND',
    });
    expect(cellsOf(await indicators.value('propositions-par-etat', { group: publicSlug })).total).toBe('1');
  });

  it('refuses an unknown code (INDICATOR_UNKNOWN) and a bad period (INDICATOR_PERIOD_INVALID)', async () => {
    await expect(indicators.value('inconnu')).rejects.toMatchObject({ reason: 'INDICATOR_UNKNOWN' });
    for (const period of [
      { from: '2026-05-01', to: '2026-04-01' },
      { from: '2026-04-01', to: '2026-04-01' },
      { from: '2010-01-01', to: '2026-01-01' },
      { from: '2026-02-30', to: '2026-04-01' },
      { from: '1er avril', to: '2026-04-01' },
    ]) {
      await expect(indicators.value('propositions-par-etat', period)).rejects.toMatchObject({
        reason: 'INDICATOR_PERIOD_INVALID',
      });
    }
    await expect(indicators.value('membres', { domain: 'logiciels-libres' })).rejects.toMatchObject({
      reason: 'INDICATOR_FILTER_UNSUPPORTED',
    });
  });

  it('refuses a spreadsheet formula given as a filter, before any file is written', async () => {
    await expect(
      indicators.value('propositions-par-etat', { domain: '=HYPERLINK("http://exemple.test")' }),
    ).rejects.toMatchObject({ reason: 'DOMAIN_NOT_FOUND' });
  });

  it('writes CSV files that validate against their Table Schema, with the formula guard', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'indicateurs-'));
    for (const indicator of indicators.list()) {
      const value = await indicators.value(indicator.code);
      const path = join(directory, `${indicator.code}.csv`);
      await writeFile(path, indicatorCsv(value).replace(/^\uFEFF/, ''));
      const table = await Table.load(path, { schema: indicatorTableSchema(indicator) });
      const rows = await (table.read() as unknown as Promise<unknown[]>);
      expect(rows.length).toBe(value.cells.length);
    }
    const value = await indicators.value('propositions-par-etat');
    const forged = { ...value, cells: [{ ...value.cells[0], label: '=1+1' }] };
    expect(indicatorCsv(forged)).toContain(",'=1+1,");
  });

  it('snapshots a week once however often the weekly job runs, and backfills the dated indicators only', async () => {
    const snapshots = services.get(IndicatorSnapshotsService);
    const lastWeek = new Date(mondayOf(new Date()).getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    const count = async (code: string) =>
      (
        await services.dataSource.query<{ weeks: number; rows: number }[]>(
          `SELECT count(DISTINCT week)::int AS weeks, count(*)::int AS rows FROM indicator_snapshot WHERE indicator_code = $1`,
          [code],
        )
      )[0];
    expect(await snapshots.run(lastWeek)).toBeGreaterThan(0);
    const first = await count('membres');
    expect(await snapshots.run(lastWeek)).toBe(0);
    expect(await count('membres')).toEqual(first);
    // A state of now is snapshotted for the week just ended only; dated facts back to the platform's first week.
    expect(first.weeks).toBe(1);
    expect((await count('contributeurs-actifs')).weeks).toBeGreaterThan(1);
    const series = await snapshots.series('membres', { from: '2026-01-01', to: '2036-01-01' });
    expect(series.find((row) => row.breakdown === 'total')).toMatchObject({ week: lastWeek, value: 10 });
  });

  it('writes the weekly series as CSV valid against its Table Schema', async () => {
    const snapshots = services.get(IndicatorSnapshotsService);
    const directory = await mkdtemp(join(tmpdir(), 'series-'));
    const rows = await snapshots.series('contributeurs-actifs', { from: '2026-01-01', to: '2036-01-01' });
    const path = join(directory, 'serie.csv');
    await writeFile(path, seriesCsv('contributeurs-actifs', rows).replace(/^\uFEFF/, ''));
    const table = await Table.load(path, { schema: seriesTableSchema(indicators.definition('contributeurs-actifs')) });
    expect(await (table.read() as unknown as Promise<unknown[]>)).toHaveLength(rows.length);
    await expect(
      snapshots.series('contributeurs-actifs', { from: '2036-01-01', to: '2026-01-01' }),
    ).rejects.toMatchObject({ reason: 'INDICATOR_PERIOD_INVALID' });
  });
});
