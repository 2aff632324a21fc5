import { jobsDone } from '../support/jobs';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The catalogue's API: publishing a common with its licence, repositories, ScoLOMFR values and
 * co-maintainers; reading it without an account; the facets; editing from a revision; the usages,
 * the relay and the decisions. Every bad input is refused with its reason, and nothing is written.
 */
const COMMON_FIELDS = `id slug name kind status revision summary descriptionHtml tags website maintenanceDue
  licence { expression ids open recommended }
  domain { slug }
  repositories { id url forge role mirrorOf }
  maintainers { id user { id displayName email } organisation { id name } }
  usages { organisation { id name } instanceUrl userCount }
  usageCount
  scolomfr { levels { uri label } subjects { uri label } pedagogicalTypes { uri } documentTypes { uri } }
  decisions { id title state }
  revisions { number author { id } }
  publiccodeReport
  viewerCan { edit declareUsage contact confirmMaintenance }`;
const CREATE = `mutation ($input: CommonInput!) { createCommon(input: $input) { ${COMMON_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: CommonInput!, $base: Int!) {
  updateCommon(id: $id, input: $input, baseRevision: $base) { ${COMMON_FIELDS} } }`;
const READ = `query ($slug: String!) { common(slug: $slug) { ${COMMON_FIELDS} } }`;
const CATALOGUE = `query ($filter: CommonFilter, $first: Int, $after: String) {
  commons(filter: $filter, first: $first, after: $after) {
    totalCount nodes { slug name } pageInfo { hasNextPage endCursor }
    facets {
      kinds { value label count } domains { value label count } licences { value count }
      levels { value label count } subjects { value count } organisations { value label count }
      forges { value label count } statuses { value count }
    }
  }
}`;
const DECLARE = `mutation ($commonId: ID!, $organisationId: ID!, $instanceUrl: String, $userCount: Int) {
  declareCommonUsage(commonId: $commonId, organisationId: $organisationId, instanceUrl: $instanceUrl, userCount: $userCount) { usageCount } }`;
const CONTACT = `mutation ($commonId: ID!, $message: String!) { contactCommonMaintainers(commonId: $commonId, message: $message) }`;

const SCOLOMFR = 'http://data.education.fr/voc/scolomfr/concept/';
const CYCLE_4 = `${SCOLOMFR}scolomfr-voc-022-num-621`;
const COLLEGE = `${SCOLOMFR}scolomfr-voc-022-num-016`;
const HISTORY = `${SCOLOMFR}scolomfr-voc-015-num-040`;

interface Answer {
  data: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions: { code: string; reason?: string; details?: Record<string, unknown> } }[];
}

