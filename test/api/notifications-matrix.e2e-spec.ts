import { randomBytes } from 'node:crypto';
import { account, PeopleApp, Person, startPeopleApp } from '../support/people';
import { jobsDone } from '../support/jobs';
import { eventually, startTestSmtp, TestSmtp } from '../support/smtp';

/**
 * Each kind of event → the notifications and mails of the right people and no one else: the
 * invitations (nominative and by e-mail), co-authorship, amendments, mentions, a proposal's moves,
 * and a vote's life (opened, the reminder to those who have not voted, proxies, closed).
 */
const newSecret = () => randomBytes(16).toString('base64url');

describe('notifications: who learns of each act', () => {
  let smtp: TestSmtp;
  let app: PeopleApp;
  const people: Record<string, Person> = {};
  const logins = ['helene', 'marc', 'aicha', 'claire', 'samir', 'karim', 'yann'];
  let groupId: string;
  let committeeId: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startPeopleApp(
      logins.map((login) => account(login)),
      { SMTP_URL: smtp.url },
    );
    for (const login of logins) people[login] = await app.signIn(login);
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const group = async (kind: string, visibility: string, committee: string | null) =>
      (
        await app.sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy, committee_id)
           VALUES ($1, $2, $3, $3, $4, 'open', $5) RETURNING id`,
          [domainId, kind, `${kind}-${randomBytes(3).toString('hex')}`, visibility, committee],
        )
      ).rows[0].id as string;
    committeeId = await group('committee', 'members', null);
    groupId = await group('working_group', 'members', committeeId);
    const roles: [string, string, string][] = [
      [groupId, 'samir', 'facilitator'],
      [groupId, 'claire', 'member'],
      [groupId, 'karim', 'member'],
      [committeeId, 'helene', 'facilitator'],
      [committeeId, 'marc', 'voter'],
      [committeeId, 'aicha', 'voter'],
      [committeeId, 'claire', 'voter'],
    ];
    for (const [id, login, role] of roles) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        id,
        people[login].id,
        role,
      ]);
    }
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  async function ok<T = Record<string, unknown>>(
    person: Person,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const answer = await person.graphql<T>(query, variables);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }

  const settled = () => jobsDone(app.sql, ['domain-event', 'mail']);

  /** Since `mark`, each person's new notifications of `kind`, by login (those with none left out). */
  async function told(
    kind: string,
    since: Date,
  ): Promise<Record<string, { count: number; data: Record<string, unknown> }>> {
    await settled();
    const { rows } = await app.sql.query(
      `SELECT recipient_id, count, data FROM notification WHERE kind = $1 AND updated_at >= $2`,
      [kind, since],
    );
    const loginOf = (id: string) => logins.find((login) => people[login].id === id)!;
    return Object.fromEntries(rows.map((row) => [loginOf(row.recipient_id), { count: row.count, data: row.data }]));
  }

  const mailsSince = (count: number) => smtp.mails.slice(count);
  const recipientsOf = (mails: typeof smtp.mails) =>
    mails.flatMap((mail) => mail.to.map((to) => to.split('@')[0])).sort();

  it('notifies a nominative invitation to its addressee and mails an invitation by e-mail to its address', async () => {
    const since = new Date();
    const sent = smtp.mails.length;
    const mutation = `mutation ($g: ID!, $input: InvitationInput!) { inviteToGroup(groupId: $g, input: $input) { link } }`;
    await ok(people.samir, mutation, { g: groupId, input: { userId: people.yann.id, role: 'member' } });
    const byMail = await ok<{ inviteToGroup: { link: string } }>(people.samir, mutation, {
      g: groupId,
      input: { email: 'invitee@ac-test.fr', role: 'member' },
    });
    expect(Object.keys(await told('group_invitation', since))).toEqual(['yann']);
    await eventually('both mails', () => smtp.mails.length >= sent + 2);
    const mails = mailsSince(sent);
    expect(recipientsOf(mails)).toEqual(['invitee', 'yann']);
    const invitation = mails.find((mail) => mail.to.includes('invitee@ac-test.fr'))!;
    expect(invitation.parsed.text).toContain(byMail.inviteToGroup.link);
    expect(invitation.parsed.subject).toMatch(/^Ouvroir : Samir Test vous invite à rejoindre le groupe/);
    // No unsubscribe link to an address without an account.
    expect(invitation.parsed.headerLines.some((header) => header.key === 'list-unsubscribe')).toBe(false);
  });

  it('tells the invited co-author, then the authors of the answer; the authors of an amendment, then its author of the decision', async () => {
    const { createProposal } = await ok<{ createProposal: { id: string } }>(
      people.claire,
      'mutation ($g: ID!) { createProposal(groupId: $g, input: { title: "Socle libre", summary: "R", body: "Texte initial" }) { id } }',
      { g: groupId },
    );
    const id = createProposal.id;
    let since = new Date();
    await ok(people.claire, 'mutation ($id: ID!, $u: ID!) { inviteCoauthor(proposalId: $id, userId: $u) }', {
      id,
      u: people.samir.id,
    });
    expect(Object.keys(await told('coauthor_invited', since))).toEqual(['samir']);

    since = new Date();
    await ok(people.samir, 'mutation ($id: ID!) { respondToCoauthorship(proposalId: $id, accept: true) }', { id });
    const answered = await told('coauthor_answered', since);
    expect(Object.keys(answered)).toEqual(['claire']);
    expect(answered.claire.data).toEqual({ accepted: true });

    since = new Date();
    await ok(
      people.claire,
      'mutation ($id: ID!) { transitionProposal(proposalId: $id, transition: submit_for_discussion) { state } }',
      {
        id,
      },
    );
    // The authors follow their proposal, the group's members its discussion; the mover is not told of her own act.
    const moved = await told('proposal_moved', since);
    expect(Object.keys(moved).sort()).toEqual(['karim', 'samir']);
    expect(moved.samir.data).toEqual({ state: 'in_discussion' });

    since = new Date();
    const { proposeAmendment } = await ok<{ proposeAmendment: { id: string } }>(
      people.karim,
      'mutation ($id: ID!) { proposeAmendment(proposalId: $id, body: "Texte amendé") { id } }',
      { id },
    );
    expect(Object.keys(await told('amendment_proposed', since)).sort()).toEqual(['claire', 'samir']);

    since = new Date();
    await ok(
      people.samir,
      'mutation ($a: ID!) { decideAmendment(amendmentId: $a, accept: false, reason: "Hors sujet") { status } }',
      {
        a: proposeAmendment.id,
      },
    );
    const decided = await told('amendment_decided', since);
    expect(Object.keys(decided)).toEqual(['karim']);
    expect(decided.karim.data).toEqual({ accepted: false });
  });

  it('tells those a message mentions, and only them', async () => {
    const slug = (await app.sql.query('SELECT slug FROM work_group WHERE id = $1', [groupId])).rows[0].slug as string;
    const channel = await ok<{ group: { channel: { id: string } } }>(
      people.samir,
      'query ($slug: String!) { group(slug: $slug) { channel { id } } }',
      { slug },
    );
    const since = new Date();
    await ok(people.samir, 'mutation ($c: ID!, $b: String!) { postMessage(channelId: $c, body: $b) { id } }', {
      c: channel.group.channel.id,
      b: `Bonjour @[Karim Test](${people.karim.id}), peux-tu relire ?`,
    });
    expect(Object.keys(await told('mention', since))).toEqual(['karim']);
  });

  it('tells the roll of a vote’s opening, reminds only those who have not voted, tells of proxies and of the result', async () => {
    const { rows } = await app.sql.query(
      `INSERT INTO proposal (group_id, committee_id, title, state, created_by) VALUES ($1, $2, 'Un annuaire des logiciels libres', 'submitted', $3) RETURNING id`,
      [groupId, committeeId, people.claire.id],
    );
    await app.sql.query(`INSERT INTO proposal_author (proposal_id, user_id, status) VALUES ($1, $2, 'accepted')`, [
      rows[0].id,
      people.karim.id,
    ]);
    let since = new Date();
    const sent = smtp.mails.length;
    const { createVote } = await ok<{ createVote: { id: string } }>(
      people.helene,
      `mutation ($input: CreateVoteInput!) { createVote(input: $input) { id } }`,
      {
        input: {
          committeeId,
          proposalId: rows[0].id,
          method: 'for_against_abstain',
          threshold: 'simple_majority',
          quorumPercent: 0,
          secret: true,
          ballotChanges: false,
          closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        },
      },
    );
    const voteId = createVote.id;
    const opened = await told('vote_opened', since);
    expect(Object.keys(opened).sort()).toEqual(['aicha', 'claire', 'marc']);
    await eventually('the opening mails', () => smtp.mails.length >= sent + 3);
    const openingMails = mailsSince(sent).filter((mail) => mail.parsed.subject?.includes('est ouvert'));
    expect(recipientsOf(openingMails)).toEqual(['aicha', 'claire', 'marc']);
    // The reminder waits for the day before closing.
    const reminder = await app.sql.query(
      `SELECT start_after FROM pgboss.job WHERE name = 'domain-event' AND data->>'kind' = 'vote_closing' AND data->>'voteId' = $1`,
      [voteId],
    );
    expect(reminder.rows).toHaveLength(1);
    expect(new Date(reminder.rows[0].start_after).getTime()).toBeGreaterThan(Date.now() + 86_400_000);

    const cast = `mutation ($v: ID!, $s: String!, $on: ID) { castBallot(voteId: $v, ballot: { position: for }, secret: $s, onBehalfOf: $on) { receipt } }`;
    await ok(people.marc, cast, { v: voteId, s: newSecret() });
    since = new Date();
    await ok(people.aicha, 'mutation ($v: ID!, $h: ID!) { giveProxy(voteId: $v, holderId: $h) { id } }', {
      v: voteId,
      h: people.claire.id,
    });
    expect(Object.keys(await told('proxy_given', since))).toEqual(['claire']);
    since = new Date();
    await ok(people.claire, cast, { v: voteId, s: newSecret(), on: people.aicha.id });
    expect(Object.keys(await told('proxy_used', since))).toEqual(['aicha']);

    // The day before closing comes.
    since = new Date();
    await app.sql.query(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'domain-event' AND data->>'kind' = 'vote_closing' AND data->>'voteId' = $1`,
      [voteId],
    );
    expect(Object.keys(await told('vote_closing', since))).toEqual(['claire']);

    since = new Date();
    await app.sql.query('UPDATE vote SET closes_at = clock_timestamp() WHERE id = $1', [voteId]);
    await ok(people.helene, 'query ($id: ID!) { vote(id: $id) { status } }', { id: voteId });
    const closed = await told('vote_closed', since);
    // The roll, and the proposal's authors who follow it (Claire is both) if they may read the vote:
    // Karim, no member of the members-only committee, only where its rules let authors see it.
    const karimReads = !(await people.karim.graphql('query ($id: ID!) { vote(id: $id) { id } }', { id: voteId }))
      .errors;
    expect(Object.keys(closed).sort()).toEqual(['aicha', 'claire', ...(karimReads ? ['karim'] : []), 'marc']);
    expect(closed.marc.data).toMatchObject({ outcome: 'adopted' });
  });

  it('stops telling a member who unfollowed the group where its proposals go', async () => {
    await ok(people.karim, 'mutation ($g: ID!) { unfollow(subject: { type: group, id: $g }) }', { g: groupId });
    const { createProposal } = await ok<{ createProposal: { id: string } }>(
      people.claire,
      'mutation ($g: ID!) { createProposal(groupId: $g, input: { title: "Charte du groupe", body: "Texte" }) { id } }',
      { g: groupId },
    );
    const since = new Date();
    await ok(
      people.claire,
      'mutation ($id: ID!) { transitionProposal(proposalId: $id, transition: submit_for_discussion) { state } }',
      { id: createProposal.id },
    );
    expect(Object.keys(await told('proposal_moved', since))).toEqual(['samir']);
  });
});
