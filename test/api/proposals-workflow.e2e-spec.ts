import { randomBytes } from 'node:crypto';
import { ProposalsService } from '@ouvroir/proposals';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The proposal workflow of ../shared/DESIGN.md, case by case: every state × every transition ×
 * every kind of person, on a fresh proposal of a public working group whose committee is C.
 * Expected: a draft is NOT_FOUND except to its authors, the group's facilitators and
 * administrators; the wrong person gets FORBIDDEN; the right person in the wrong state CONFLICT;
 * otherwise the proposal moves, and the step is in its timeline and in the journal. A former author
 * (an accepted co-author no longer in the group) is no author any more: an outsider.
 */
const STATES = [
  'draft',
  'in_discussion',
  'submitted',
  'voting',
  'adopted',
  'rejected',
  'in_progress',
  'implemented',
  'withdrawn',
] as const;
type State = (typeof STATES)[number];
const ROLES = [
  'anonymous',
  'author',
  'coauthor',
  'former_author',
  'invited',
  'member',
  'observer',
  'facilitator',
  'committee_facilitator',
  'committee_voter',
  'outsider',
  'administrator',
] as const;
type Role = (typeof ROLES)[number];

const WORKFLOW: Record<string, { from: State[]; to: State; by: Role[] }> = {
  submit_for_discussion: { from: ['draft'], to: 'in_discussion', by: ['author', 'coauthor'] },
  withdraw: { from: ['draft', 'in_discussion', 'submitted'], to: 'withdrawn', by: ['author', 'coauthor'] },
  finalise: { from: ['in_discussion'], to: 'submitted', by: ['facilitator', 'administrator'] },
  start_implementation: {
    from: ['adopted'],
    to: 'in_progress',
    by: ['facilitator', 'committee_facilitator', 'administrator'],
  },
  mark_implemented: {
    from: ['in_progress'],
    to: 'implemented',
    by: ['facilitator', 'committee_facilitator', 'administrator'],
  },
};

const readsDrafts: Role[] = ['author', 'coauthor', 'invited', 'facilitator', 'administrator'];

function expectedOutcome(state: State, transition: string, role: Role): string {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  if (state === 'draft' && !readsDrafts.includes(role)) return 'NOT_FOUND';
  const step = WORKFLOW[transition];
  if (!step.by.includes(role)) return 'FORBIDDEN';
  if (!step.from.includes(state)) return 'CONFLICT';
  return 'ok';
}

const CASES = STATES.flatMap((state) =>
  Object.keys(WORKFLOW).flatMap((transition) =>
    ROLES.map((role) => [state, transition, role, expectedOutcome(state, transition, role)] as const),
  ),
);

