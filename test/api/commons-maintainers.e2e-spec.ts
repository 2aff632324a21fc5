import { jobsDone } from '../support/jobs';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * A common's maintainers and decisions as its page edits them, and the ScoLOMFR subjects of the
 * second seed. Bad inputs tried: both a person and an organisation, neither, an unknown person, a
 * malformed id, someone already maintaining, an unknown maintainer row, the last maintainer (also by
 * two removals at once), a proposal the steward may not read, a malformed proposal id, a proposal
 * linked twice, a link that does not exist. Each refusal writes nothing.
 */
const FIELDS = `id slug maintainers { id user { id } organisation { id } } decisions { id title state }`;
const ADD = `mutation ($commonId: ID!, $userId: ID, $organisationId: ID) {
  addCommonMaintainer(commonId: $commonId, userId: $userId, organisationId: $organisationId) { ${FIELDS} } }`;
const REMOVE = `mutation ($commonId: ID!, $maintainerId: ID!) {
  removeCommonMaintainer(commonId: $commonId, maintainerId: $maintainerId) { ${FIELDS} } }`;
const LINK = `mutation ($commonId: ID!, $proposalId: ID!) {
  linkCommonDecision(commonId: $commonId, proposalId: $proposalId) { ${FIELDS} } }`;
const UNLINK = `mutation ($commonId: ID!, $proposalId: ID!) {
  unlinkCommonDecision(commonId: $commonId, proposalId: $proposalId) { ${FIELDS} } }`;
const READ = `query ($slug: String!) { common(slug: $slug) { ${FIELDS} } }`;

const SCOLOMFR = 'http://data.education.fr/voc/scolomfr/concept/';
const MATHEMATICS = `${SCOLOMFR}scolomfr-voc-015-num-058`;

interface Answer {
  data: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { extensions: { code: string; reason?: string } }[];
}
type Maintainer = { id: string; user: { id: string } | null; organisation: { id: string } | null };