describe('the commons catalogue', () => {
  let app: PeopleApp;
  let claire: Person;
  let karim: Person;
  let nadia: Person;
  let yann: Person;
  let domainId: string;
  let otherDomainId: string;
  let organisationId: string;
  let otherOrganisationId: string;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('claire'),
      account('karim'),
      account('nadia', 'admin'),
      account('yann', 'guest'),
    ]);
    [claire, karim, nadia, yann] = await Promise.all(
      ['claire', 'karim', 'nadia', 'yann'].map((login) => app.signIn(login)),
    );
    const domains = (await app.sql.query(`SELECT id, slug FROM domain ORDER BY slug`)).rows;
    domainId = domains.find((domain) => domain.slug === 'ressources-educatives-libres').id;
    otherDomainId = domains.find((domain) => domain.slug === 'logiciels-libres').id;
    organisationId = (await app.sql.query(`SELECT organisation_id FROM user_account WHERE id = $1`, [claire.id]))
      .rows[0].organisation_id;
    otherOrganisationId = (
      await app.sql.query(`INSERT INTO organisation (name, type) VALUES ('Académie de Rennes', 'academy') RETURNING id`)
    ).rows[0].id;
  });
  afterAll(() => app.close());

  const resource = (overrides: Record<string, unknown> = {}) => ({
    kind: 'educational_resource',
    name: 'Exercices de géométrie',
    summary: 'Des exercices de géométrie pour le cycle 4.',
    description: 'Des **exercices** corrigés.',
    domainId,
    licence: 'CC-BY-SA-4.0',
    tags: ['géométrie', 'collège'],
    scolomfrUris: [CYCLE_4, HISTORY],
    ...overrides,
  });
  const software = (overrides: Record<string, unknown> = {}) => ({
    kind: 'software',
    name: 'Primtux',
    summary: 'Une distribution pour l’école primaire.',
    description: '',
    domainId: otherDomainId,
    licence: 'GPL-3.0-or-later',
    repositories: [
      { url: 'https://forge.apps.education.fr/primtux/primtux' },
      { url: 'https://github.com/primtux/primtux', mirrorOfUrl: 'https://forge.apps.education.fr/primtux/primtux' },
    ],
    ...overrides,
  });

  const count = async (table: string) => Number((await app.sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  /** Every table an act could write, to check a refusal wrote nothing. */
  const written = async () =>
    Promise.all(
      [
        'common',
        'common_revision',
        'common_repository',
        'common_maintainer',
        'common_usage',
        'common_scolomfr',
        'common_decision',
        'common_message',
        'audit_entry',
      ].map(count),
    );
  const refusal = (answer: Answer) => [answer.errors?.[0]?.extensions.code, answer.errors?.[0]?.extensions.reason];
  const create = async (person: Person, input: Record<string, unknown>) => {
    const answer = (await person.graphql(CREATE, { input })) as Answer;
    expect(answer.errors).toBeUndefined();
    return answer.data!.createCommon;
  };

  it('lets Claire publish a resource that anyone reads, with its licence, ScoLOMFR values and co-maintainer', async () => {
    const created = await create(claire, resource({ maintainerUserIds: [karim.id] }));
    expect(created).toMatchObject({
      slug: 'exercices-de-geometrie',
      kind: 'educational_resource',
      status: 'active',
      revision: 1,
      maintenanceDue: false,
      licence: { expression: 'CC-BY-SA-4.0', ids: ['CC-BY-SA-4.0'], open: true, recommended: true },
      viewerCan: { edit: true, declareUsage: true, contact: true, confirmMaintenance: true },
    });

    const read = ((await app.anonymous.graphql(READ, { slug: 'exercices-de-geometrie' })) as Answer).data!.common;
    expect(read.descriptionHtml).toContain('<strong>exercices</strong>');
    expect(read.domain.slug).toBe('ressources-educatives-libres');
    expect(read.scolomfr).toEqual({
      levels: [{ uri: CYCLE_4, label: 'cycle 4' }],
      subjects: [{ uri: HISTORY, label: 'histoire' }],
      pedagogicalTypes: [],
      documentTypes: [],
    });
    // People without their address, the creator first.
    expect(read.maintainers.map((maintainer: { user: { id: string } }) => maintainer.user.id)).toEqual([
      claire.id,
      karim.id,
    ]);
    expect(read.maintainers.every((maintainer: { user: { email: string | null } }) => !maintainer.user.email)).toBe(
      true,
    );
    expect(read.viewerCan).toEqual({ edit: false, declareUsage: false, contact: false, confirmMaintenance: false });
    expect(read.revisions).toEqual([{ number: 1, author: { id: claire.id } }]);

    const journal = (
      await app.sql.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY occurred_at, id`, [created.id])
    ).rows.map((row) => row.action);
    expect(journal).toEqual(['common_created', 'common_maintainer_added', 'common_maintainer_added']);

    // Karim learns he maintains it; Claire, who named him, gets nothing.
    await jobsDone(app.sql);
    const notices = (
      await app.sql.query(`SELECT recipient_id, link FROM notification WHERE kind = 'common_maintainer_added'`)
    ).rows;
    expect(notices).toEqual([{ recipient_id: karim.id, link: '/communs/exercices-de-geometrie' }]);
  });

  it('publishes a software with its forge deduced and its public mirror, and derives a free address', async () => {
    const created = await create(karim, software());
    expect(created.licence).toEqual({
      expression: 'GPL-3.0-or-later',
      ids: ['GPL-3.0-or-later'],
      open: true,
      recommended: true,
    });
    const [source, mirror] = created.repositories;
    expect(source).toMatchObject({ forge: 'forge_apps_education', role: 'source', mirrorOf: null });
    expect(mirror).toMatchObject({ forge: 'github', role: 'mirror', mirrorOf: source.id });
    expect(created.scolomfr).toBeNull();

    const again = await create(karim, software({ repositories: [] }));
    expect(again.slug).toBe('primtux-2');
  });

  it('stores a licence that is not open, flagged and shown as such', async () => {
    const created = await create(
      claire,
      software({ name: 'Outil propriétaire', licence: 'MIT AND CC-BY-NC-4.0', repositories: [] }),
    );
    expect(created.licence).toEqual({
      expression: 'MIT AND CC-BY-NC-4.0',
      ids: ['MIT', 'CC-BY-NC-4.0'],
      open: false,
      recommended: false,
    });
    const either = await create(
      claire,
      software({ name: 'Double licence', licence: 'MIT OR CC-BY-NC-4.0', repositories: [] }),
    );
    expect(either.licence.open).toBe(true);
    const etalab = await create(claire, resource({ name: 'Données etalab', licence: 'etalab-2.0', scolomfrUris: [] }));
    expect(etalab.licence).toMatchObject({ open: true, recommended: true });
  });

  it.each([
    ['an unknown SPDX id', { licence: 'FOO-1.0' }, 'LICENCE_INVALID'],
    ['a malformed SPDX expression', { licence: 'MIT AND' }, 'LICENCE_INVALID'],
    ['an empty licence', { licence: '  ' }, 'LICENCE_INVALID'],
    ['a javascript: repository', { repositories: [{ url: 'javascript:alert(1)' }] }, 'REPOSITORY_URL_INVALID'],
    ['an ftp: repository', { repositories: [{ url: 'ftp://forge.example/depot' }] }, 'REPOSITORY_URL_INVALID'],
    [
      'a mirror of a repository not listed',
      { repositories: [{ url: 'https://github.com/a/b', mirrorOfUrl: 'https://gitlab.com/a/b' }] },
      'REPOSITORY_MIRROR_INVALID',
    ],
    [
      '21 repositories',
      { repositories: Array.from({ length: 21 }, (_, index) => ({ url: `https://gitlab.com/r/${index}` })) },
      'REPOSITORIES_TOO_MANY',
    ],
    [
      'a ScoLOMFR URI outside the vocabulary',
      { scolomfrUris: [`${SCOLOMFR}scolomfr-voc-022-num-999999`] },
      'SCOLOMFR_UNKNOWN_CONCEPT',
    ],
    ['ScoLOMFR values on a software', { kind: 'software', scolomfrUris: [COLLEGE] }, 'SCOLOMFR_RESOURCES_ONLY'],
    ['a summary of 301 characters', { summary: 'x'.repeat(301) }, 'TEXT_TOO_LONG'],
    ['a description of 20,001 characters', { description: 'x'.repeat(20_001) }, 'TEXT_TOO_LONG'],
    ['a name of one character', { name: 'x' }, 'COMMON_NAME_LENGTH'],
    ['11 tags', { tags: Array.from({ length: 11 }, (_, index) => `mot${index}`) }, 'COMMON_TAGS_TOO_MANY'],
    ['a tag of 41 characters', { tags: ['x'.repeat(41)] }, 'COMMON_TAGS_TOO_MANY'],
    ['an address with capitals', { slug: 'Mon-Commun' }, 'COMMON_SLUG_INVALID'],
    ['an address of 81 characters', { slug: 'a'.repeat(81) }, 'COMMON_SLUG_INVALID'],
    ['an address already taken', { slug: 'exercices-de-geometrie' }, 'SLUG_TAKEN'],
    ['an unknown domain', { domainId: '00000000-0000-0000-0000-000000000000' }, 'COMMON_DOMAIN_UNKNOWN'],
    ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'COMMON_WEBSITE_INVALID'],
    ['an unknown co-maintainer', { maintainerUserIds: ['00000000-0000-0000-0000-000000000000'] }, 'MAINTAINER_UNKNOWN'],
    [
      '21 maintainers',
      {
        maintainerUserIds: Array.from(
          { length: 20 },
          (_, index) => `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
        ),
      },
      'MAINTAINERS_TOO_MANY',
    ],
  ])('refuses %s, writing nothing', async (_case, overrides, reason) => {
    const before = await written();
    const answer = (await claire.graphql(CREATE, {
      input: resource({ name: 'Ressource refusée', ...overrides }),
    })) as Answer;
    expect(refusal(answer)[1]).toBe(reason);
    expect(await written()).toEqual(before);
  });

  it('refuses publication to the public and to guests', async () => {
    const before = await written();
    expect(refusal((await app.anonymous.graphql(CREATE, { input: resource({ name: 'Anonyme' }) })) as Answer)[0]).toBe(
      'UNAUTHENTICATED',
    );
    expect(refusal((await yann.graphql(CREATE, { input: resource({ name: 'Invité' }) })) as Answer)).toEqual([
      'FORBIDDEN',
      'COMMON_MEMBERS_ONLY',
    ]);
    expect(await written()).toEqual(before);
  });

  it('keeps every edit as a revision and refuses an edit from an older revision, losing nothing', async () => {
    const created = await create(
      claire,
      resource({ name: 'Fiches de lecture', scolomfrUris: [COLLEGE], maintainerUserIds: [karim.id] }),
    );
    const edited = (
      (await karim.graphql(UPDATE, {
        id: created.id,
        base: 1,
        input: resource({ name: 'Fiches de lecture du collège', scolomfrUris: [COLLEGE, HISTORY], slug: 'ignoree' }),
      })) as Answer
    ).data!.updateCommon;
    // The address never changes on a rename.
    expect(edited).toMatchObject({ slug: 'fiches-de-lecture', name: 'Fiches de lecture du collège', revision: 2 });
    expect(edited.scolomfr.subjects).toEqual([{ uri: HISTORY, label: 'histoire' }]);

    const before = await written();
    const late = (await claire.graphql(UPDATE, {
      id: created.id,
      base: 1,
      input: resource({ name: 'Fiches écrasées' }),
    })) as Answer;
    expect(refusal(late)).toEqual(['CONFLICT', 'COMMON_REVISION_OUTDATED']);
    expect(late.errors![0].extensions.details).toMatchObject({ currentRevision: 2 });
    expect(await written()).toEqual(before);
    const read = ((await app.anonymous.graphql(READ, { slug: 'fiches-de-lecture' })) as Answer).data!.common;
    expect(read.name).toBe('Fiches de lecture du collège');
    expect(read.revisions.map((revision: { number: number }) => revision.number)).toEqual([2, 1]);

    const status = (await claire.graphql(UPDATE, {
      id: created.id,
      base: 2,
      input: resource({ name: 'Fiches de lecture du collège', status: 'archived', scolomfrUris: [COLLEGE] }),
    })) as Answer;
    expect(status.data!.updateCommon.status).toBe('archived');
    const actions = (
      await app.sql.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY occurred_at, id`, [created.id])
    ).rows.map((row) => row.action);
    expect(actions.slice(-2)).toEqual(['common_updated', 'common_status_changed']);
  });

  it('lets an organisation declare it uses a common once, and refuses another organisation’s declaration to a non-admin', async () => {
    const { id } = (await app.sql.query(`SELECT id FROM common WHERE slug = 'primtux'`)).rows[0];
    const declared = (await claire.graphql(DECLARE, {
      commonId: id,
      organisationId,
      instanceUrl: 'https://primtux.ac-test.fr',
      userCount: 1200,
    })) as Answer;
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareCommonUsage.usageCount).toBe(1);

    const before = await written();
    expect(refusal((await claire.graphql(DECLARE, { commonId: id, organisationId })) as Answer)).toEqual([
      'CONFLICT',
      'USAGE_ALREADY_DECLARED',
    ]);
    expect(
      refusal((await claire.graphql(DECLARE, { commonId: id, organisationId: otherOrganisationId })) as Answer),
    ).toEqual(['FORBIDDEN', 'USAGE_OWN_ORGANISATION_ONLY']);
    expect(
      refusal((await claire.graphql(DECLARE, { commonId: id, organisationId, userCount: 10_000_001 })) as Answer)[1],
    ).toBe('USAGE_USER_COUNT_INVALID');
    expect(
      refusal((await claire.graphql(DECLARE, { commonId: id, organisationId, instanceUrl: 'ftp://x' })) as Answer)[1],
    ).toBe('USAGE_INSTANCE_URL_INVALID');
    expect(await written()).toEqual(before);

    // An administrator declares for any organisation: the académie de Rennes.
    const rennes = (await nadia.graphql(DECLARE, { commonId: id, organisationId: otherOrganisationId })) as Answer;
    expect(rennes.data!.declareCommonUsage.usageCount).toBe(2);
    const read = ((await app.anonymous.graphql(READ, { slug: 'primtux' })) as Answer).data!.common;
    expect(read.usages).toEqual([
      {
        organisation: { id: organisationId, name: 'Académie de test' },
        instanceUrl: 'https://primtux.ac-test.fr/',
        userCount: 1200,
      },
      { organisation: { id: otherOrganisationId, name: 'Académie de Rennes' }, instanceUrl: null, userCount: null },
    ]);
    const organisationPage = (await app.anonymous.graphql(
      `query ($id: ID!) { organisationCommons(organisationId: $id) { organisation { name type } maintained { slug } used { slug } } }`,
      { id: otherOrganisationId },
    )) as Answer;
    expect(organisationPage.data!.organisationCommons).toEqual({
      organisation: { name: 'Académie de Rennes', type: 'academy' },
      maintained: [],
      used: [{ slug: 'primtux' }],
    });
    // The maintainers in person learn it.
    await jobsDone(app.sql);
    const notified = (
      await app.sql.query(`SELECT DISTINCT recipient_id FROM notification WHERE kind = 'common_usage_declared'`)
    ).rows.map((row) => row.recipient_id);
    expect(notified).toEqual([karim.id]);
  });

  it('faces the catalogue: each facet counted with the other filters, in pages by name', async () => {
    const all = ((await app.anonymous.graphql(CATALOGUE, {})) as Answer).data!.commons;
    const total = Number((await app.sql.query(`SELECT count(*) FROM common`)).rows[0].count);
    expect(all.totalCount).toBe(total);
    const kinds = Object.fromEntries(
      all.facets.kinds.map((facet: { value: string; count: number }) => [facet.value, facet.count]),
    );
    expect(kinds.software + kinds.educational_resource).toBe(total);

    const filtered = (
      (await app.anonymous.graphql(CATALOGUE, {
        filter: { kinds: ['educational_resource'], levelUris: [CYCLE_4] },
      })) as Answer
    ).data!.commons;
    expect(filtered.nodes.map((node: { slug: string }) => node.slug)).toEqual(['exercices-de-geometrie']);
    // The kinds facet ignores the kinds filter, but not the level one.
    expect(filtered.facets.kinds).toEqual([{ value: 'educational_resource', label: 'Ressource éducative', count: 1 }]);
    expect(filtered.facets.levels).toEqual(expect.arrayContaining([{ value: CYCLE_4, label: 'cycle 4', count: 1 }]));

    const forges = ((await app.anonymous.graphql(CATALOGUE, { filter: { forges: ['github'] } })) as Answer).data!
      .commons;
    expect(forges.nodes.map((node: { slug: string }) => node.slug)).toEqual(['primtux']);
    expect(forges.facets.forges).toEqual(expect.arrayContaining([{ value: 'github', label: 'GitHub', count: 1 }]));
    const used = (
      (await app.anonymous.graphql(CATALOGUE, { filter: { organisationId: otherOrganisationId } })) as Answer
    ).data!.commons;
    expect(used.totalCount).toBe(1);

    const closed = ((await app.anonymous.graphql(CATALOGUE, { filter: { licenceOpen: false } })) as Answer).data!
      .commons;
    expect(closed.nodes.map((node: { slug: string }) => node.slug)).toEqual(['outil-proprietaire']);

    // Pages by name, without repeats.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Answer = (await app.anonymous.graphql(CATALOGUE, { first: 2, after })) as Answer;
      seen.push(...page.data!.commons.nodes.map((node: { slug: string }) => node.slug));
      after = page.data!.commons.pageInfo.hasNextPage ? page.data!.commons.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    // Filters of unknown or malformed values narrow to nothing; an oversize one is refused.
    const nothing = (
      (await app.anonymous.graphql(CATALOGUE, {
        filter: { domainIds: ['pas-un-uuid'], tags: ['inconnu'] },
      })) as Answer
    ).data!.commons;
    expect(nothing.totalCount).toBe(0);
    const tooMany = (await app.anonymous.graphql(CATALOGUE, {
      filter: { tags: Array.from({ length: 101 }, (_, index) => `t${index}`) },
    })) as Answer;
    expect(refusal(tooMany)[1]).toBe('CATALOGUE_FILTER_TOO_LARGE');
    expect(refusal((await app.anonymous.graphql(CATALOGUE, { first: 101 })) as Answer)[0]).toBe('BAD_USER_INPUT');
    expect(refusal((await app.anonymous.graphql(CATALOGUE, { after: 'abc' })) as Answer)[1]).toBe('CURSOR_INVALID');
  });

  it('relays a message to the maintainers in person, without addresses, ten an hour at most', async () => {
    const { id } = (await app.sql.query(`SELECT id FROM common WHERE slug = 'exercices-de-geometrie'`)).rows[0];
    expect(refusal((await app.anonymous.graphql(CONTACT, { commonId: id, message: 'Bonjour' })) as Answer)[0]).toBe(
      'UNAUTHENTICATED',
    );
    expect(refusal((await yann.graphql(CONTACT, { commonId: id, message: 'x'.repeat(2_001) })) as Answer)[1]).toBe(
      'TEXT_TOO_LONG',
    );
    expect(refusal((await yann.graphql(CONTACT, { commonId: id, message: '   ' })) as Answer)[1]).toBe('TEXT_REQUIRED');
    for (let index = 0; index < 10; index++) {
      const sent = (await yann.graphql(CONTACT, { commonId: id, message: `Question ${index}` })) as Answer;
      expect(sent.data).toEqual({ contactCommonMaintainers: true });
    }
    const before = await written();
    expect(refusal((await yann.graphql(CONTACT, { commonId: id, message: 'Une de trop' })) as Answer)).toEqual([
      'TOO_MANY_REQUESTS',
      'COMMON_CONTACT_TOO_MANY',
    ]);
    expect(await written()).toEqual(before);

    await jobsDone(app.sql);
    const notices = await karim.graphql(
      `{ notifications(filter: { kind: common_maintainer_message }) { totalCount nodes { actor { displayName email } subjectTitle data { message } link } } }`,
    );
    expect(notices.data!.notifications.totalCount).toBe(10);
    expect(notices.data!.notifications.nodes[0]).toEqual({
      actor: { displayName: 'Yann Test', email: null },
      subjectTitle: 'Exercices de géométrie',
      data: { message: 'Question 9' },
      link: '/communs/exercices-de-geometrie',
    });
  });

  it('shows the publiccode.yml report to the maintainers and administrators only', async () => {
    const { id } = (await app.sql.query(`SELECT id FROM common WHERE slug = 'primtux'`)).rows[0];
    await app.sql.query(`UPDATE common SET publiccode_report = '{"warnings": ["version non quotée"]}' WHERE id = $1`, [
      id,
    ]);
    const reportOf = async (person: Person) =>
      ((await person.graphql(`{ common(slug: "primtux") { publiccodeReport } }`)) as Answer).data!.common
        .publiccodeReport;
    expect(JSON.parse(await reportOf(karim))).toEqual({ warnings: ['version non quotée'] });
    expect(JSON.parse(await reportOf(nadia))).toEqual({ warnings: ['version non quotée'] });
    expect(await reportOf(claire)).toBeNull();
    expect(await reportOf(app.anonymous)).toBeNull();
  });

  it('marks a maintenance not confirmed for 12 months « à confirmer », until a maintainer confirms', async () => {
    const { id } = (await app.sql.query(`SELECT id FROM common WHERE slug = 'primtux'`)).rows[0];
    await app.sql.query(`UPDATE common SET maintenance_confirmed_at = now() - interval '13 months' WHERE id = $1`, [
      id,
    ]);
    const due = async () =>
      ((await app.anonymous.graphql(`{ common(slug: "primtux") { maintenanceDue } }`)) as Answer).data!.common
        .maintenanceDue;
    expect(await due()).toBe(true);
    const before = await written();
    expect(
      refusal(
        (await claire.graphql(`mutation ($id: ID!) { confirmCommonMaintenance(commonId: $id) { id } }`, {
          id,
        })) as Answer,
      ),
    ).toEqual(['FORBIDDEN', 'COMMON_MAINTAINERS_ONLY']);
    expect(await written()).toEqual(before);
    await karim.graphql(`mutation ($id: ID!) { confirmCommonMaintenance(commonId: $id) { id } }`, { id });
    expect(await due()).toBe(false);
  });
});