describe('the proposal workflow', () => {
  let app: PeopleApp;
  const people = {} as Record<Role, Person>;
  let groupId: string;
  let committeeId: string;

  beforeAll(async () => {
    app = await startPeopleApp([
      ...ROLES.filter((role) => role !== 'anonymous' && role !== 'administrator').map((role) => account(role)),
      account('administrator', 'admin'),
    ]);
    people.anonymous = app.anonymous;
    for (const role of ROLES.slice(1)) people[role] = await app.signIn(role);
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const group = async (kind: string, committee: string | null) =>
      (
        await app.sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy, committee_id)
           VALUES ($1, $2, $3, $3, 'public', 'open', $4) RETURNING id`,
          [domainId, kind, `${kind}-${randomBytes(3).toString('hex')}`, committee],
        )
      ).rows[0].id as string;
    committeeId = await group('committee', null);
    groupId = await group('working_group', committeeId);
    const memberships: [string, Role, string][] = [
      [groupId, 'author', 'member'],
      [groupId, 'coauthor', 'member'],
      [groupId, 'invited', 'member'],
      [groupId, 'member', 'member'],
      [groupId, 'observer', 'observer'],
      [groupId, 'facilitator', 'facilitator'],
      [committeeId, 'committee_facilitator', 'facilitator'],
      [committeeId, 'committee_voter', 'voter'],
    ];
    for (const [id, role, membership] of memberships) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        id,
        people[role].id,
        membership,
      ]);
    }
  });
  afterAll(() => app.close());

  /** A fresh proposal in `state`, by the author with an accepted co-author, an invited one and a former member. */
  async function proposalIn(state: State): Promise<string> {
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, 'Un socle commun', $3, $4) RETURNING id`,
      [groupId, committeeId, state, people.author.id],
    );
    const id = rows[0].id as string;
    await app.sql.query(
      `INSERT INTO proposal_author (proposal_id, user_id, status)
       VALUES ($1, $2, 'accepted'), ($1, $3, 'accepted'), ($1, $4, 'invited'), ($1, $5, 'accepted')`,
      [id, people.author.id, people.coauthor.id, people.invited.id, people.former_author.id],
    );
    await app.sql.query(
      `INSERT INTO proposal_revision (proposal_id, number, title, summary, body, author_id) VALUES ($1, 1, 'Un socle commun', '', '', $2)`,
      [id, people.author.id],
    );
    return id;
  }

  const count = async (sql: string, id: string) => Number((await app.sql.query(sql, [id])).rows[0].count);

  it.each(CASES)('%s, %s by %s: %s', async (state, transition, role, expected) => {
    const id = await proposalIn(state);
    const answer = await people[role].graphql(
      'mutation ($id: ID!, $t: ProposalTransition!) { transitionProposal(proposalId: $id, transition: $t, reason: "Motif") { state } }',
      { id, t: transition },
    );
    expect(answer.errors?.[0]?.extensions.code ?? 'ok').toBe(expected);
    const stored = (await app.sql.query('SELECT state FROM proposal WHERE id = $1', [id])).rows[0].state;
    const steps = await count('SELECT count(*) FROM proposal_transition WHERE proposal_id = $1', id);
    const journal = await count(`SELECT count(*) FROM audit_entry WHERE target_id = $1::text`, id);
    if (expected === 'ok') {
      expect(answer.data!.transitionProposal.state).toBe(WORKFLOW[transition].to);
      expect([stored, steps, journal]).toEqual([WORKFLOW[transition].to, 1, 1]);
    } else {
      expect([stored, steps, journal]).toEqual([state, 0, 0]);
    }
  });

  it.each(STATES.flatMap((state) => ROLES.slice(1).map((role) => [state, role] as const)))(
    'offers in %s to %s exactly the transitions that will work',
    async (state, role) => {
      const id = await proposalIn(state);
      const answer = await people[role].graphql('query ($id: ID!) { proposal(id: $id) { allowedTransitions } }', {
        id,
      });
      const allowed = Object.keys(WORKFLOW).filter((transition) => expectedOutcome(state, transition, role) === 'ok');
      if (state === 'draft' && !readsDrafts.includes(role))
        expect(answer.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      else expect(answer.data!.proposal.allowedTransitions).toEqual(allowed);
    },
  );

  it('lets only a vote open, adopt, reject or return a proposal, and only from the right state', async () => {
    const service = app.t.app.get(ProposalsService);
    const adopted = await proposalIn('voting');
    expect((await service.recordVoteResult(adopted, 'adopted', null)).state).toBe('adopted');
    const rejected = await proposalIn('voting');
    expect((await service.recordVoteResult(rejected, 'rejected', null)).state).toBe('rejected');
    const undecided = await proposalIn('voting');
    expect((await service.recordVoteResult(undecided, 'undecided', 'Quorum non atteint')).state).toBe('submitted');
    const opened = await proposalIn('submitted');
    expect((await service.recordVoteOpened(opened, null)).state).toBe('voting');
    await expect(service.recordVoteOpened(await proposalIn('in_discussion'), null)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const steps = await app.sql.query(
      'SELECT from_state, to_state, actor_id FROM proposal_transition WHERE proposal_id = $1',
      [rejected],
    );
    expect(steps.rows).toEqual([{ from_state: 'voting', to_state: 'rejected', actor_id: null }]);
    for (const state of STATES.filter((candidate) => candidate !== 'voting')) {
      await expect(service.recordVoteResult(await proposalIn(state), 'adopted', null)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
    }
    const byHand = await people.administrator.graphql(
      'mutation ($id: ID!) { transitionProposal(proposalId: $id, transition: adopt) { state } }',
      { id: await proposalIn('voting') },
    );
    expect(byHand.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
