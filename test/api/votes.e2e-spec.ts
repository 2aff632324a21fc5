import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { BallotsService, LedgerService, verifyLedger, VoteLifecycleService, VotesService } from '@ouvroir/votes';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

const run = promisify(execFile);

const CREATE = `mutation ($input: CreateVoteInput!) { createVote(input: $input) { id status eligibleCount turnout } }`;
const CAST = `mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String!, $onBehalfOf: ID) {
  castBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) { receipt vote { turnout } } }`;
const CHANGE = `mutation ($voteId: ID!, $ballot: BallotInput!, $secret: String, $onBehalfOf: ID) {
  changeBallot(voteId: $voteId, ballot: $ballot, secret: $secret, onBehalfOf: $onBehalfOf) { receipt } }`;
const STANDING = `query ($id: ID!) { vote(id: $id) { viewerStanding { voted receipt castBy { displayName } } } }`;
const PROXY = `mutation ($voteId: ID!, $holderId: ID!) { giveProxy(voteId: $voteId, holderId: $holderId) { id } }`;
const REVOKE = `mutation ($voteId: ID!) { revokeProxy(voteId: $voteId) { id } }`;
const READ = `query ($id: ID!) { vote(id: $id) { status turnout finalHash ledgerUrl
  result { outcome quorumReached ballots eligibleVoters for against abstain finalHash
    options { key label rank majorityGrade approvals profile { grade count } } } } }`;
const FIND = `query ($voteId: ID!, $receipt: String!) { ballotByReceipt(voteId: $voteId, receipt: $receipt) { receipt position } }`;

/** A ballot secret as the browser makes it: 128 random bits in base64url. */
const newSecret = () => randomBytes(16).toString('base64url');
const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();
const codeOf = (answer: { errors?: { extensions: { code: string } }[] }) => answer.errors?.[0]?.extensions.code;

