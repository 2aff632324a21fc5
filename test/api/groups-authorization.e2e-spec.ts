import { createHash, randomBytes } from 'node:crypto';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The groups policy, case by case: every group query and mutation, run by each kind of person
 * against fresh groups — a members-only committee C (join by invitation), a public open group O
 * and a public group R joined on request. A members-only group does not exist for outsiders:
 * NOT_FOUND, never FORBIDDEN. Every refused act leaves the journal as it was; every accepted
 * mutation adds to it.
 */
const ACTORS = [
  'anonymous',
  'outsider',
  'guest',
  'observer',
  'member',
  'voter',
  'facilitator',
  'administrator',
] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome =
  'ok' | 'listed' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

interface Fixture {
  committee: { id: string; slug: string };
  open: { id: string; slug: string };
  onRequest: { id: string; slug: string };
  requestId: string;
  invitationId: string;
  token: string;
  myInvitationId: string;
  /** Links that no longer work: they must not show the group. */
  revokedToken: string;
  usedToken: string;
  expiredToken: string;
  /** The link of the invitation addressed to the outsider by name. */
  myToken: string;
}

interface Operation {
  name: string;
  mutation: boolean;
  run(person: Person, fixture: Fixture): Promise<{ outcome: Outcome }>;
  expected: Record<ActorName, Outcome>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const NF = 'NOT_FOUND';
const C = 'CONFLICT';
const B = 'BAD_USER_INPUT';
const expect8 = (...outcomes: Outcome[]) =>
  Object.fromEntries(ACTORS.map((actor, index) => [actor, outcomes[index]])) as Record<ActorName, Outcome>;

const outcomeOf = (answer: { errors?: { extensions: { code: string } }[] }): Outcome =>
  (answer.errors?.[0]?.extensions.code as Outcome) ?? 'ok';

let people: Record<ActorName, Person>;
let app: PeopleApp;

const op = (
  name: string,
  query: string,
  variables: (fixture: Fixture) => Record<string, unknown>,
  expected: Record<ActorName, Outcome>,
): Operation => ({
  name,
  mutation: query.trimStart().startsWith('mutation'),
  run: async (person, fixture) => ({ outcome: outcomeOf(await person.graphql(query, variables(fixture))) }),
  expected,
});

const OPERATIONS: Operation[] = [
  //                                                                anonymous outsider guest observer member voter facilitator administrator
  op(
    'group (C)',
    'query ($s: String!) { group(slug: $s) { id name } }',
    (f) => ({ s: f.committee.slug }),
    expect8(NF, NF, NF, 'ok', 'ok', 'ok', 'ok', 'ok'),
  ),
  op(
    'group.members (C)',
    'query ($s: String!) { group(slug: $s) { members { totalCount nodes { role user { displayName } } } } }',
    (f) => ({ s: f.committee.slug }),
    expect8(NF, NF, NF, 'ok', 'ok', 'ok', 'ok', 'ok'),
  ),
  op(
    'group.joinRequests (C)',
    'query ($s: String!) { group(slug: $s) { joinRequests { totalCount } } }',
    (f) => ({ s: f.committee.slug }),
    expect8(NF, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'group.invitations (C)',
    'query ($s: String!) { group(slug: $s) { invitations { id } } }',
    (f) => ({ s: f.committee.slug }),
    expect8(NF, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  {
    name: 'groupsDirectory lists C',
    mutation: false,
    run: async (person, fixture) => {
      const answer = await person.graphql<{ groupsDirectory: { nodes: { id: string }[] } }>(
        'query ($q: String) { groupsDirectory(filter: { search: $q }) { nodes { id } } }',
        { q: fixture.committee.slug },
      );
      if (answer.errors) return { outcome: outcomeOf(answer) };
      const listed = answer.data!.groupsDirectory.nodes.some((node) => node.id === fixture.committee.id);
      return { outcome: listed ? 'listed' : 'hidden' };
    },
    expected: expect8('hidden', 'hidden', 'hidden', 'listed', 'listed', 'listed', 'listed', 'listed'),
  },
  op(
    'auditLog of C',
    'query ($g: ID) { auditLog(filter: { groupId: $g }) { totalCount } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op('auditLog, whole', '{ auditLog { totalCount } }', () => ({}), expect8(U, F, F, F, F, F, 'ok', 'ok')),
  op('myInvitations', '{ myInvitations { id } }', () => ({}), expect8(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')),
  op(
    'createGroup',
    'mutation ($n: String!) { createGroup(input: { domainSlug: "logiciels-libres", kind: working_group, name: $n }) { id } }',
    () => ({ n: `Nouveau groupe ${randomBytes(4).toString('hex')}` }),
    expect8(U, F, F, F, F, F, F, 'ok'),
  ),
  op(
    'updateGroup (C)',
    'mutation ($g: ID!) { updateGroup(groupId: $g, input: { shortDescription: "Revue" }) { id } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'archiveGroup (C)',
    'mutation ($g: ID!) { archiveGroup(groupId: $g) { status } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'reopenGroup (C, active)',
    'mutation ($g: ID!) { reopenGroup(groupId: $g) { status } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, F, F, F, C, C),
  ),
  op(
    'joinGroup (C)',
    'mutation ($g: ID!) { joinGroup(groupId: $g) { role } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, C, C, C, C, F),
  ),
  op(
    'requestToJoinGroup (C)',
    'mutation ($g: ID!) { requestToJoinGroup(groupId: $g) { id } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, C, C, C, C, F),
  ),
  op(
    'leaveGroup (C)',
    'mutation ($g: ID!) { leaveGroup(groupId: $g) }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, 'ok', 'ok', 'ok', C, C),
  ),
  op(
    'addMember (C, the outsider)',
    'mutation ($g: ID!, $u: ID!) { addMember(groupId: $g, userId: $u, role: voter) { role } }',
    (f) => ({ g: f.committee.id, u: people.outsider.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'changeMemberRole (C, the member)',
    'mutation ($g: ID!, $u: ID!) { changeMemberRole(groupId: $g, userId: $u, role: voter) { role } }',
    (f) => ({ g: f.committee.id, u: people.member.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'removeMember (C, the observer)',
    'mutation ($g: ID!, $u: ID!) { removeMember(groupId: $g, userId: $u) }',
    (f) => ({ g: f.committee.id, u: people.observer.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'inviteToGroup (C)',
    'mutation ($g: ID!) { inviteToGroup(groupId: $g, input: { email: "partenaire@univ-test.fr", role: observer }) { link } }',
    (f) => ({ g: f.committee.id }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'revokeInvitation (C)',
    'mutation ($i: ID!) { revokeInvitation(invitationId: $i) { id } }',
    (f) => ({ i: f.invitationId }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'decideJoinRequest (C, accept)',
    'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: true) { status } }',
    (f) => ({ r: f.requestId }),
    expect8(U, NF, NF, F, F, F, 'ok', 'ok'),
  ),
  op(
    'acceptInvitation (link to C)',
    'mutation ($t: String!) { acceptInvitation(token: $t) { role } }',
    (f) => ({ t: f.token }),
    expect8(U, 'ok', 'ok', C, C, C, C, 'ok'),
  ),
  ...(
    [
      ['valid link to C', (f: Fixture) => f.token, expect8(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok')],
      ['revoked link to C', (f: Fixture) => f.revokedToken, expect8(U, C, C, C, C, C, C, C)],
      ['used link to C', (f: Fixture) => f.usedToken, expect8(U, C, C, C, C, C, C, C)],
      ['expired link to C', (f: Fixture) => f.expiredToken, expect8(U, B, B, B, B, B, B, B)],
      ['link addressed to the outsider', (f: Fixture) => f.myToken, expect8(U, 'ok', F, F, F, F, F, F)],
    ] as const
  ).map(([which, token, expected]) =>
    op(
      `invitationByToken (${which})`,
      'query ($t: String!) { invitationByToken(token: $t) { id group { name charter memberCount facilitators { displayName } } } }',
      (f) => ({ t: token(f) }),
      expected,
    ),
  ),
  op(
    'acceptMyInvitation (addressed to the outsider)',
    'mutation ($i: ID!) { acceptMyInvitation(invitationId: $i) { role } }',
    (f) => ({ i: f.myInvitationId }),
    expect8(U, 'ok', NF, NF, NF, NF, NF, NF),
  ),
  op(
    'group (O, public)',
    'query ($s: String!) { group(slug: $s) { id viewerPermissions { join } } }',
    (f) => ({ s: f.open.slug }),
    expect8('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  ),
  op(
    'group.members (O, public)',
    'query ($s: String!) { group(slug: $s) { members { totalCount } } }',
    (f) => ({ s: f.open.slug }),
    expect8(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  ),
  op(
    'joinGroup (O, open)',
    'mutation ($g: ID!) { joinGroup(groupId: $g) { role } }',
    (f) => ({ g: f.open.id }),
    expect8(U, 'ok', F, C, C, 'ok', C, 'ok'),
  ),
  op(
    'requestToJoinGroup (R, on request)',
    'mutation ($g: ID!) { requestToJoinGroup(groupId: $g) { status } }',
    (f) => ({ g: f.onRequest.id }),
    expect8(U, 'ok', F, C, C, 'ok', C, 'ok'),
  ),
  op(
    'joinGroup (R, on request)',
    'mutation ($g: ID!) { joinGroup(groupId: $g) { role } }',
    (f) => ({ g: f.onRequest.id }),
    expect8(U, 'BAD_USER_INPUT', F, C, C, 'BAD_USER_INPUT', C, 'BAD_USER_INPUT'),
  ),
];

const CASES = OPERATIONS.flatMap((operation) =>
  ACTORS.map((actor) => [operation.name, actor, operation.expected[actor], operation] as const),
);

describe('groups authorization: one row per operation and person', () => {
  let domainId: string;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('outsider'),
      account('guest', 'guest'),
      account('observer'),
      account('member'),
      account('voter'),
      account('facilitator'),
      account('administrator', 'admin'),
    ]);
    people = { anonymous: app.anonymous } as Record<ActorName, Person>;
    for (const actor of ACTORS.slice(1)) people[actor] = await app.signIn(actor);
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
  });
  afterAll(() => app.close());

  /** Fresh groups for one case, written straight to the database. */
  async function fixture(): Promise<Fixture> {
    const suffix = randomBytes(4).toString('hex');
    const group = async (slug: string, kind: string, visibility: string, joinPolicy: string) => {
      const { rows } = await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, $2, $3, $3, $4, $5) RETURNING id`,
        [domainId, kind, `${slug}-${suffix}`, visibility, joinPolicy],
      );
      return { id: rows[0].id as string, slug: `${slug}-${suffix}` };
    };
    const committee = await group('comite', 'committee', 'members', 'invitation');
    const open = await group('ouvert', 'working_group', 'public', 'open');
    const onRequest = await group('sur-demande', 'working_group', 'public', 'request');
    const roles: [string, ActorName, string][] = [
      [committee.id, 'observer', 'observer'],
      [committee.id, 'member', 'member'],
      [committee.id, 'voter', 'voter'],
      [committee.id, 'facilitator', 'facilitator'],
      ...[open.id, onRequest.id].flatMap((id): [string, ActorName, string][] => [
        [id, 'observer', 'observer'],
        [id, 'member', 'member'],
        [id, 'facilitator', 'facilitator'],
      ]),
    ];
    for (const [groupId, actor, role] of roles) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        groupId,
        people[actor].id,
        role,
      ]);
    }
    const request = await app.sql.query('INSERT INTO join_request (group_id, user_id) VALUES ($1, $2) RETURNING id', [
      committee.id,
      people.outsider.id,
    ]);
    const token = randomBytes(32).toString('base64url');
    const hashOf = (link: string) => createHash('sha256').update(link).digest('hex');
    const invite = (link: string, email: string | null, invitedUserId: string | null) =>
      app.sql.query(
        `INSERT INTO invitation (group_id, email, invited_user_id, role, token_hash, expires_at, invited_by)
         VALUES ($1, $2, $3, 'observer', $4, now() + interval '1 day', $5) RETURNING id`,
        [committee.id, email, invitedUserId, hashOf(link), people.facilitator.id],
      );
    const invitation = await invite(token, 'invite@univ-test.fr', null);
    const myToken = randomBytes(32).toString('base64url');
    const mine = await invite(myToken, null, people.outsider.id);
    const [revokedToken, usedToken, expiredToken] = [0, 1, 2].map(() => randomBytes(32).toString('base64url'));
    // Straight to the database, as the acts that close an invitation would leave it.
    for (const [link, change] of [
      [revokedToken, 'revoked_at = now()'],
      [usedToken, `accepted_at = now(), accepted_by = '${people.member.id}'`],
      [expiredToken, `expires_at = now() - interval '1 minute'`],
    ]) {
      const id = (await invite(link, 'ancien@univ-test.fr', null)).rows[0].id;
      await app.sql.query(`UPDATE invitation SET ${change} WHERE id = $1`, [id]);
    }
    return {
      committee,
      open,
      onRequest,
      requestId: request.rows[0].id,
      invitationId: invitation.rows[0].id,
      token,
      myInvitationId: mine.rows[0].id,
      revokedToken,
      usedToken,
      expiredToken,
      myToken,
    };
  }

  const journalSize = async (groupIds: string[]) =>
    Number(
      (await app.sql.query('SELECT count(*) FROM audit_entry WHERE group_id = ANY($1)', [groupIds])).rows[0].count,
    );

  it.each(CASES)('%s by %s: %s', async (_name, actor, expected, operation) => {
    const fixtures = await fixture();
    const groupIds = [fixtures.committee.id, fixtures.open.id, fixtures.onRequest.id];
    const before = await journalSize(groupIds);
    const { outcome } = await operation.run(people[actor], fixtures);
    expect(outcome).toBe(expected);
    const after = await journalSize(groupIds);
    if (outcome !== 'ok' || !operation.mutation) expect(after).toBe(before);
    else if (operation.name !== 'createGroup') expect(after).toBeGreaterThan(before);
  });
});
