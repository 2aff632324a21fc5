import { randomBytes } from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import { DigestsService, Notifier } from '@ouvroir/notifications';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';
import { jobsDone } from '../support/jobs';
import { eventually, ReceivedMail, startTestSmtp, TestSmtp } from '../support/smtp';

/**
 * Notifications as people receive them, in the application and by e-mail through a real SMTP
 * server: who is told of each act (a matrix: the right people and no one else — never the actor,
 * nor an outsider of a members-only group, nor a suspended account), preferences and digests,
 * one-click unsubscribe, and the bad inputs of the API (others' notifications, oversize lists,
 * preferences for a group one is not in).
 */
const NOTIFICATIONS = `query ($f: NotificationFilter) {
  unreadNotificationCount
  notifications(filter: $f, first: 50) {
    totalCount
    nodes { id kind link count readAt subjectTitle actor { displayName } group { name } data { accepted state outcome } }
  }
}`;

interface Shown {
  id: string;
  kind: string;
  link: string;
  count: number;
  readAt: string | null;
  subjectTitle: string | null;
  actor: { displayName: string } | null;
  data: { accepted: boolean | null; state: string | null; outcome: string | null };
}

const reasonOf = (answer: GraphqlAnswer) => (answer.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

/** The one-click unsubscribe link of a mail's headers (folded lines unfolded). */
function unsubscribeUrlOf(mail: ReceivedMail): string {
  const line = mail.parsed.headerLines.find((header) => header.key === 'list-unsubscribe')!.line;
  return /<([^>]+)>/.exec(line.replace(/\r?\n\s+/g, ''))![1];
}

const headerOf = (mail: ReceivedMail, key: string) =>
  mail.parsed.headerLines.find((header) => header.key === key)?.line.replace(/\r?\n\s+/g, '');

describe('notifications', () => {
  let smtp: TestSmtp;
  let app: PeopleApp;
  let samir: Person;
  let claire: Person;
  let karim: Person;
  let marc: Person;
  let nadia: Person;
  let lea: Person;
  let requestGroupId: string;
  let publicGroupId: string;
  let privateGroupId: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await startPeopleApp(
      [
        account('samir'),
        account('claire'),
        account('karim'),
        account('marc'),
        account('nadia', 'admin'),
        account('lea'),
      ],
      { SMTP_URL: smtp.url, SMTP_RETRY_SECONDS: '1' },
    );
    [samir, claire, karim, marc, nadia, lea] = await Promise.all(
      ['samir', 'claire', 'karim', 'marc', 'nadia', 'lea'].map((login) => app.signIn(login)),
    );
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const group = async (visibility: string, joinPolicy: string, name: string) =>
      (
        await app.sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', $2, $3, $4, $5) RETURNING id`,
          [domainId, name, `g-${randomBytes(4).toString('hex')}`, visibility, joinPolicy],
        )
      ).rows[0].id as string;
    requestGroupId = await group('public', 'request', 'Numérique responsable');
    publicGroupId = await group('public', 'open', 'Logiciels libres au collège');
    privateGroupId = await group('members', 'open', 'Conseil pédagogique');
    const roles: [string, Person, string][] = [
      [requestGroupId, samir, 'facilitator'],
      [publicGroupId, samir, 'facilitator'],
      [publicGroupId, claire, 'member'],
      [publicGroupId, karim, 'member'],
      [publicGroupId, lea, 'member'],
      [privateGroupId, samir, 'facilitator'],
      [privateGroupId, claire, 'member'],
      [privateGroupId, karim, 'member'],
    ];
    for (const [id, person, role] of roles) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        id,
        person.id,
        role,
      ]);
    }
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  async function shown(person: Person, filter: Record<string, unknown> = {}) {
    const answer = await person.graphql<{
      unreadNotificationCount: number;
      notifications: { totalCount: number; nodes: Shown[] };
    }>(NOTIFICATIONS, { f: filter });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }

  /** Waits until the domain-event jobs are all handled (no job left to run). */
  const settled = () => jobsDone(app.sql, ['domain-event', 'mail']);

  async function ok<T = Record<string, unknown>>(
    person: Person,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    const answer = await person.graphql<T>(query, variables);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }

  const mailsTo = (login: string) => smtp.to(`${login}@ac-test.fr`);

  it('tells the facilitators of a join request, then the requester of the decision, in the app and by mail', async () => {
    const before = smtp.mails.length;
    const { requestToJoinGroup } = await ok<{ requestToJoinGroup: { id: string } }>(
      claire,
      'mutation ($g: ID!) { requestToJoinGroup(groupId: $g, message: "Bonjour") { id } }',
      { g: requestGroupId },
    );
    await settled();
    const forSamir = await shown(samir, { kind: 'join_request_received' });
    expect(forSamir.notifications.nodes).toHaveLength(1);
    expect(forSamir.notifications.nodes[0]).toMatchObject({
      kind: 'join_request_received',
      actor: { displayName: 'Claire Test' },
      subjectTitle: 'Numérique responsable',
      readAt: null,
    });
    expect(forSamir.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    // The actor and the others are told nothing.
    expect((await shown(claire)).notifications.totalCount).toBe(0);
    expect((await shown(nadia)).notifications.totalCount).toBe(0);

    const mail = await eventually('the facilitator’s mail', () => mailsTo('samir')[0]);
    expect(smtp.mails.length - before).toBe(1);
    expect(mail.parsed.subject).toBe('Ouvroir : Claire Test demande à rejoindre le groupe « Numérique responsable ».');
    expect(mail.parsed.html).toContain('<html lang="fr">');
    expect(mail.parsed.html).toContain('<h1>');
    expect(mail.parsed.text).toContain('/groupes/');
    expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(unsubscribeUrlOf(mail)).toMatch(/^http:\/\/localhost:\d+\/desabonnement\/[\w-]+\.[\w-]+$/);

    await ok(samir, 'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: true) { id } }', {
      r: requestToJoinGroup.id,
    });
    await settled();
    const forClaire = await shown(claire);
    expect(forClaire.notifications.nodes).toEqual([
      expect.objectContaining({ kind: 'join_request_decided', data: expect.objectContaining({ accepted: true }) }),
    ]);
    const decided = await eventually('the requester’s mail', () => mailsTo('claire')[0]);
    expect(decided.parsed.subject).toContain('est acceptée');
    expect((await shown(samir, { kind: 'join_request_decided' })).notifications.totalCount).toBe(0);
  });

  it('tells a proposal’s followers of its comments, folding them while unread, and never an outsider or a suspended account', async () => {
    const { createProposal } = await ok<{ createProposal: { id: string } }>(
      claire,
      'mutation ($g: ID!) { createProposal(groupId: $g, input: { title: "Projet d’école", summary: "Résumé", body: "Texte" }) { id } }',
      { g: privateGroupId },
    );
    const id = createProposal.id;
    await ok(
      claire,
      'mutation ($id: ID!) { transitionProposal(proposalId: $id, transition: submit_for_discussion) { state } }',
      {
        id,
      },
    );
    // Karim follows; then leaves the members-only group: he may no longer read it.
    await ok(karim, 'mutation ($id: ID!) { follow(subject: { type: proposal, id: $id }) }', { id });
    expect(
      (
        await ok<{ proposal: { following: boolean } }>(karim, 'query ($id: ID!) { proposal(id: $id) { following } }', {
          id,
        })
      ).proposal.following,
    ).toBe(true);
    await app.sql.query('DELETE FROM membership WHERE group_id = $1 AND user_id = $2', [privateGroupId, karim.id]);

    const comment = (person: Person, body: string) =>
      ok(person, 'mutation ($id: ID!, $b: String!) { addComment(proposalId: $id, body: $b) { id } }', { id, b: body });
    await comment(samir, 'Premier avis');
    await comment(samir, 'Deuxième avis');
    await settled();
    const forClaire = await shown(claire, { kind: 'comment' });
    // Two comments, one entry while unread; the comments' default cadence is the daily digest.
    expect(forClaire.notifications.nodes).toEqual([
      expect.objectContaining({
        kind: 'comment',
        count: 2,
        subjectTitle: 'Projet d’école',
        link: `/propositions/${id}`,
      }),
    ]);
    expect((await shown(karim, { kind: 'comment' })).notifications.totalCount).toBe(0);
    expect((await shown(samir, { kind: 'comment' })).notifications.totalCount).toBe(0);

    // Samir follows by commenting: Claire's answer reaches him; a suspended Claire is told nothing more.
    await comment(claire, 'Merci');
    await settled();
    expect((await shown(samir, { kind: 'comment' })).notifications.nodes).toEqual([
      expect.objectContaining({ count: 1, actor: { displayName: 'Claire Test' } }),
    ]);
    await ok(nadia, 'mutation ($u: ID!) { suspendUser(userId: $u) { id } }', { u: claire.id });
    await comment(samir, 'Troisième avis');
    await settled();
    const stored = await app.sql.query(
      `SELECT count::int FROM notification WHERE recipient_id = $1 AND kind = 'comment' AND subject_id = $2`,
      [claire.id, id],
    );
    expect(stored.rows).toEqual([{ count: 2 }]);
    await app.sql.query(`UPDATE user_account SET status = 'active' WHERE id = $1`, [claire.id]);
    claire = await app.signIn('claire');
  });

  it('keeps the daily digest for one mail per period, and respects never and a group’s own cadence', async () => {
    const digests = app.t.app.get(DigestsService);
    const before = mailsTo('claire').length;
    const period = `daily:test-${randomBytes(3).toString('hex')}`;
    expect(await digests.run('daily', period)).toBeGreaterThanOrEqual(1);
    // The same period again sends nothing more.
    expect(await digests.run('daily', period)).toBe(0);
    await settled();
    const digest = await eventually(
      'Claire’s digest',
      () => mailsTo('claire').length > before && mailsTo('claire').at(-1),
    );
    expect(mailsTo('claire').length).toBe(before + 1);
    expect(digest.parsed.subject).toMatch(/^Ouvroir : votre résumé du jour/);
    expect(digest.parsed.text).toContain('2 nouveaux commentaires sur la proposition « Projet d’école »');

    // Never, in every group: nothing stored; a group's own cadence overrides it there.
    await ok(lea, 'mutation { setNotificationPreference(kind: mention, cadence: never) { kinds { kind cadence } } }');
    const set = await ok<{
      setNotificationPreference: { groupOverrides: { kind: string; cadence: string; group: { name: string } }[] };
    }>(
      lea,
      'mutation ($g: ID!) { setNotificationPreference(kind: comment, cadence: never, groupId: $g) { groupOverrides { kind cadence group { name } } } }',
      { g: publicGroupId },
    );
    expect(set.setNotificationPreference.groupOverrides).toEqual([
      { kind: 'comment', cadence: 'never', group: { name: 'Logiciels libres au collège' } },
    ]);
    const { createProposal } = await ok<{ createProposal: { id: string } }>(
      lea,
      'mutation ($g: ID!) { createProposal(groupId: $g, input: { title: "Salle libre", summary: "R", body: "T" }) { id } }',
      { g: publicGroupId },
    );
    await ok(
      lea,
      'mutation ($id: ID!) { transitionProposal(proposalId: $id, transition: submit_for_discussion) { state } }',
      {
        id: createProposal.id,
      },
    );
    await ok(karim, 'mutation ($id: ID!) { addComment(proposalId: $id, body: "Oui") { id } }', {
      id: createProposal.id,
    });
    await settled();
    expect((await shown(lea, { kind: 'comment' })).notifications.totalCount).toBe(0);
  });

  it('gathers the weekly digest apart from the daily one', async () => {
    const digests = app.t.app.get(DigestsService);
    await ok(claire, 'mutation { setNotificationPreference(kind: comment, cadence: weekly) { kinds { kind } } }');
    const id = (await app.sql.query(`SELECT id FROM proposal WHERE title = 'Projet d’école'`)).rows[0].id as string;
    await ok(samir, 'mutation ($id: ID!) { addComment(proposalId: $id, body: "Quatrième avis") { id } }', { id });
    await settled();
    const before = mailsTo('claire').length;
    await digests.run('daily', `daily:test-${randomBytes(3).toString('hex')}`);
    await settled();
    // Her daily digest, if she has one (her group's proposals moved), says nothing of the comments.
    const daily = mailsTo('claire').slice(before);
    expect(daily.filter((mail) => mail.parsed.text?.includes('commentaire'))).toEqual([]);
    const beforeWeekly = mailsTo('claire').length;
    expect(await digests.run('weekly', `weekly:test-${randomBytes(3).toString('hex')}`)).toBeGreaterThanOrEqual(1);
    const weekly = await eventually(
      'Claire’s weekly digest',
      () => mailsTo('claire').length > beforeWeekly && mailsTo('claire').at(-1),
    );
    expect(weekly.parsed.subject).toMatch(/^Ouvroir : votre résumé de la semaine \(1 notification\)/);
    // Still unread, the comments of the proposal stay one entry: the two of the daily digest and the new one.
    expect(weekly.parsed.text).toContain('3 nouveaux commentaires sur la proposition « Projet d’école »');
  });

  it('tells the person’s open pages of the new unread count, live', async () => {
    const socket: Socket = io(app.url, {
      extraHeaders: { cookie: karim.cookie },
      transports: ['websocket'],
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const told = new Promise<{ unreadCount: number }>((resolve) => socket.once('notification:new', resolve));
      await ok(
        samir,
        'mutation ($g: ID!, $u: ID!) { inviteToGroup(groupId: $g, input: { userId: $u, role: member }) { link } }',
        {
          g: requestGroupId,
          u: karim.id,
        },
      );
      const { unreadCount } = await told;
      expect(unreadCount).toBe((await shown(karim)).unreadNotificationCount);
      expect((await shown(karim, { kind: 'group_invitation' })).notifications.nodes).toEqual([
        expect.objectContaining({ subjectTitle: 'Numérique responsable', actor: { displayName: 'Samir Test' } }),
      ]);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a preference for a group one is not in, and marks read only one’s own notifications, a bounded list', async () => {
    const refused = await marc.graphql(
      'mutation ($g: ID!) { setNotificationPreference(kind: comment, cadence: daily, groupId: $g) { kinds { kind } } }',
      { g: privateGroupId },
    );
    expect(reasonOf(refused)).toBe('NOTIFICATION_PREFERENCE_NOT_MEMBER');
    const malformed = await marc.graphql(
      'mutation { setNotificationPreference(kind: comment, cadence: daily, groupId: "pas-un-id") { kinds { kind } } }',
    );
    expect(reasonOf(malformed)).toBe('NOTIFICATION_PREFERENCE_NOT_MEMBER');

    const samirs = (await shown(samir, { unread: true })).notifications.nodes.map((node) => node.id);
    expect(samirs.length).toBeGreaterThan(0);
    const marked = await ok<{ markNotificationsRead: number }>(
      marc,
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [...samirs, 'pas-un-id'] },
    );
    expect(marked.markNotificationsRead).toBe(0);
    expect((await shown(samir, { unread: true })).notifications.nodes.map((node) => node.id)).toEqual(samirs);

    const tooMany = await samir.graphql('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', {
      ids: Array.from({ length: 101 }, () => samirs[0]),
    });
    expect(reasonOf(tooMany)).toBe('NOTIFICATION_IDS_TOO_MANY');

    const own = await ok<{ markNotificationsRead: number }>(
      samir,
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [samirs[0]] },
    );
    expect(own.markNotificationsRead).toBe(1);
    expect(await ok(samir, 'mutation { markAllNotificationsRead }')).toEqual({
      markAllNotificationsRead: samirs.length - 1,
    });
    expect((await shown(samir)).unreadNotificationCount).toBe(0);
  });

  it('unsubscribes in one click; an altered link is refused, a replay is harmless, an old link after a new choice is refused', async () => {
    const mail = mailsTo('samir').find((received) => received.parsed.subject?.includes('demande à rejoindre'))!;
    const url = new URL(unsubscribeUrlOf(mail));
    const post = (path: string) =>
      app.t.http.post(path).set('content-type', 'application/x-www-form-urlencoded').send('List-Unsubscribe=One-Click');

    const read = await ok<{ unsubscribeLink: { kind: string; cadence: string; applies: boolean } }>(
      app.anonymous,
      'query ($t: String!) { unsubscribeLink(token: $t) { kind cadence applies } }',
      { t: url.pathname.split('/').at(-1) },
    );
    expect(read.unsubscribeLink).toEqual({ kind: 'join_request_received', cadence: 'immediately', applies: true });

    const altered = await post(`${url.pathname.slice(0, -2)}xx`);
    expect(altered.status).toBe(400);
    expect(altered.body.reason).toBe('UNSUBSCRIBE_LINK_INVALID');

    const done = await post(url.pathname);
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ kind: 'join_request_received', cadence: 'never' });
    const again = await post(url.pathname);
    expect(again.status).toBe(200);
    // The mail was about one group: the link unsubscribes from that kind in that group.
    const preferences = await ok<{
      notificationPreferences: { groupOverrides: { kind: string; cadence: string; group: { name: string } }[] };
    }>(samir, '{ notificationPreferences { groupOverrides { kind cadence group { name } } } }');
    expect(preferences.notificationPreferences.groupOverrides).toEqual([
      { kind: 'join_request_received', cadence: 'never', group: { name: 'Numérique responsable' } },
    ]);
    expect(mail.parsed.text).toContain(
      'Ne plus recevoir de courriels pour les demandes d’adhésion à vos groupes (groupe « Numérique responsable »)',
    );

    // Samir chooses again: the old mail's link no longer applies.
    await ok(
      samir,
      'mutation ($g: ID!) { setNotificationPreference(kind: join_request_received, cadence: daily, groupId: $g) { kinds { kind } } }',
      { g: requestGroupId },
    );
    const outdated = await post(url.pathname);
    expect(outdated.status).toBe(409);
    expect(outdated.body.reason).toBe('UNSUBSCRIBE_LINK_OUTDATED');
  });

  it('stores and mails nothing twice when an event’s job runs again', async () => {
    const notifier = app.t.app.get(Notifier);
    const event = {
      kind: 'coauthor_invited' as const,
      id: '6f1c1a52-61c6-4c8f-9a10-2b0e0c7f0001',
      at: new Date().toISOString(),
      actorId: claire.id!,
      proposalId: (await app.sql.query(`SELECT id FROM proposal WHERE title = 'Salle libre'`)).rows[0].id as string,
      inviteeId: karim.id!,
    };
    await settled();
    const before = mailsTo('karim').length;
    expect(await notifier.handle(event)).toEqual([karim.id]);
    expect(await notifier.handle(event)).toEqual([]);
    await settled();
    await eventually('Karim’s mail', () => mailsTo('karim').length > before);
    expect(mailsTo('karim').length).toBe(before + 1);
    expect((await shown(karim, { kind: 'coauthor_invited' })).notifications.nodes).toEqual([
      expect.objectContaining({ count: 1 }),
    ]);
  });
});
