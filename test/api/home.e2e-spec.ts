import { randomBytes } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { jobsDone } from '../support/jobs';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

const CREATE = `mutation ($input: CreateVoteInput!) { createVote(input: $input) { id } }`;
const HOME = `{ myHome {
  signedIn
  ballotsToCast(first: 5) { totalCount nodes { id title closesAt committee { name } } }
  coauthorships(first: 5) { totalCount nodes { id title group { name } } }
  joinRequests { count group { name slug } }
  proposalsToMove(first: 5) { totalCount nodes { id title state group { name } } }
  awaitingVote(first: 5) { totalCount nodes { id title committee { slug } authors { user { displayName } } } }
  news(first: 5) { totalCount nodes { action targetType targetId occurredAt actor { displayName } group { name } } }
  drafts(first: 5) { totalCount nodes { id title state } }
  decisions(first: 5) { totalCount nodes { id title group { name } } }
  openGroups(first: 5) { totalCount nodes { name slug } }
} }`;
const codeOf = (answer: { errors?: { extensions: { code: string } }[] }) => answer.errors?.[0]?.extensions.code;

/** The home page over HTTP: each person's blocks, the public's programme, and what its query costs. */
describe('home', () => {
  let app: PeopleApp;
  let helene: Person, marc: Person, claire: Person, samir: Person, yann: Person;
  let domainId: string, committeeId: string, groupId: string;

  beforeAll(async () => {
    app = await startPeopleApp(['helene', 'marc', 'claire', 'samir', 'yann'].map((login) => account(login)));
    [helene, marc, claire, samir, yann] = await Promise.all(
      ['helene', 'marc', 'claire', 'samir', 'yann'].map((login) => app.signIn(login)),
    );
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    // A members-only committee and a members-only working group sending it its proposals.
    committeeId = await group('committee', null);
    groupId = await group('working_group', committeeId);
    for (const [where, person, role] of [
      [committeeId, helene, 'facilitator'],
      [committeeId, marc, 'voter'],
      [groupId, samir, 'facilitator'],
      [groupId, claire, 'member'],
    ] as const) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        where,
        person.id,
        role,
      ]);
    }
    await app.sql.query('INSERT INTO join_request (group_id, user_id) VALUES ($1, $2)', [groupId, yann.id]);
  });
  afterAll(() => app?.close());

  async function group(kind: string, committee: string | null): Promise<string> {
    const { rows } = await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy, committee_id)
       VALUES ($1, $2, $3, $3, 'members', 'request', $4) RETURNING id`,
      [domainId, kind, `${kind}-${randomBytes(3).toString('hex')}`, committee],
    );
    return rows[0].id;
  }

  async function proposal(state: string, title = `Proposition ${randomBytes(3).toString('hex')}`): Promise<string> {
    const { rows } = await app.sql.query(
      `WITH created AS (
         INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id
       )
       INSERT INTO proposal_author (proposal_id, user_id, status) SELECT id, $5, 'accepted' FROM created RETURNING proposal_id`,
      [groupId, committeeId, title, state, claire.id],
    );
    return rows[0].proposal_id;
  }

  async function openVote(proposalId: string): Promise<string> {
    const answer = await helene.graphql(CREATE, {
      input: {
        committeeId,
        proposalId,
        method: 'for_against_abstain',
        threshold: 'simple_majority',
        quorumPercent: 0,
        secret: true,
        ballotChanges: false,
        closesAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createVote.id as string;
  }

  it('shows the public the programme, and no personal block', async () => {
    const answer = await app.anonymous.graphql(HOME);
    expect(answer.errors).toBeUndefined();
    const home = answer.data!.myHome;
    expect(home).toMatchObject({ signedIn: false, ballotsToCast: null, drafts: null, news: null });
    // The members-only group is never among the open groups.
    expect(home.openGroups.nodes.map((node: { slug: string }) => node.slug)).not.toContain(groupId);
  });

  it('shows each person what waits for them, and only that', async () => {
    const submitted = await proposal('submitted', 'Un socle de logiciels libres');
    const voted = await openVote(await proposal('submitted', 'Un annuaire des logiciels libres'));
    const discussed = await proposal('in_discussion', 'Des salles équipées');

    const homes = Object.fromEntries(
      await Promise.all(
        Object.entries({ marc, claire, samir, yann, helene }).map(async ([name, person]) => {
          const answer = await person.graphql(HOME);
          expect(answer.errors).toBeUndefined();
          return [name, answer.data!.myHome];
        }),
      ),
    );
    expect(homes.marc.ballotsToCast.nodes).toEqual([
      expect.objectContaining({ id: voted, title: 'Un annuaire des logiciels libres' }),
    ]);
    expect(homes.marc.awaitingVote.nodes.map((node: { id: string }) => node.id)).toEqual([submitted]);
    expect(homes.helene.awaitingVote.nodes.map((node: { id: string }) => node.id)).toEqual([submitted]);
    expect(homes.samir.joinRequests).toEqual([
      { count: 1, group: expect.objectContaining({ name: expect.any(String) }) },
    ]);
    expect(homes.samir.proposalsToMove.nodes.map((node: { id: string }) => node.id)).toEqual([discussed]);
    expect(homes.claire.drafts.nodes.map((node: { id: string }) => node.id)).toEqual([discussed]);
    for (const name of ['claire', 'samir', 'yann', 'helene'])
      expect([name, homes[name].ballotsToCast.totalCount]).toEqual([name, 0]);
    for (const name of ['marc', 'claire', 'yann', 'helene'])
      expect([name, homes[name].joinRequests]).toEqual([name, []]);
    for (const name of ['claire', 'samir', 'yann'])
      expect([name, homes[name].awaitingVote.totalCount]).toEqual([name, 0]);
    expect(homes.yann).toMatchObject({
      signedIn: true,
      news: { totalCount: 0 },
      drafts: { totalCount: 0 },
    });
  });

  it('answers the whole home page in statements that do not grow with what it lists', async () => {
    /** The statements of one request, asked once before so that nothing is counted that a first time costs. */
    const statements = async (person: Person) => {
      // The notifications of the acts before are handled in the background, with queries of their own.
      await jobsDone(app.sql);
      await person.graphql(HOME);
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const answer = await person.graphql(HOME);
        expect(answer.errors).toBeUndefined();
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const before = await statements(marc);
    for (let i = 0; i < 4; i++) {
      await openVote(await proposal('submitted'));
      await proposal('submitted');
    }
    const after = await statements(marc);
    expect(after).toBe(before);
    // Ten blocks: each proposals' block finds the person's readable scope (4) then its page (1).
    expect(after).toBeLessThanOrEqual(40);
  });

  it('shows the vote on a proposal to its authors even when the committee is members-only, and nothing to an outsider', async () => {
    const proposalId = await proposal('submitted');
    const voteId = await openVote(proposalId);
    const READ = `query ($id: ID!) { vote(id: $id) { status turnout committee { name } } }`;
    expect((await claire.graphql(READ, { id: voteId })).data!.vote).toEqual({
      status: 'open',
      turnout: 0,
      committee: null,
    });
    const onProposal = await claire.graphql(`query ($id: ID!) { proposal(id: $id) { votes { id turnout } } }`, {
      id: proposalId,
    });
    expect(onProposal.data!.proposal.votes).toEqual([{ id: voteId, turnout: 0 }]);
    expect(codeOf(await yann.graphql(READ, { id: voteId }))).toBe('NOT_FOUND');
    expect(codeOf(await app.anonymous.graphql(READ, { id: voteId }))).toBe('NOT_FOUND');
    await app.sql.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    const closed = await claire.graphql(`query ($id: ID!) { vote(id: $id) { status result { outcome ballots } } }`, {
      id: voteId,
    });
    expect(closed.data!.vote).toEqual({ status: 'closed', result: { outcome: 'rejected', ballots: 0 } });
    const ballots = await claire.graphql(`query ($id: ID!) { vote(id: $id) { ballots { totalCount } } }`, {
      id: voteId,
    });
    expect(codeOf(ballots)).toBe('NOT_FOUND');
  });
});
