import type { Actor } from '@ouvroir/identity';
import { randomUUID } from 'node:crypto';
import { person, ServiceTesting, startServices } from '../../../test/support/service-testing';
import { CommonsService } from './commons.service';
import { LaureateEntry, LaureatesService } from './laureates.service';

describe('a call’s laureates in the catalogue', () => {
  let services: ServiceTesting;
  let laureates: LaureatesService;
  let facilitator: Actor, lead: Actor, coApplicant: Actor, publisher: Actor;
  let domainId: string;

  beforeAll(async () => {
    services = await startServices();
    laureates = services.get(LaureatesService);
    [facilitator, lead, coApplicant, publisher] = await Promise.all([
      person(services),
      person(services),
      person(services),
      person(services),
    ]);
    domainId = (await services.dataSource.query(`SELECT id FROM domain ORDER BY slug LIMIT 1`))[0].id;
  });
  afterAll(() => services.close());

  const entry = (overrides: Partial<LaureateEntry> = {}): LaureateEntry => ({
    callId: randomUUID(),
    submissionId: randomUUID(),
    decision: 'retained',
    applicantIds: [lead.id, coApplicant.id],
    commonId: null,
    kind: 'educational_resource',
    name: `Lauréat ${randomUUID().slice(0, 6)}`,
    summary: 'Des fiches ouvertes pour la classe.',
    pitch: 'Des fiches **ouvertes**, écrites à plusieurs.',
    licence: 'CC-BY-SA-4.0',
    url: `https://forge.apps.education.fr/fiches/${randomUUID().slice(0, 6)}`,
    domainId,
    ...overrides,
  });
  const catalogue = (value: LaureateEntry) =>
    services.dataSource.transaction((manager) => laureates.catalogue(manager, facilitator, value));
  const maintainersOf = async (commonId: string) =>
    (await services.dataSource.query('SELECT user_id FROM common_maintainer WHERE common_id = $1', [commonId])).map(
      (row: { user_id: string }) => row.user_id,
    );
  const commons = async () => Number((await services.dataSource.query('SELECT count(*) FROM common'))[0].count);

  it('creates the entry with its repository, marked as the call’s laureate, maintained by the applicants only', async () => {
    const value = entry();
    const { common, created } = await catalogue(value);
    expect(created).toBe(true);
    expect(common).toMatchObject({ laureateCallId: value.callId, kind: 'educational_resource', licenceOpen: true });
    expect((await maintainersOf(common.id)).sort()).toEqual([lead.id, coApplicant.id].sort());
    const repositories = await services.dataSource.query(
      'SELECT url, forge FROM common_repository WHERE common_id = $1',
      [common.id],
    );
    expect(repositories).toEqual([{ url: value.url, forge: 'forge_apps_education' }]);
  });

  it('takes a page outside the forges as the website', async () => {
    const { common } = await catalogue(entry({ url: 'https://fiches.example.org/' }));
    expect(common.website).toBe('https://fiches.example.org/');
  });

  it('reuses the entry it already became: never two entries for one laureate', async () => {
    const value = entry();
    const first = await catalogue(value);
    const before = await commons();
    const again = await catalogue({ ...value, commonId: first.common.id });
    expect(again).toMatchObject({ created: false, common: { id: first.common.id } });
    expect(await commons()).toBe(before);
    expect(await maintainersOf(first.common.id)).toHaveLength(2);
  });

  it('marks the common the submission’s URL already names (any case, a final slash or .git) instead of a duplicate', async () => {
    const existing = await services.get(CommonsService).create(null, publisher, {
      kind: 'software',
      name: `Déjà publié ${randomUUID().slice(0, 6)}`,
      summary: 'Déjà au catalogue.',
      description: '',
      domainId,
      licence: 'EUPL-1.2',
      repositories: [{ url: 'https://gitlab.com/classe/outil' }],
    });
    const before = await commons();
    const value = entry({ url: 'https://GitLab.com/classe/outil.git/' });
    const { common, created } = await catalogue(value);
    expect(created).toBe(false);
    expect(common).toMatchObject({ id: existing.id, laureateCallId: value.callId, name: existing.name });
    expect(await commons()).toBe(before);
    // The publisher stays a maintainer; the applicants join.
    expect((await maintainersOf(existing.id)).sort()).toEqual([publisher.id, lead.id, coApplicant.id].sort());
  });

  it('refuses anything but a retained submission with applicants, writing nothing (COMMON_LAUREATE_INVALID)', async () => {
    const before = await commons();
    // Tried: a submission not retained, and a retained one without any accepted applicant.
    for (const bad of [entry({ decision: 'not_retained' }), entry({ applicantIds: [] })]) {
      await expect(catalogue(bad)).rejects.toMatchObject({ reason: 'COMMON_LAUREATE_INVALID' });
    }
    expect(await commons()).toBe(before);
  });
});