describe('votes', () => {
  let app: PeopleApp;
  let helene: Person, marc: Person, aicha: Person, claire: Person, samir: Person;
  let domainId: string, committeeId: string, groupId: string;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('helene'),
      account('marc'),
      account('aicha'),
      account('claire'),
      account('samir'),
      account('karim'),
    ]);
    [helene, marc, aicha, claire, samir] = await Promise.all(
      ['helene', 'marc', 'aicha', 'claire', 'samir'].map((login) => app.signIn(login)),
    );
    domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    committeeId = await group('committee', null);
    groupId = await group('working_group', committeeId);
    for (const [person, role] of [
      [helene, 'facilitator'],
      [marc, 'voter'],
      [aicha, 'voter'],
      [claire, 'voter'],
      [samir, 'observer'],
    ] as const) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        committeeId,
        person.id,
        role,
      ]);
    }
  });
  afterAll(() => app?.close());

  async function group(kind: string, committee: string | null, visibility = 'public'): Promise<string> {
    const { rows } = await app.sql.query(
      `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy, committee_id)
       VALUES ($1, $2, $3, $3, $4, 'open', $5) RETURNING id`,
      [domainId, kind, `${kind}-${randomBytes(3).toString('hex')}`, visibility, committee],
    );
    return rows[0].id;
  }

  async function submittedProposal(): Promise<string> {
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, 'Un annuaire des logiciels libres', 'submitted', $3) RETURNING id`,
      [groupId, committeeId, marc.id],
    );
    return rows[0].id;
  }

  const proposalVote = async (extra: Record<string, unknown> = {}) => {
    const answer = await helene.graphql(CREATE, {
      input: {
        committeeId,
        proposalId: await submittedProposal(),
        method: 'for_against_abstain',
        threshold: 'simple_majority',
        quorumPercent: 50,
        secret: true,
        ballotChanges: false,
        closesAt: inAnHour(),
        ...extra,
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createVote.id as string;
  };

  const optionsVote = async (method: string, extra: Record<string, unknown> = {}) => {
    const answer = await helene.graphql(CREATE, {
      input: {
        committeeId,
        title: 'Le logiciel de l’année',
        method,
        options: ['GCompris', 'LibreOffice', 'Scratch'],
        quorumPercent: 0,
        secret: false,
        ballotChanges: true,
        closesAt: inAnHour(),
        ...extra,
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createVote.id as string;
  };

  const cancelIt = async (id: string) =>
    expect(
      codeOf(await helene.graphql(`mutation ($id: ID!) { cancelVote(id: $id, reason: "Fin du test") { id } }`, { id })),
    ).toBeUndefined();

  /** Friday 18:00 arrives: the closing time is now, by the database clock. */
  const closingTimeComes = (voteId: string) =>
    app.sql.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);

  const written = async (voteId: string) =>
    (
      await app.sql.query(
        `SELECT (SELECT count(*) FROM ballot WHERE vote_id = $1) AS ballots,
                (SELECT count(*) FROM vote_participation WHERE vote_id = $1) AS participations,
                (SELECT count(*) FROM vote_ledger_entry WHERE vote_id = $1) AS entries,
                (SELECT count(*) FROM vote_proxy WHERE vote_id = $1) AS proxies`,
        [voteId],
      )
    ).rows[0];

  it('holds a secret vote on a proposal, with a proxy, closes it once on concurrent reads and publishes a ledger that verifies (journey 3)', async () => {
    const voteId = await proposalVote();
    const state = async () =>
      (
        await app.sql.query('SELECT p.state FROM proposal p JOIN vote v ON v.proposal_id = p.id WHERE v.id = $1', [
          voteId,
        ])
      ).rows[0].state;
    expect(await state()).toBe('voting');
    expect((await helene.graphql(READ, { id: voteId })).data!.vote).toMatchObject({ status: 'open', turnout: 0 });

    expect(codeOf(await aicha.graphql(PROXY, { voteId, holderId: marc.id }))).toBeUndefined();
    const own = await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } });
    expect(own.data!.castBallot.receipt).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const forAicha = await marc.graphql(CAST, {
      secret: newSecret(),
      voteId,
      ballot: { position: 'for' },
      onBehalfOf: aicha.id,
    });
    expect(forAicha.data!.castBallot.vote.turnout).toBe(2);
    expect(codeOf(await aicha.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'against' } }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await aicha.graphql(REVOKE, { voteId }))).toBe('CONFLICT');

    // During the vote: turnout only, and a receipt only confirms the ballot is in the box.
    const during = (await claire.graphql(READ, { id: voteId })).data!.vote;
    expect(during).toMatchObject({ turnout: 2, result: null, finalHash: null, ledgerUrl: null });
    const receipt = own.data!.castBallot.receipt as string;
    const found = (await marc.graphql(FIND, { voteId, receipt: receipt.toLowerCase().replace(/-/g, ' ') })).data!;
    expect(found.ballotByReceipt).toEqual({ receipt, position: null });
    expect((await app.t.http.get(`/votes/${voteId}/ledger.json`)).status).toBe(409);

    await claire.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'against' } });
    await closingTimeComes(voteId);
    const reads = await Promise.all(
      [helene, marc, aicha, claire, samir, app.anonymous].map((p) => p.graphql(READ, { id: voteId })),
    );
    for (const read of reads) {
      expect(read.data!.vote).toMatchObject({
        status: 'closed',
        result: {
          outcome: 'adopted',
          quorumReached: true,
          ballots: 3,
          eligibleVoters: 3,
          for: 2,
          against: 1,
          abstain: 0,
        },
      });
    }
    const counted = await app.sql.query(
      `SELECT (SELECT count(*) FROM audit_entry WHERE action = 'vote_closed' AND target_id = $1::text) AS closings,
              (SELECT count(*) FROM proposal_transition t JOIN vote v ON v.proposal_id = t.proposal_id WHERE v.id = $1::uuid AND t.to_state = 'adopted') AS adoptions`,
      [voteId],
    );
    expect(counted.rows[0]).toEqual({ closings: '1', adoptions: '1' });
    expect(await state()).toBe('adopted');
    expect((await marc.graphql(FIND, { voteId, receipt })).data!.ballotByReceipt.position).toBe('for');

    const response = await app.t.http.get(`/votes/${voteId}/ledger.json`);
    expect(response.status).toBe(200);
    const ledger = response.text;
    const verification = verifyLedger(ledger);
    expect(verification).toMatchObject({ ok: true, problems: [], ballots: 3 });
    expect(verification.finalHash).toBe(reads[0].data!.vote.finalHash);
    const published = JSON.parse(ledger);
    expect(published.entries.map((entry: { receipt: string }) => entry.receipt)).toContain(receipt);
    expect(ledger).not.toContain(marc.id);
    expect(ledger).not.toContain(aicha.id);

    // Any altered byte fails the verifier.
    for (let i = 0; i < ledger.length; i += 1) {
      const altered = ledger.slice(0, i) + (ledger[i] === '1' ? '2' : '1') + ledger.slice(i + 1);
      expect(verifyLedger(altered).ok).toBe(false);
    }

    // The project's own verifier, as anyone would run it.
    const folder = mkdtempSync(join(tmpdir(), 'ouvroir-ledger-'));
    try {
      const file = join(folder, 'ledger.json');
      writeFileSync(file, ledger);
      const verified = await run('npm', ['run', '--silent', 'verify:vote', '--', file], { cwd: projectRoot });
      expect(verified.stdout).toContain('Registre vérifié : 3 bulletin(s)');
      writeFileSync(file, ledger.replace('"against":1', '"against":0'));
      await expect(
        run('npm', ['run', '--silent', 'verify:vote', '--', file], { cwd: projectRoot }),
      ).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('Registre NON vérifié'),
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses bad ballots and proxies with a clear error, recording nothing', async () => {
    const voteId = await proposalVote();
    const before = await written(voteId);
    const refusals: [Person, string, Record<string, unknown>, string][] = [
      [app.anonymous, CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }, 'UNAUTHENTICATED'],
      [samir, CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }, 'FORBIDDEN'],
      [marc, CAST, { secret: newSecret(), voteId, ballot: { approved: ['o1'] } }, 'BAD_USER_INPUT'],
      [marc, CAST, { secret: newSecret(), voteId, ballot: {} }, 'BAD_USER_INPUT'],
      [marc, CAST, { secret: newSecret(), voteId, ballot: { position: 'for' }, onBehalfOf: aicha.id }, 'FORBIDDEN'],
      [marc, CAST, { secret: newSecret(), voteId: randomUUID(), ballot: { position: 'for' } }, 'NOT_FOUND'],
      [marc, PROXY, { voteId, holderId: samir.id }, 'BAD_USER_INPUT'],
      [marc, PROXY, { voteId, holderId: marc.id }, 'BAD_USER_INPUT'],
      [marc, REVOKE, { voteId }, 'NOT_FOUND'],
      [marc, CHANGE, { voteId, ballot: { position: 'for' } }, 'CONFLICT'],
    ];
    for (const [person, operation, variables, code] of refusals) {
      const answer = await person.graphql(operation, variables);
      expect([operation.slice(0, 40), variables, codeOf(answer)]).toEqual([operation.slice(0, 40), variables, code]);
      expect(answer.errors![0].message).toMatch(/[a-zé]/);
    }
    expect(await written(voteId)).toEqual(before);

    // One proxy held at most; a second ballot where changes are not allowed.
    expect(codeOf(await aicha.graphql(PROXY, { voteId, holderId: marc.id }))).toBeUndefined();
    expect(codeOf(await claire.graphql(PROXY, { voteId, holderId: marc.id }))).toBe('CONFLICT');
    await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'abstain' } });
    const once = await written(voteId);
    expect(codeOf(await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await marc.graphql(CHANGE, { voteId, ballot: { position: 'for' } }))).toBe('CONFLICT');
    expect(await written(voteId)).toEqual(once);

    // A voter added after opening is not on the roll.
    const late = await app.signIn('karim');
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'voter')`, [
      committeeId,
      late.id,
    ]);
    try {
      expect(codeOf(await late.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }))).toBe(
        'FORBIDDEN',
      );
    } finally {
      await app.sql.query('DELETE FROM membership WHERE group_id = $1 AND user_id = $2', [committeeId, late.id]);
    }

    // After closing, and before opening.
    await closingTimeComes(voteId);
    expect(codeOf(await claire.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }))).toBe(
      'CONFLICT',
    );
    const later = await optionsVote('approval', {
      opensAt: inAnHour(),
      closesAt: new Date(Date.now() + 7200_000).toISOString(),
    });
    expect(
      codeOf(await claire.graphql(CAST, { secret: newSecret(), voteId: later, ballot: { approved: ['o1'] } })),
    ).toBe('CONFLICT');
    expect(await written(later)).toEqual({ ballots: '0', participations: '0', entries: '0', proxies: '0' });
  });

  it('refuses votes that cannot be held', async () => {
    const proposalId = await submittedProposal();
    const base = { committeeId, quorumPercent: 50, secret: true, ballotChanges: false, closesAt: inAnHour() };
    const faa = { ...base, proposalId, method: 'for_against_abstain', threshold: 'simple_majority' };
    const cases: [Person, Record<string, unknown>, string][] = [
      [marc, faa, 'FORBIDDEN'],
      [helene, { ...faa, closesAt: new Date(Date.now() - 60_000).toISOString() }, 'BAD_USER_INPUT'],
      [helene, { ...faa, threshold: null }, 'BAD_USER_INPUT'],
      [helene, { ...faa, quorumPercent: 120 }, 'BAD_USER_INPUT'],
      [helene, { ...faa, method: 'approval' }, 'BAD_USER_INPUT'],
      [
        helene,
        { ...base, method: 'for_against_abstain', threshold: 'two_thirds', title: 'Sans proposition' },
        'BAD_USER_INPUT',
      ],
      [helene, { ...base, method: 'approval', title: 'Doublons', options: ['A', 'a'] }, 'BAD_USER_INPUT'],
      [helene, { ...base, method: 'approval', title: 'Une seule', options: ['A'] }, 'BAD_USER_INPUT'],
      [helene, { ...base, method: 'approval', title: '', options: ['A', 'B'] }, 'BAD_USER_INPUT'],
      [helene, { ...faa, committeeId: groupId }, 'FORBIDDEN'],
    ];
    for (const [person, input, code] of cases) {
      expect([input, codeOf(await person.graphql(CREATE, { input }))]).toEqual([input, code]);
    }
    expect((await app.sql.query('SELECT count(*) FROM vote WHERE proposal_id = $1', [proposalId])).rows[0].count).toBe(
      '0',
    );
    expect(codeOf(await helene.graphql(CREATE, { input: faa }))).toBeUndefined();
    expect(codeOf(await helene.graphql(CREATE, { input: faa }))).toBe('CONFLICT');
    const voteId = (await app.sql.query('SELECT id FROM vote WHERE proposal_id = $1', [proposalId])).rows[0].id;
    const cancel = `mutation ($id: ID!, $reason: String!) { cancelVote(id: $id, reason: $reason) { status cancelReason } }`;
    expect(codeOf(await helene.graphql(cancel, { id: voteId, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await marc.graphql(cancel, { id: voteId, reason: 'Non' }))).toBe('FORBIDDEN');
    const cancelled = await helene.graphql(cancel, { id: voteId, reason: 'Le texte doit être relu.' });
    expect(cancelled.data!.cancelVote).toEqual({ status: 'cancelled', cancelReason: 'Le texte doit être relu.' });
    expect((await app.sql.query('SELECT state FROM proposal WHERE id = $1', [proposalId])).rows[0].state).toBe(
      'submitted',
    );
  });

  it('opens a scheduled vote at its time or on demand, or cancels it when it cannot be held; lists the agenda', async () => {
    const later = { opensAt: inAnHour(), closesAt: new Date(Date.now() + 7200_000).toISOString() };
    const scheduled = await proposalVote(later);
    const open = await proposalVote();
    const agenda = async (section: string) =>
      (
        await marc.graphql(
          `query ($slug: String!, $section: AgendaSection!) { group(slug: $slug) { votes(section: $section, first: 20) { nodes { id } } } }`,
          {
            slug: (await app.sql.query('SELECT slug FROM work_group WHERE id = $1', [committeeId])).rows[0].slug,
            section,
          },
        )
      ).data!.group.votes.nodes.map((node: { id: string }) => node.id);
    expect(await agenda('upcoming')).toContain(scheduled);
    expect(await agenda('open')).toContain(open);
    expect(await agenda('open')).not.toContain(scheduled);

    // Its proposal was withdrawn before the opening time: the vote cannot be held.
    await app.sql.query(
      `UPDATE proposal SET state = 'withdrawn' WHERE id = (SELECT proposal_id FROM vote WHERE id = $1)`,
      [scheduled],
    );
    await app.sql.query('UPDATE vote SET opens_at = clock_timestamp() WHERE id = $1', [scheduled]);
    const read = await marc.graphql(`query ($id: ID!) { vote(id: $id) { status cancelReason } }`, { id: scheduled });
    expect(read.data!.vote).toEqual({
      status: 'cancelled',
      cancelReason: 'La proposition n’était plus soumise au comité à l’ouverture.',
    });
    expect(await agenda('closed')).toContain(scheduled);

    // « Ouvrir maintenant » in a committee without voters.
    const empty = await group('committee', null);
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      empty,
      helene.id,
    ]);
    const created = await helene.graphql(CREATE, {
      input: {
        committeeId: empty,
        title: 'Sans votants',
        method: 'approval',
        options: ['A', 'B'],
        quorumPercent: 0,
        secret: true,
        ballotChanges: false,
        ...later,
      },
    });
    expect(created.data!.createVote.status).toBe('scheduled');
    const opened = await helene.graphql(`mutation ($id: ID!) { openVote(id: $id) { status cancelReason } }`, {
      id: created.data!.createVote.id,
    });
    expect(opened.data!.openVote).toEqual({
      status: 'cancelled',
      cancelReason: 'Le comité n’avait aucun votant à l’ouverture du scrutin.',
    });
  });

  it('shows the vote of a members-only committee on a public proposal to the proposal’s readers, its ledger to the committee only', async () => {
    const hidden = await group('committee', null, 'members');
    const workingGroup = await group('working_group', hidden);
    for (const [person, role] of [
      [helene, 'facilitator'],
      [marc, 'voter'],
    ] as const) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        hidden,
        person.id,
        role,
      ]);
    }
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, 'Une charte', 'submitted', $3) RETURNING id`,
      [workingGroup, hidden, marc.id],
    );
    const created = await helene.graphql(CREATE, {
      input: {
        committeeId: hidden,
        proposalId: rows[0].id,
        method: 'for_against_abstain',
        threshold: 'two_thirds',
        quorumPercent: 0,
        secret: false,
        ballotChanges: false,
        closesAt: inAnHour(),
      },
    });
    const voteId = created.data!.createVote.id;
    const votesOn = async (person: Person) =>
      (await person.graphql(`query ($id: ID!) { proposal(id: $id) { state votes { id } } }`, { id: rows[0].id })).data!
        .proposal;
    // Whoever reads the public proposal sees its vote (docs/votes.md), not the committee.
    for (const person of [marc, app.anonymous, claire]) {
      expect(await votesOn(person)).toEqual({ state: 'voting', votes: [{ id: voteId }] });
    }
    const seen = await app.anonymous.graphql(`query ($id: ID!) { vote(id: $id) { turnout committee { id } } }`, {
      id: voteId,
    });
    expect(seen.data!.vote).toEqual({ turnout: 0, committee: null });
    expect(codeOf(await claire.graphql(CAST, { secret: newSecret(), voteId, ballot: { position: 'for' } }))).toBe(
      'FORBIDDEN',
    );
    await closingTimeComes(voteId);
    // A public vote's ledger names the voters: it stays with those who see the committee.
    expect((await app.t.http.get(`/votes/${voteId}/ledger.json`)).status).toBe(404);
    const closed = await app.anonymous.graphql(`query ($id: ID!) { vote(id: $id) { status ledgerUrl } }`, {
      id: voteId,
    });
    expect(closed.data!.vote).toEqual({ status: 'closed', ledgerUrl: null });
  });

  it('publishes who chose what in a public majority-judgment vote, with changed ballots in the ledger', async () => {
    const voteId = await optionsVote('majority_judgment');
    const grades = (g1: string, g2: string, g3: string) => ({
      grades: [
        { option: 'o1', grade: g1 },
        { option: 'o2', grade: g2 },
        { option: 'o3', grade: g3 },
      ],
    });
    expect(
      codeOf(
        await marc.graphql(CAST, {
          secret: newSecret(),
          voteId,
          ballot: { grades: grades('good', 'good', 'good').grades.slice(1) },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: grades('good', 'good', 'unknown') })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await marc.graphql(CAST, {
          secret: newSecret(),
          voteId,
          ballot: { grades: [...grades('good', 'good', 'good').grades, { option: 'o9', grade: 'good' }] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: grades('excellent', 'passable', 'reject') });
    await aicha.graphql(CAST, { secret: newSecret(), voteId, ballot: grades('good', 'very_good', 'insufficient') });
    await claire.graphql(CAST, { secret: newSecret(), voteId, ballot: grades('reject', 'good', 'fairly_good') });
    expect(
      codeOf(await claire.graphql(CHANGE, { voteId, ballot: grades('fairly_good', 'good', 'fairly_good') })),
    ).toBeUndefined();
    await closingTimeComes(voteId);
    const result = (await marc.graphql(READ, { id: voteId })).data!.vote.result;
    // o1: excellent, good, fairly_good and o2: very_good, good, passable both have « good »; set one « good »
    // aside from each: o1 keeps excellent, fairly_good (lower middle: fairly_good), o2 very_good, passable
    // (passable), so o1 ranks first. o3: fairly_good, insufficient, reject → insufficient.
    expect(result.outcome).toBe('ranked');
    expect(
      result.options.map((option: { label: string; majorityGrade: string }) => [option.label, option.majorityGrade]),
    ).toEqual([
      ['GCompris', 'good'],
      ['LibreOffice', 'good'],
      ['Scratch', 'insufficient'],
    ]);
    const ballots = await marc.graphql(
      `query ($id: ID!) { vote(id: $id) { ballots(first: 10) { totalCount nodes { receipt voter { displayName } grades { option grade } } } } }`,
      { id: voteId },
    );
    expect(ballots.data!.vote.ballots.totalCount).toBe(3);
    expect(
      ballots.data!.vote.ballots.nodes.map((node: { voter: { displayName: string } }) => node.voter.displayName).sort(),
    ).toEqual(['Aicha Test', 'Claire Test', 'Marc Test']);
    const ledger = (await app.t.http.get(`/votes/${voteId}/ledger.json`)).text;
    expect(verifyLedger(ledger)).toMatchObject({ ok: true, ballots: 3 });
    const entries = JSON.parse(ledger).entries;
    expect(entries.map((entry: { kind: string; voter: { name: string } }) => [entry.kind, entry.voter.name])).toEqual([
      ['cast', 'Marc Test'],
      ['cast', 'Aicha Test'],
      ['cast', 'Claire Test'],
      ['change', 'Claire Test'],
    ]);
  });

  it('closes a vote at its time through the job, without any read', async () => {
    const voteId = await optionsVote('approval');
    await marc.graphql(CAST, { secret: newSecret(), voteId, ballot: { approved: ['o2', 'o1'] } });
    // The closing time comes once the ballot is in, by the database clock, and with it the job set
    // for it: however slow the ballot was, it was cast while the vote was open.
    await closingTimeComes(voteId);
    const job = await app.sql.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'vote-settle' AND state = 'created' AND data ->> 'voteId' = $1`,
      [voteId],
    );
    expect(job.rowCount).toBe(1);
    let status = 'open';
    for (let i = 0; i < 80 && status !== 'closed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await app.sql.query('SELECT status FROM vote WHERE id = $1', [voteId])).rows[0].status;
    }
    expect(status).toBe('closed');
    const stored = (await app.sql.query('SELECT tally, result FROM vote WHERE id = $1', [voteId])).rows[0];
    expect(stored.tally.options).toEqual([
      { key: 'o1', approvals: 1 },
      { key: 'o2', approvals: 1 },
      { key: 'o3', approvals: 0 },
    ]);
    expect(stored.result.outcome).toBe('ranked');
  });

  it('answers a retried ballot with the same receipt, and refuses another secret once cast', async () => {
    const voteId = await proposalVote({ ballotChanges: true });
    const secret = newSecret();
    const ballot = { position: 'against' };
    const first = await marc.graphql(CAST, { voteId, ballot, secret });
    expect(codeOf(first)).toBeUndefined();
    const once = await written(voteId);
    // The answer was lost (the server died, the network dropped): the browser sends it again.
    const retried = await marc.graphql(CAST, { voteId, ballot, secret });
    expect(retried.data!.castBallot).toEqual(first.data!.castBallot);
    expect(await written(voteId)).toEqual(once);
    const conflicts = [
      await marc.graphql(CAST, { voteId, ballot: { position: 'for' }, secret }),
      await marc.graphql(CAST, { voteId, ballot, secret: newSecret() }),
      // Someone else's secret casts nothing either.
      await aicha.graphql(CAST, { voteId, ballot, secret }),
    ];
    expect(conflicts.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await written(voteId)).toEqual(once);
    for (const short of ['', 'abc', first.data!.castBallot.receipt]) {
      expect(codeOf(await claire.graphql(CAST, { voteId, ballot, secret: short }))).toBe('BAD_USER_INPUT');
    }
    expect(await written(voteId)).toEqual(once);

    // A public vote: the retry is the voter's own ballot, whatever the secret.
    const open = await optionsVote('approval');
    const cast = await claire.graphql(CAST, { voteId: open, ballot: { approved: ['o2'] }, secret: newSecret() });
    const again = await claire.graphql(CAST, { voteId: open, ballot: { approved: ['o2'] }, secret: newSecret() });
    expect(again.data!.castBallot.receipt).toBe(cast.data!.castBallot.receipt);
    expect((await written(open)).entries).toBe('1');
  });

  it('changes a secret ballot with its secret only: another voter who knows the receipt changes nothing', async () => {
    const voteId = await proposalVote({ ballotChanges: true, quorumPercent: 0 });
    const marcSecret = newSecret();
    const aichaSecret = newSecret();
    const receipt = (await marc.graphql(CAST, { voteId, ballot: { position: 'for' }, secret: marcSecret })).data!
      .castBallot.receipt as string;
    await aicha.graphql(CAST, { voteId, ballot: { position: 'for' }, secret: aichaSecret });
    const before = await written(voteId);
    // Marc showed his receipt; Aicha, who voted too, tries to replace his ballot with it.
    for (const secret of [receipt, receipt.replace(/-/g, ''), newSecret(), undefined]) {
      const answer = await aicha.graphql(CHANGE, { voteId, ballot: { position: 'against' }, secret });
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(codeOf(answer));
    }
    expect(await written(voteId)).toEqual(before);
    const own = await aicha.graphql(CHANGE, { voteId, ballot: { position: 'abstain' }, secret: aichaSecret });
    expect(codeOf(own)).toBeUndefined();
    const changed = await marc.graphql(CHANGE, { voteId, ballot: { position: 'against' }, secret: marcSecret });
    expect(changed.data!.changeBallot.receipt).toBe(receipt);
    await closingTimeComes(voteId);
    expect((await claire.graphql(FIND, { voteId, receipt })).data!.ballotByReceipt.position).toBe('against');
    const stored = await app.sql.query('SELECT change_key_hash FROM ballot WHERE vote_id = $1', [voteId]);
    for (const { change_key_hash: hash } of stored.rows) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).not.toContain(marcSecret);
    }
  });

  it('tells a proxy giver that their ballot was cast, and refuses to revoke a used proxy', async () => {
    for (const secret of [true, false]) {
      const voteId = secret
        ? await proposalVote({ ballotChanges: true })
        : await optionsVote('approval', { secret: false });
      const ballot = secret ? { position: 'for' } : { approved: ['o1'] };
      expect(codeOf(await aicha.graphql(PROXY, { voteId, holderId: marc.id }))).toBeUndefined();
      expect((await aicha.graphql(STANDING, { id: voteId })).data!.vote.viewerStanding).toEqual({
        voted: false,
        receipt: null,
        castBy: null,
      });
      const holderSecret = newSecret();
      const cast = await marc.graphql(CAST, { voteId, ballot, secret: holderSecret, onBehalfOf: aicha.id });
      const receipt = cast.data!.castBallot.receipt;
      // The giver sees their ballot is in, by whom; the receipt only where the ballot is public.
      expect((await aicha.graphql(STANDING, { id: voteId })).data!.vote.viewerStanding).toEqual({
        voted: true,
        receipt: secret ? null : receipt,
        castBy: { displayName: 'Marc Test' },
      });
      // The receipt the holder passes on finds the ballot.
      expect((await aicha.graphql(FIND, { voteId, receipt })).data!.ballotByReceipt.receipt).toBe(receipt);
      const revoked = await aicha.graphql(REVOKE, { voteId });
      expect(revoked.errors![0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'proxy_used' } });
      // The giver never changes it; the holder does, with the secret they cast it with.
      expect(codeOf(await aicha.graphql(CHANGE, { voteId, ballot, secret: holderSecret }))).toBe('CONFLICT');
      const change = await marc.graphql(CHANGE, { voteId, ballot, secret: holderSecret, onBehalfOf: aicha.id });
      expect(change.data!.changeBallot.receipt).toBe(receipt);
      await cancelIt(voteId);
    }
    // An unused proxy is revoked, and its giver votes themselves.
    const voteId = await proposalVote();
    expect(codeOf(await claire.graphql(PROXY, { voteId, holderId: aicha.id }))).toBeUndefined();
    expect(codeOf(await claire.graphql(REVOKE, { voteId }))).toBeUndefined();
    expect(codeOf(await claire.graphql(CAST, { voteId, ballot: { position: 'for' }, secret: newSecret() }))).toBe(
      undefined,
    );
  });

  it('writes nothing on a secret ballot that dates it or leads to its voter: no session, no time, no order', async () => {
    const voteId = await proposalVote({ ballotChanges: true, quorumPercent: 0 });
    const people = [marc, aicha, claire];
    const sessionsOf = async () =>
      (await app.sql.query(`SELECT sess::text AS sess, xmin::text AS xmin, expire FROM user_session`)).rows.filter(
        (row) => people.some((person) => row.sess.includes(person.id!)),
      );
    const voteRow = () => app.sql.query('SELECT updated_at, xmin::text AS xmin FROM vote WHERE id = $1', [voteId]);
    // Each voter loads the page first; then only ballots.
    for (const person of people) await person.graphql(READ, { id: voteId });
    const sessions = await sessionsOf();
    expect(sessions.length).toBeGreaterThanOrEqual(people.length);
    const updatedAt = (await voteRow()).rows[0].updated_at;
    const secrets = people.map(() => newSecret());
    for (const [i, person] of people.entries()) {
      const answer = await person.graphql(CAST, { voteId, ballot: { position: 'for' }, secret: secrets[i] });
      expect(codeOf(answer)).toBeUndefined();
    }
    await marc.graphql(CHANGE, { voteId, ballot: { position: 'abstain' }, secret: secrets[0] });
    // The sessions were not written by the ballots: same transaction ids, same expiry.
    expect(await sessionsOf()).toEqual(sessions);
    // The vote row counts the ballots but keeps its date.
    expect((await voteRow()).rows[0].updated_at).toEqual(updatedAt);
    // Every participation row was written by the last ballot's transaction; the ballots' own
    // transaction ids are those of their ledger entries, whose order is published anyway.
    const xmins = async (table: string, order = 'ctid') =>
      (
        await app.sql.query(`SELECT xmin::text AS xmin FROM ${table} WHERE vote_id = $1 ORDER BY ${order}`, [voteId])
      ).rows.map((row) => row.xmin as string);
    const [participation, ballots, entries, vote] = await Promise.all([
      xmins('vote_participation'),
      xmins('ballot'),
      xmins('vote_ledger_entry', 'seq'),
      voteRow().then((r) => r.rows[0].xmin as string),
    ]);
    expect(participation).toHaveLength(3);
    expect(new Set(participation)).toEqual(new Set([entries[2]]));
    expect(ballots.every((xmin) => entries.includes(xmin))).toBe(true);
    expect(vote).toBe(entries[3]);
    const dated = await app.sql.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('ballot', 'vote_ledger_entry', 'vote_participation')
         AND data_type ~ '(time|date)'`,
    );
    expect(dated.rows).toEqual([]);
  });

  it('refuses a public vote on a proposal its group keeps to its members, which would publish its title', async () => {
    const hiddenGroup = await group('working_group', committeeId, 'members');
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, 'Un titre réservé', 'submitted', $3) RETURNING id`,
      [hiddenGroup, committeeId, marc.id],
    );
    const input = {
      committeeId,
      proposalId: rows[0].id,
      method: 'for_against_abstain',
      threshold: 'simple_majority',
      quorumPercent: 0,
      secret: true,
      ballotChanges: false,
      closesAt: inAnHour(),
    };
    const refused = await helene.graphql(CREATE, { input });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', details: { reason: 'proposal_hidden' } });
    expect((await app.sql.query('SELECT count(*) FROM vote WHERE proposal_id = $1', [rows[0].id])).rows[0].count).toBe(
      '0',
    );
    // A scheduled vote whose group became members-only before its opening is cancelled then.
    await app.sql.query(`UPDATE work_group SET visibility = 'public' WHERE id = $1`, [hiddenGroup]);
    const scheduled = await helene.graphql(CREATE, {
      input: { ...input, opensAt: inAnHour(), closesAt: new Date(Date.now() + 7200_000).toISOString() },
    });
    const id = scheduled.data!.createVote.id;
    await app.sql.query(`UPDATE work_group SET visibility = 'members' WHERE id = $1`, [hiddenGroup]);
    await app.sql.query('UPDATE vote SET opens_at = clock_timestamp() WHERE id = $1', [id]);
    const read = await app.anonymous.graphql(`query ($id: ID!) { vote(id: $id) { status ledgerUrl } }`, { id });
    expect(read.data!.vote).toEqual({ status: 'cancelled', ledgerUrl: null });
    const header = await app.sql.query('SELECT ledger_header FROM vote WHERE id = $1', [id]);
    expect(header.rows[0].ledger_header).toBeNull();
  });

  it('records 200 voters casting at once, with duplicates and changes, to the exact tally; nothing stored links a voter to a choice', async () => {
    const voters = 200;
    const committee = await group('committee', null);
    const ids: string[] = [];
    for (let i = 0; i < voters; i += 1) ids.push(randomUUID());
    await app.sql.query(
      `INSERT INTO user_account (id, display_name, email, platform_role)
       SELECT id, 'Votant ' || n, 'votant' || n || '-' || $2 || '@ac-test.fr', 'member' FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [ids, randomBytes(3).toString('hex')],
    );
    await app.sql.query(
      `INSERT INTO membership (group_id, user_id, role) SELECT $1, id, 'voter' FROM unnest($2::uuid[]) AS t(id)`,
      [committee, ids],
    );
    await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'facilitator')`, [
      committee,
      helene.id,
    ]);
    const lifecycle = app.t.app.get(VoteLifecycleService);
    const ballots = app.t.app.get(BallotsService);
    const actor = (id: string): Actor => ({
      id,
      platformRole: 'member',
      displayName: id,
      session: { userId: id, providerId: 'academie', authenticatedAt: Date.now() },
    });
    const vote = await lifecycle.create(actor(helene.id!), {
      committeeId: committee,
      title: 'Le logiciel de l’année',
      method: 'approval',
      options: ['GCompris', 'LibreOffice', 'Scratch', 'Inkscape'],
      quorumPercent: 50,
      secret: true,
      ballotChanges: true,
      closesAt: new Date(Date.now() + 3600_000),
    });
    const keys = ['o1', 'o2', 'o3', 'o4'];
    const pick = (i: number, salt: number) => keys.filter((_, k) => ((i * 7 + salt * 3) >> k) & 1);
    const outcomes = await Promise.all(
      ids.map(async (id, i) => {
        const secrets = [newSecret(), newSecret()];
        const casting = ballots.cast(actor(id), vote.id, { approved: pick(i, 0) }, secrets[0]);
        // A quarter also send a different ballot at once: exactly one of the two may land. Another
        // quarter send the same one twice, as a retry after a lost answer: both get its receipt.
        const duplicate =
          i % 4 === 0
            ? ballots.cast(actor(id), vote.id, { approved: pick(i, 5) }, secrets[1])
            : i % 4 === 1
              ? ballots.cast(actor(id), vote.id, { approved: pick(i, 0) }, secrets[0])
              : null;
        const settled = await Promise.allSettled([casting, ...(duplicate ? [duplicate] : [])]);
        const landed = settled.filter((s) => s.status === 'fulfilled') as PromiseFulfilledResult<{ receipt: string }>[];
        expect(landed).toHaveLength(i % 4 === 1 ? 2 : 1);
        expect(new Set(landed.map((l) => l.value.receipt)).size).toBe(1);
        for (const refused of settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected')) {
          expect(refused.reason.code).toBe('CONFLICT');
        }
        const first = !(i % 4 === 0 && settled[0].status === 'rejected');
        const chosen = first ? pick(i, 0) : pick(i, 5);
        // Every third changes their ballot with their secret.
        if (i % 3 === 0) {
          const changed = await ballots.changeBallot(
            actor(id),
            vote.id,
            { approved: pick(i, 9) },
            secrets[first ? 0 : 1],
          );
          expect(changed.receipt).toBe(landed[0].value.receipt);
          return { id, chosen: pick(i, 9), receipt: landed[0].value.receipt };
        }
        return { id, chosen, receipt: landed[0].value.receipt };
      }),
    );
    const expected = keys.map((key) => outcomes.filter((o) => o.chosen.includes(key)).length);

    await closingTimeComes(vote.id);
    const closed = await app.t.app.get(VotesService).get(null, vote.id);
    expect(closed.tally).toEqual({
      ballots: voters,
      options: keys.map((key, k) => ({ key, approvals: expected[k] })),
    });
    const { json } = await app.t.app.get(LedgerService).published(null, vote.id);
    expect(verifyLedger(json)).toMatchObject({ ok: true, ballots: voters });
    expect(JSON.parse(json).entries).toHaveLength(voters + Math.ceil(voters / 3));

    // Unlinkability: no row of any table holds both a participant's id and a receipt or a choice.
    const receipts = outcomes.map((o) => o.receipt);
    const tables = (
      await app.sql.query(
        `SELECT table_schema, table_name FROM information_schema.tables
         WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      )
    ).rows as { table_schema: string; table_name: string }[];
    expect(tables.length).toBeGreaterThan(20);
    const tablesWithReceipts: string[] = [];
    for (const { table_schema: schema, table_name: table } of tables) {
      const { rows } = await app.sql.query(`SELECT t::text AS row FROM "${schema}"."${table}" t`);
      for (const { row } of rows as { row: string }[]) {
        const holdsReceipt = receipts.some((receipt) => row.includes(receipt));
        if (holdsReceipt) tablesWithReceipts.push(`${schema}.${table}`);
        if (holdsReceipt || row.includes('"approved"')) {
          expect([table, ids.filter((id) => row.includes(id))]).toEqual([table, []]);
        }
      }
    }
    expect([...new Set(tablesWithReceipts)].sort()).toEqual(['public.ballot', 'public.vote_ledger_entry']);
    // Those tables have no time, and no column pointing at a person.
    const columns = (
      await app.sql.query(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name IN ('ballot', 'vote_ledger_entry', 'vote_participation')`,
      )
    ).rows;
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
    const secretRows = await app.sql.query(
      'SELECT count(*) FILTER (WHERE voter_id IS NOT NULL OR cast_by IS NOT NULL) AS named FROM ballot WHERE vote_id = $1',
      [vote.id],
    );
    expect(secretRows.rows[0].named).toBe('0');
    // Participation: no date, in the voters' order on disk, all rows written by one transaction.
    const participation = await app.sql.query(
      `SELECT voter_id, xmin::text AS xmin FROM vote_participation WHERE vote_id = $1 ORDER BY ctid`,
      [vote.id],
    );
    expect(participation.rows.map((row) => row.voter_id)).toEqual([...ids].sort());
    expect(new Set(participation.rows.map((row) => row.xmin)).size).toBe(1);
  });
});
