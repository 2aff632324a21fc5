import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The catalogue's policy as a matrix: who may do what, every operation tried by every standing on a
 * common of its own. A refusal writes nothing; an allowed act succeeds.
 */
type Role = 'visitor' | 'guest' | 'member' | 'maintainer' | 'organisationMaintainer' | 'facilitator' | 'admin';
const ROLES: Role[] = ['visitor', 'guest', 'member', 'maintainer', 'organisationMaintainer', 'facilitator', 'admin'];
const SIGNED_IN: Role[] = ROLES.filter((role) => role !== 'visitor');
const STEWARDS: Role[] = ['maintainer', 'organisationMaintainer', 'facilitator', 'admin'];
const MEMBERS: Role[] = ['member', 'maintainer', 'organisationMaintainer', 'facilitator', 'admin'];

interface Answer {
  data: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { extensions: { code: string; reason?: string } }[];
}

/** What one try needs: the common it acts on and the people and organisations around it. */
interface Context {
  commonId: string;
  slug: string;
  maintainerId: string;
  /** The maintaining organisation's row. */
  organisationMaintainerId: string;
  /** Someone who maintains nothing, to be named. */
  otherUserId: string;
  ownOrganisationId: string | null;
  otherOrganisationId: string;
  proposalId: string;
  domainId: string;
}

/** An operation: the request, and whether its answer shows it was allowed (for reads that hide rather than refuse). */
interface Operation {
  name: string;
  allowed: Role[];
  run(person: Person, context: Context): Promise<Answer>;
  /** For a read that answers null rather than refusing. */
  granted?(answer: Answer): boolean;
  /** Done before the try, on the fresh common (a usage to withdraw). */
  prepare?(context: Context, app: PeopleApp): Promise<void>;
}

const input = (context: Context, name: string) => ({
  kind: 'software',
  name,
  summary: '',
  description: '',
  domainId: context.domainId,
  licence: 'EUPL-1.2',
});