describe('a common’s maintainers, decisions and subjects', () => {
  let app: PeopleApp;
  let claire: Person;
  let karim: Person;
  let lea: Person;
  let nadia: Person;
  let domainId: string;
  let organisationId: string;
  let publicProposalId: string;
  let privateProposalId: string;

  beforeAll(async () => {
    app = await startPeopleApp([account('claire'), account('karim'), account('lea'), account('nadia', 'admin')]);
    [claire, karim, lea, nadia] = await Promise.all(
      ['claire', 'karim', 'lea', 'nadia'].map((login) => app.signIn(login)),
    );
    const sql = (text: string, values: unknown[] = []) => app.sql.query(text, values);
    domainId = (await sql(`SELECT id FROM domain WHERE slug = 'ressources-educatives-libres'`)).rows[0].id;
    organisationId = (
      await sql(`INSERT INTO organisation (name, type) VALUES ('Réseau Canopé', 'operator') RETURNING id`)
    ).rows[0].id;
    const group = async (slug: string, visibility: string) =>
      (
        await sql(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility) VALUES ($1, 'working_group', $2, $2, $3) RETURNING id`,
          [domainId, slug, visibility],
        )
      ).rows[0].id;
    // Léa writes both proposals.
    const proposal = async (groupId: string, title: string) => {
      const { id } = (
        await sql(
          `INSERT INTO proposal (group_id, title, state, created_by) VALUES ($1, $2, 'adopted', $3) RETURNING id`,
          [groupId, title, lea.id],
        )
      ).rows[0];
      await sql(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`, [id, lea.id]);
      return id;
    };
    publicProposalId = await proposal(await group('groupe-ouvert', 'public'), 'Adopter la licence CC-BY-SA');
    // Léa's group is for its members only: Claire, who maintains the common, may not read its proposal.
    const privateGroupId = await group('groupe-ferme', 'members');
    await sql(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [privateGroupId, lea.id]);
    privateProposalId = await proposal(privateGroupId, 'Budget confidentiel');
  });
  afterAll(() => app.close());

  const count = async (table: string) => Number((await app.sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const written = () => Promise.all(['common_maintainer', 'common_decision', 'audit_entry'].map(count));
  const refusal = (answer: Answer) => [answer.errors?.[0]?.extensions.code, answer.errors?.[0]?.extensions.reason];
  /** Tries a request that must be refused, and checks nothing was written. */
  const refused = async (person: Person, query: string, variables: Record<string, unknown>) => {
    const before = await written();
    const answer = (await person.graphql(query, variables)) as Answer;
    expect(await written()).toEqual(before);
    return refusal(answer);
  };
  const publish = async (name: string, input: Record<string, unknown> = {}) => {
    const answer = (await claire.graphql(
      `mutation ($input: CommonInput!) { createCommon(input: $input) { ${FIELDS} } }`,
      {
        input: {
          kind: 'educational_resource',
          name,
          summary: '',
          description: '',
          domainId,
          licence: 'CC-BY-4.0',
          ...input,
        },
      },
    )) as Answer;
    expect(answer.errors).toBeUndefined();
    return answer.data!.createCommon as { id: string; slug: string; maintainers: Maintainer[] };
  };

  it('adds a person and an organisation as maintainers, journaled, the person told; never removes the last one', async () => {
    const common = await publish('Fractions en images');

    const withKarim = (await claire.graphql(ADD, { commonId: common.id, userId: karim.id })) as Answer;
    expect(withKarim.errors).toBeUndefined();
    const withCanope = (await claire.graphql(ADD, { commonId: common.id, organisationId })) as Answer;
    const maintainers: Maintainer[] = withCanope.data!.addCommonMaintainer.maintainers;
    expect(maintainers.map((maintainer) => maintainer.user?.id ?? maintainer.organisation?.id)).toEqual([
      claire.id,
      karim.id,
      organisationId,
    ]);

    await jobsDone(app.sql);
    const notices = (
      await app.sql.query(`SELECT recipient_id, link FROM notification WHERE kind = 'common_maintainer_added'`)
    ).rows;
    expect(notices).toEqual([{ recipient_id: karim.id, link: '/communs/fractions-en-images' }]);

    expect(await refused(claire, ADD, { commonId: common.id, userId: karim.id, organisationId })).toEqual([
      'BAD_USER_INPUT',
      'MAINTAINER_TARGET_INVALID',
    ]);
    expect(await refused(claire, ADD, { commonId: common.id })).toEqual([
      'BAD_USER_INPUT',
      'MAINTAINER_TARGET_INVALID',
    ]);
    expect(await refused(claire, ADD, { commonId: common.id, userId: '00000000-0000-4000-8000-000000000000' })).toEqual(
      ['BAD_USER_INPUT', 'MAINTAINER_UNKNOWN'],
    );
    expect(await refused(claire, ADD, { commonId: common.id, userId: 'karim' })).toEqual([
      'BAD_USER_INPUT',
      'MAINTAINER_UNKNOWN',
    ]);
    expect(await refused(claire, ADD, { commonId: common.id, userId: karim.id })).toEqual([
      'CONFLICT',
      'MAINTAINER_ALREADY',
    ]);
    // Léa maintains nothing here: she may not name herself.
    expect(await refused(lea, ADD, { commonId: common.id, userId: lea.id })).toEqual([
      'FORBIDDEN',
      'COMMON_MAINTAINERS_ONLY',
    ]);

    // Karim, now a maintainer, removes the organisation and Claire; he is left, and may not leave.
    const [, karimRow, canopeRow] = maintainers;
    const claireRow = maintainers[0];
    expect(((await karim.graphql(REMOVE, { commonId: common.id, maintainerId: canopeRow.id })) as Answer).errors).toBe(
      undefined,
    );
    expect(((await karim.graphql(REMOVE, { commonId: common.id, maintainerId: claireRow.id })) as Answer).errors).toBe(
      undefined,
    );
    expect(await refused(karim, REMOVE, { commonId: common.id, maintainerId: karimRow.id })).toEqual([
      'CONFLICT',
      'LAST_MAINTAINER',
    ]);
    expect(await refused(karim, REMOVE, { commonId: common.id, maintainerId: claireRow.id })).toEqual([
      'NOT_FOUND',
      'MAINTAINER_NOT_FOUND',
    ]);
    // Claire maintains it no more: she may not act on it.
    expect(await refused(claire, ADD, { commonId: common.id, userId: claire.id })).toEqual([
      'FORBIDDEN',
      'COMMON_MAINTAINERS_ONLY',
    ]);

    const journal = (
      await app.sql.query(
        `SELECT action, actor_id, subject_user_id, details->>'organisationId' AS organisation_id
           FROM audit_entry WHERE target_id = $1 AND action LIKE 'common_maintainer_%' ORDER BY occurred_at, id`,
        [common.id],
      )
    ).rows;
    expect(journal).toEqual([
      { action: 'common_maintainer_added', actor_id: claire.id, subject_user_id: claire.id, organisation_id: null },
      { action: 'common_maintainer_added', actor_id: claire.id, subject_user_id: karim.id, organisation_id: null },
      {
        action: 'common_maintainer_added',
        actor_id: claire.id,
        subject_user_id: null,
        organisation_id: organisationId,
      },
      {
        action: 'common_maintainer_removed',
        actor_id: karim.id,
        subject_user_id: null,
        organisation_id: organisationId,
      },
      { action: 'common_maintainer_removed', actor_id: karim.id, subject_user_id: claire.id, organisation_id: null },
    ]);
  });

  it('keeps one maintainer when an administrator removes the last two at the same time', async () => {
    const common = await publish('Dictées flash', { maintainerUserIds: [karim.id] });
    const answers = (await Promise.all(
      common.maintainers.map((maintainer) =>
        nadia.graphql(REMOVE, { commonId: common.id, maintainerId: maintainer.id }),
      ),
    )) as Answer[];
    // The common is locked by the first removal: the second one sees a single maintainer left.
    expect(answers.map(refusal)).toHaveLength(2);
    expect(answers.map(refusal)).toEqual(
      expect.arrayContaining([
        ['CONFLICT', 'LAST_MAINTAINER'],
        [undefined, undefined],
      ]),
    );
    const left = await app.sql.query(`SELECT count(*)::int AS n FROM common_maintainer WHERE common_id = $1`, [
      common.id,
    ]);
    expect(left.rows[0].n).toBe(1);
  });

  it('links and unlinks a decision the steward may read, shown on the common to those who may read it', async () => {
    const common = await publish('Cartes mentales');

    const linked = (await claire.graphql(LINK, { commonId: common.id, proposalId: publicProposalId })) as Answer;
    expect(linked.data!.linkCommonDecision.decisions).toEqual([
      { id: publicProposalId, title: 'Adopter la licence CC-BY-SA', state: 'adopted' },
    ]);
    const read = ((await app.anonymous.graphql(READ, { slug: common.slug })) as Answer).data!.common;
    expect(read.decisions.map((decision: { id: string }) => decision.id)).toEqual([publicProposalId]);

    expect(await refused(claire, LINK, { commonId: common.id, proposalId: publicProposalId })).toEqual([
      'CONFLICT',
      'DECISION_ALREADY_LINKED',
    ]);
    // A proposal Claire may not read is as if it did not exist, whether she steward the common or not.
    expect(await refused(claire, LINK, { commonId: common.id, proposalId: privateProposalId })).toEqual([
      'NOT_FOUND',
      'PROPOSAL_NOT_FOUND',
    ]);
    expect(await refused(claire, LINK, { commonId: common.id, proposalId: 'propositions/12' })).toEqual([
      'NOT_FOUND',
      'PROPOSAL_NOT_FOUND',
    ]);
    // Karim reads the proposal but neither authors it nor maintains the common.
    expect(await refused(karim, LINK, { commonId: common.id, proposalId: publicProposalId })).toEqual([
      'FORBIDDEN',
      'DECISION_LINK_FORBIDDEN',
    ]);
    expect(await refused(karim, UNLINK, { commonId: common.id, proposalId: publicProposalId })).toEqual([
      'FORBIDDEN',
      'DECISION_LINK_FORBIDDEN',
    ]);

    // Léa authors the private one: she links it; only she sees it on the common.
    expect(((await lea.graphql(LINK, { commonId: common.id, proposalId: privateProposalId })) as Answer).errors).toBe(
      undefined,
    );
    const decisionsOf = async (person: Person) =>
      ((await person.graphql(READ, { slug: common.slug })) as Answer).data!.common.decisions.map(
        (decision: { title: string }) => decision.title,
      );
    expect(await decisionsOf(lea)).toEqual(
      expect.arrayContaining(['Budget confidentiel', 'Adopter la licence CC-BY-SA']),
    );
    expect(await decisionsOf(claire)).toEqual(['Adopter la licence CC-BY-SA']);
    expect(await decisionsOf(app.anonymous)).toEqual(['Adopter la licence CC-BY-SA']);

    const unlinked = (await claire.graphql(UNLINK, { commonId: common.id, proposalId: publicProposalId })) as Answer;
    expect(unlinked.data!.unlinkCommonDecision.decisions).toEqual([]);
    expect(await refused(claire, UNLINK, { commonId: common.id, proposalId: publicProposalId })).toEqual([
      'NOT_FOUND',
      'DECISION_NOT_LINKED',
    ]);
    const journal = (
      await app.sql.query(
        `SELECT action, details->>'proposalId' AS proposal FROM audit_entry
          WHERE target_id = $1 AND action LIKE 'common_decision_%' ORDER BY occurred_at, id`,
        [common.id],
      )
    ).rows;
    expect(journal).toEqual([
      { action: 'common_decision_linked', proposal: publicProposalId },
      { action: 'common_decision_linked', proposal: privateProposalId },
      { action: 'common_decision_unlinked', proposal: publicProposalId },
    ]);
  });

  it('offers the common subjects, and finds a resource tagged « mathématiques » by that facet', async () => {
    const subjects = (
      (await app.anonymous.graphql(`{ scolomfrConcepts(vocabulary: "015") { uri label } }`)) as Answer
    ).data!.scolomfrConcepts.map((concept: { label: string }) => concept.label);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'mathématiques',
        'français',
        'histoire et géographie',
        'sciences de la vie et de la Terre',
        'physique-chimie',
        'langues vivantes',
        'éducation physique et sportive',
        'arts plastiques',
        'éducation musicale',
        'technologie',
        'numérique et sciences informatiques',
        'sciences économiques et sociales',
        'philosophie',
        'enseignement moral et civique',
      ]),
    );

    const common = await publish('Problèmes de proportionnalité', { scolomfrUris: [MATHEMATICS] });
    const found = (
      (await app.anonymous.graphql(
        `query ($filter: CommonFilter) { commons(filter: $filter) { nodes { slug } facets { subjects { value label count } } } }`,
        { filter: { subjectUris: [MATHEMATICS] } },
      )) as Answer
    ).data!.commons;
    expect(found.nodes).toEqual([{ slug: common.slug }]);
    expect(found.facets.subjects).toEqual(
      expect.arrayContaining([{ value: MATHEMATICS, label: 'mathématiques', count: 1 }]),
    );
  });
});