const OPERATIONS: Operation[] = [
  {
    name: 'read the catalogue',
    allowed: ROLES,
    run: (person) => person.graphql(`{ commons(first: 5) { totalCount nodes { id } } }`),
  },
  {
    name: 'read a common, archived ones too',
    allowed: ROLES,
    prepare: async (context, app) => {
      await app.sql.query(`UPDATE common SET status = 'archived' WHERE id = $1`, [context.commonId]);
    },
    run: (person, context) =>
      person.graphql(`query ($slug: String!) { common(slug: $slug) { id status } }`, { slug: context.slug }),
    granted: (answer) => answer.data?.common?.status === 'archived',
  },
  {
    name: 'publish a common',
    allowed: MEMBERS,
    run: (person, context) =>
      person.graphql(`mutation ($input: CommonInput!) { createCommon(input: $input) { id } }`, {
        input: input(context, `Publié ${Math.random().toString(36).slice(2)}`),
      }),
  },
  {
    name: 'edit',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $input: CommonInput!) { updateCommon(id: $id, input: $input, baseRevision: 1) { id } }`,
        {
          id: context.commonId,
          input: input(context, 'Renommé'),
        },
      ),
  },
  {
    name: 'change the status',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $input: CommonInput!) { updateCommon(id: $id, input: $input, baseRevision: 1) { id } }`,
        {
          id: context.commonId,
          input: { ...input(context, 'Matrice'), status: 'seeking_maintainers' },
        },
      ),
  },
  {
    name: 'set the repositories',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $r: [RepositoryInput!]!) { setCommonRepositories(commonId: $id, repositories: $r) { id } }`,
        {
          id: context.commonId,
          r: [{ url: 'https://gitlab.com/matrice/depot' }],
        },
      ),
  },
  {
    name: 'set ScoLOMFR values (through an edit of a resource)',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $input: CommonInput!) { updateCommon(id: $id, input: $input, baseRevision: 1) { id } }`,
        {
          id: context.commonId,
          input: {
            ...input(context, 'Matrice'),
            kind: 'educational_resource',
            licence: 'CC-BY-4.0',
            scolomfrUris: ['http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-016'],
          },
        },
      ),
  },
  {
    name: 'add a maintainer',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $org: ID) { addCommonMaintainer(commonId: $id, organisationId: $org) { id } }`,
        {
          id: context.commonId,
          org: context.otherOrganisationId,
        },
      ),
  },
  {
    name: 'add a person as maintainer',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(`mutation ($id: ID!, $user: ID) { addCommonMaintainer(commonId: $id, userId: $user) { id } }`, {
        id: context.commonId,
        user: context.otherUserId,
      }),
  },
  {
    name: 'remove a maintaining organisation',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $m: ID!) { removeCommonMaintainer(commonId: $id, maintainerId: $m) { id } }`,
        {
          id: context.commonId,
          m: context.organisationMaintainerId,
        },
      ),
  },
  {
    name: 'remove a maintainer',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $m: ID!) { removeCommonMaintainer(commonId: $id, maintainerId: $m) { id } }`,
        {
          id: context.commonId,
          m: context.maintainerId,
        },
      ),
  },
  {
    name: 'confirm the maintenance',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(`mutation ($id: ID!) { confirmCommonMaintenance(commonId: $id) { id } }`, {
        id: context.commonId,
      }),
  },
  {
    name: 'read the publiccode.yml report',
    allowed: STEWARDS,
    prepare: async (context, app) => {
      await app.sql.query(`UPDATE common SET publiccode_report = '{"errors": []}' WHERE id = $1`, [context.commonId]);
    },
    run: (person, context) =>
      person.graphql(`query ($slug: String!) { common(slug: $slug) { publiccodeReport } }`, { slug: context.slug }),
    granted: (answer) => answer.data?.common?.publiccodeReport !== null,
  },
  {
    name: 'declare the use of one’s own organisation',
    allowed: SIGNED_IN,
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $org: ID!) { declareCommonUsage(commonId: $id, organisationId: $org) { id } }`,
        {
          id: context.commonId,
          org: context.ownOrganisationId ?? context.otherOrganisationId,
        },
      ),
  },
  {
    name: 'declare the use of another organisation',
    allowed: ['admin'],
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $org: ID!) { declareCommonUsage(commonId: $id, organisationId: $org) { id } }`,
        {
          id: context.commonId,
          org: context.otherOrganisationId,
        },
      ),
  },
  {
    name: 'withdraw the use of one’s own organisation',
    allowed: SIGNED_IN,
    prepare: async (context, app) => {
      await app.sql.query(`INSERT INTO common_usage (common_id, organisation_id) VALUES ($1, $2)`, [
        context.commonId,
        context.ownOrganisationId ?? context.otherOrganisationId,
      ]);
    },
    run: (person, context) =>
      person.graphql(
        `mutation ($id: ID!, $org: ID!) { withdrawCommonUsage(commonId: $id, organisationId: $org) { id } }`,
        {
          id: context.commonId,
          org: context.ownOrganisationId ?? context.otherOrganisationId,
        },
      ),
  },
  {
    name: 'write to the maintainers',
    allowed: SIGNED_IN,
    run: (person, context) =>
      person.graphql(`mutation ($id: ID!) { contactCommonMaintainers(commonId: $id, message: "Bonjour") }`, {
        id: context.commonId,
      }),
  },
  {
    name: 'link a decision (not its author)',
    allowed: STEWARDS,
    run: (person, context) =>
      person.graphql(`mutation ($id: ID!, $p: ID!) { linkCommonDecision(commonId: $id, proposalId: $p) { id } }`, {
        id: context.commonId,
        p: context.proposalId,
      }),
  },
  {
    name: 'unlink a decision (not its author)',
    allowed: STEWARDS,
    prepare: async (context, app) => {
      await app.sql.query(`INSERT INTO common_decision (common_id, proposal_id) VALUES ($1, $2)`, [
        context.commonId,
        context.proposalId,
      ]);
    },
    run: (person, context) =>
      person.graphql(`mutation ($id: ID!, $p: ID!) { unlinkCommonDecision(commonId: $id, proposalId: $p) { id } }`, {
        id: context.commonId,
        p: context.proposalId,
      }),
  },
];

const WRITTEN_TABLES = [
  'common',
  'common_revision',
  'common_repository',
  'common_maintainer',
  'common_usage',
  'common_scolomfr',
  'common_decision',
  'common_message',
  'audit_entry',
];

describe('the commons policy, role by role', () => {
  let app: PeopleApp;
  const people = {} as Record<Role, Person>;
  let ownOrganisation: Record<Role, string | null>;
  let nadia: Person;
  let domainId: string;
  let groupId: string;
  let maintainingOrganisationId: string;
  let otherOrganisationId: string;
  let proposalId: string;
  let counter = 0;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('yann', 'guest'),
      account('claire'),
      account('mia'),
      account('omar'),
      account('fanny'),
      account('nadia', 'admin'),
    ]);
    const logins: [Role, string][] = [
      ['guest', 'yann'],
      ['member', 'claire'],
      ['maintainer', 'mia'],
      ['organisationMaintainer', 'omar'],
      ['facilitator', 'fanny'],
      ['admin', 'nadia'],
    ];
    for (const [role, login] of logins) people[role] = await app.signIn(login);
    people.visitor = app.anonymous;
    nadia = people.admin;
    const sql = (text: string, values: unknown[] = []) => app.sql.query(text, values);
    domainId = (await sql(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    maintainingOrganisationId = (
      await sql(`INSERT INTO organisation (name, type) VALUES ('Canopé', 'operator') RETURNING id`)
    ).rows[0].id;
    const ordinaryOrganisationId = (
      await sql(`INSERT INTO organisation (name, type) VALUES ('Collège Jean Moulin', 'school') RETURNING id`)
    ).rows[0].id;
    otherOrganisationId = (
      await sql(`INSERT INTO organisation (name, type) VALUES ('Académie de Lyon', 'academy') RETURNING id`)
    ).rows[0].id;
    // Omar works where the common is maintained; the others in an ordinary school.
    for (const role of SIGNED_IN) {
      await sql(`UPDATE user_account SET organisation_id = $2 WHERE id = $1`, [
        people[role].id,
        role === 'organisationMaintainer' ? maintainingOrganisationId : ordinaryOrganisationId,
      ]);
    }
    ownOrganisation = Object.fromEntries(
      ROLES.map((role) => [
        role,
        role === 'visitor'
          ? null
          : role === 'organisationMaintainer'
            ? maintainingOrganisationId
            : ordinaryOrganisationId,
      ]),
    ) as Record<Role, string | null>;
    groupId = (
      await sql(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility) VALUES ($1, 'working_group', 'Groupe des communs', 'groupe-des-communs', 'public') RETURNING id`,
        [domainId],
      )
    ).rows[0].id;
    await sql(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      groupId,
      people.facilitator.id,
    ]);
    proposalId = (
      await sql(
        `INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, 'Adopter Primtux', 'in_discussion', $2) RETURNING id`,
        [groupId, nadia.id],
      )
    ).rows[0].id;
    await sql(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`, [
      proposalId,
      nadia.id,
    ]);
  });
  afterAll(() => app.close());

  /** A common of its own for each try: stewarded by the group, maintained by Mia and by Omar's organisation. */
  const freshCommon = async (): Promise<Context> => {
    counter += 1;
    const answer = (await nadia.graphql(
      `mutation ($input: CommonInput!) { createCommon(input: $input) { id slug maintainers { id user { id } } } }`,
      {
        input: {
          kind: 'software',
          name: `Commun ${counter}`,
          summary: '',
          description: '',
          domainId,
          stewardingGroupId: groupId,
          licence: 'EUPL-1.2',
          maintainerUserIds: [people.maintainer.id],
          maintainerOrganisationIds: [maintainingOrganisationId],
        },
      },
    )) as Answer;
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    const common = answer.data.createCommon;
    // The maintainers stay who they are: the publishing administrator is removed from them.
    const self = common.maintainers.find(
      (maintainer: { user: { id: string } | null }) => maintainer.user?.id === nadia.id,
    );
    await app.sql.query(`DELETE FROM common_maintainer WHERE id = $1`, [self.id]);
    const mia = common.maintainers.find(
      (maintainer: { user: { id: string } | null }) => maintainer.user?.id === people.maintainer.id,
    );
    const organisation = common.maintainers.find(
      (maintainer: { user: { id: string } | null }) => maintainer.user === null,
    );
    return {
      commonId: common.id,
      slug: common.slug,
      maintainerId: mia.id,
      organisationMaintainerId: organisation.id,
      otherUserId: people.member.id!,
      ownOrganisationId: null,
      otherOrganisationId,
      proposalId,
      domainId,
    };
  };

  const written = () =>
    Promise.all(
      WRITTEN_TABLES.map(async (table) => Number((await app.sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count)),
    );

  const cases = OPERATIONS.flatMap((operation) => ROLES.map((role) => [operation.name, role, operation] as const));

  it.each(cases)('%s: %s', async (_name, role, operation) => {
    const context = { ...(await freshCommon()), ownOrganisationId: ownOrganisation[role] };
    await operation.prepare?.(context, app);
    const before = await written();
    const answer = await operation.run(people[role], context);
    const granted = operation.granted ? operation.granted(answer) : answer.errors === undefined;
    expect({ role, granted, errors: granted ? undefined : answer.errors?.[0]?.extensions.reason }).toMatchObject({
      role,
      granted: operation.allowed.includes(role),
    });
    if (!granted && !operation.granted) {
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(answer.errors![0].extensions.code);
      expect(await written()).toEqual(before);
    }
  });

  it('lets a proposal’s author link it to a common they do not maintain', async () => {
    const context = await freshCommon();
    await app.sql.query(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`, [
      proposalId,
      people.member.id,
    ]);
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
      groupId,
      people.member.id,
    ]);
    const answer = (await people.member.graphql(
      `mutation ($id: ID!, $p: ID!) { linkCommonDecision(commonId: $id, proposalId: $p) { decisions { id state } } }`,
      { id: context.commonId, p: proposalId },
    )) as Answer;
    expect(answer.data!.linkCommonDecision.decisions).toEqual([{ id: proposalId, state: 'in_discussion' }]);
  });
});
