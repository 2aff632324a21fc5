import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';
import { jobsDone } from '../support/jobs';

/**
 * Groups as their people use them: an administrator creates, members join or ask, facilitators
 * decide, invite and manage, and every act lands in the journal. Bad inputs tried: duplicate
 * slugs, names and descriptions over their limits, a malformed slug, an unknown domain, a voter
 * in a working group, invitations to malformed addresses, expired, reused and revoked
 * invitation links, a join on an archived group, a refusal without a reason, the last
 * facilitator leaving or being demoted, malformed ids.
 */
const CREATE = `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id slug name status charterHtml } }`;
const GROUP = `query ($slug: String!) {
  group(slug: $slug) {
    id name memberCount viewerRole
    viewerPermissions { edit join requestToJoin leave manageMembers readJournal }
    viewerJoinRequest { id status }
    members { totalCount nodes { role user { displayName email } } }
  }
}`;

const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions.code;

describe('groups', () => {
  let app: PeopleApp;
  let nadia: Person;
  let samir: Person;
  let claire: Person;
  let yann: Person;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('nadia', 'admin'),
      account('samir'),
      account('claire'),
      account('yann', 'guest'),
    ]);
    nadia = await app.signIn('nadia');
    samir = await app.signIn('samir');
    claire = await app.signIn('claire');
    yann = await app.signIn('yann');
  });
  afterAll(() => app.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await app.sql.query(sql, params)).rows[0].count);

  async function createGroup(input: Record<string, unknown>) {
    const answer = await nadia.graphql<{ createGroup: { id: string; slug: string } }>(CREATE, {
      input: { domainSlug: 'logiciels-libres', kind: 'working_group', facilitatorId: samir.id, ...input },
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createGroup;
  }

  it('lets a member ask to join, the facilitator accept, and journals both acts', async () => {
    const group = await createGroup({ name: 'Logiciels libres au collège', joinPolicy: 'request' });
    expect(group.slug).toBe('logiciels-libres-au-college');

    const asked = await claire.graphql(
      'mutation ($g: ID!) { requestToJoinGroup(groupId: $g, message: "Je suis professeure de technologie.") { id status } }',
      { g: group.id },
    );
    expect(asked.data!.requestToJoinGroup.status).toBe('pending');
    const again = await claire.graphql('mutation ($g: ID!) { requestToJoinGroup(groupId: $g) { id } }', {
      g: group.id,
    });
    expect(codeOf(again)).toBe('CONFLICT');
    const pending = (await claire.graphql(GROUP, { slug: group.slug })).data!.group;
    expect(pending.viewerJoinRequest.status).toBe('pending');
    expect(pending.viewerPermissions).toMatchObject({ requestToJoin: true, leave: false, manageMembers: false });

    const requests = await samir.graphql(
      'query ($s: String!) { group(slug: $s) { joinRequests { nodes { id message user { displayName } } } } }',
      {
        s: group.slug,
      },
    );
    const [request] = requests.data!.group.joinRequests.nodes;
    expect(request).toMatchObject({
      message: 'Je suis professeure de technologie.',
      user: { displayName: 'Claire Test' },
    });
    const accepted = await samir.graphql(
      'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: true) { status decidedAt } }',
      {
        r: request.id,
      },
    );
    expect(accepted.data!.decideJoinRequest.status).toBe('accepted');
    const twice = await samir.graphql(
      'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: false, reason: "Non") { status } }',
      {
        r: request.id,
      },
    );
    expect(codeOf(twice)).toBe('CONFLICT');

    const seen = (await claire.graphql(GROUP, { slug: group.slug })).data!.group;
    expect(seen.viewerRole).toBe('member');
    expect(seen.memberCount).toBe(2);
    expect(seen.members.nodes.map((m: { user: { displayName: string } }) => m.user.displayName)).toEqual([
      'Samir Test',
      'Claire Test',
    ]);
    // E-mail addresses stay between their owner and the administrators.
    expect(seen.members.nodes[0].user.email).toBeNull();
    expect(seen.members.nodes[1].user.email).toBe('claire@ac-test.fr');

    const journal = await samir.graphql(
      'query ($g: ID) { auditLog(filter: { groupId: $g }) { nodes { action actor { displayName } subject { displayName } } } }',
      {
        g: group.id,
      },
    );
    expect(journal.data!.auditLog.nodes).toEqual([
      {
        action: 'join_request_accepted',
        actor: { displayName: 'Samir Test' },
        subject: { displayName: 'Claire Test' },
      },
      { action: 'join_requested', actor: { displayName: 'Claire Test' }, subject: { displayName: 'Claire Test' } },
      { action: 'group_created', actor: { displayName: 'Nadia Test' }, subject: { displayName: 'Samir Test' } },
    ]);
  });

  it('takes explicit nulls for optional texts', async () => {
    const group = await createGroup({ name: 'Groupe aux champs vides', joinPolicy: 'request' });
    const asked = await claire.graphql(
      'mutation ($g: ID!, $m: String) { requestToJoinGroup(groupId: $g, message: $m) { id message } }',
      {
        g: group.id,
        m: null,
      },
    );
    expect(asked.data!.requestToJoinGroup.message).toBe('');
    const accepted = await samir.graphql(
      'mutation ($r: ID!, $why: String) { decideJoinRequest(requestId: $r, accept: true, reason: $why) { status reason } }',
      { r: asked.data!.requestToJoinGroup.id, why: null },
    );
    expect(accepted.data!.decideJoinRequest).toEqual({ status: 'accepted', reason: null });
  });

  it('declines a request only with a reason, which the journal keeps', async () => {
    const group = await createGroup({ name: 'Groupe sur demande motivée', joinPolicy: 'request' });
    const asked = await claire.graphql('mutation ($g: ID!) { requestToJoinGroup(groupId: $g) { id } }', {
      g: group.id,
    });
    const id = asked.data!.requestToJoinGroup.id;
    const withoutReason = await samir.graphql(
      'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: false) { status } }',
      { r: id },
    );
    expect(codeOf(withoutReason)).toBe('BAD_USER_INPUT');
    expect(withoutReason.errors![0].message).toMatch(/motif/);
    const declined = await samir.graphql(
      'mutation ($r: ID!) { decideJoinRequest(requestId: $r, accept: false, reason: "Groupe complet cette année.") { status reason } }',
      { r: id },
    );
    expect(declined.data!.decideJoinRequest).toEqual({ status: 'declined', reason: 'Groupe complet cette année.' });
    const entry = await app.sql.query(
      `SELECT details FROM audit_entry WHERE action = 'join_request_declined' AND target_id = $1`,
      [id],
    );
    expect(entry.rows[0].details).toMatchObject({ reason: 'Groupe complet cette année.' });
  });

  it('invites by e-mail with a single-use link, and refuses reused, revoked and expired links', async () => {
    const group = await createGroup({ name: 'Groupe sur invitation', joinPolicy: 'invitation', visibility: 'members' });
    const invite = (email: string) =>
      samir.graphql<{ inviteToGroup: { link: string; invitation: { id: string } } }>(
        'mutation ($g: ID!, $e: String!) { inviteToGroup(groupId: $g, input: { email: $e, role: observer }) { link invitation { id email role expiresAt } } }',
        { g: group.id, e: email },
      );
    for (const bad of ['pas-une-adresse', 'a@b', 'deux@@univ-rennes.fr']) {
      const refused = await invite(bad);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    }
    expect(await count('SELECT count(*) FROM invitation WHERE group_id = $1', [group.id])).toBe(0);

    const sent = (await invite('Yann.Test@Univ-Rennes.fr')).data!.inviteToGroup;
    expect(sent.link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const token = sent.link.split('/').pop()!;
    expect(await count('SELECT count(*) FROM invitation WHERE token_hash = $1', [token])).toBe(0);

    const accept = (person: Person, t: string) =>
      person.graphql('mutation ($t: String!) { acceptInvitation(token: $t) { role } }', { t });
    expect((await accept(yann, token)).data!.acceptInvitation.role).toBe('observer');
    const reused = await accept(claire, token);
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(reused.errors![0].message).toMatch(/déjà servi/);
    expect(codeOf(await accept(claire, 'un-jeton-inconnu'))).toBe('BAD_USER_INPUT');

    const revokedLink = (await invite('autre@univ-rennes.fr')).data!.inviteToGroup;
    await samir.graphql('mutation ($i: ID!) { revokeInvitation(invitationId: $i) { id } }', {
      i: revokedLink.invitation.id,
    });
    expect(codeOf(await accept(claire, revokedLink.link.split('/').pop()!))).toBe('CONFLICT');

    const expiredLink = (await invite('tard@univ-rennes.fr')).data!.inviteToGroup;
    await app.sql.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expiredLink.invitation.id,
    ]);
    const expired = await accept(claire, expiredLink.link.split('/').pop()!);
    expect(codeOf(expired)).toBe('BAD_USER_INPUT');
    expect(expired.errors![0].message).toMatch(/expiré/);
    expect(await count('SELECT count(*) FROM membership WHERE group_id = $1', [group.id])).toBe(2);
  });

  it('invites a registered person, who accepts from their invitations', async () => {
    const group = await createGroup({
      name: 'Comité de test',
      kind: 'committee',
      visibility: 'members',
      joinPolicy: 'invitation',
    });
    await samir.graphql(
      'mutation ($g: ID!, $u: ID!) { inviteToGroup(groupId: $g, input: { userId: $u, role: voter }) { link } }',
      {
        g: group.id,
        u: claire.id,
      },
    );
    const mine = (await claire.graphql('{ myInvitations { id role group { name } invitedBy { displayName } } }')).data!
      .myInvitations;
    expect(mine).toEqual([
      expect.objectContaining({
        role: 'voter',
        group: { name: 'Comité de test' },
        invitedBy: { displayName: 'Samir Test' },
      }),
    ]);
    const accepted = await claire.graphql('mutation ($i: ID!) { acceptMyInvitation(invitationId: $i) { role } }', {
      i: mine[0].id,
    });
    expect(accepted.data!.acceptMyInvitation.role).toBe('voter');
    expect((await claire.graphql('{ myInvitations { id } }')).data!.myInvitations).toEqual([]);
  });

  it('keeps at least one facilitator, and voters in committees only', async () => {
    const group = await createGroup({ name: 'Groupe à animer', joinPolicy: 'open' });
    await claire.graphql('mutation ($g: ID!) { joinGroup(groupId: $g) { role } }', { g: group.id });
    const leave = await samir.graphql('mutation ($g: ID!) { leaveGroup(groupId: $g) }', { g: group.id });
    expect(codeOf(leave)).toBe('CONFLICT');
    const demote = await samir.graphql(
      'mutation ($g: ID!, $u: ID!) { changeMemberRole(groupId: $g, userId: $u, role: member) { role } }',
      {
        g: group.id,
        u: samir.id,
      },
    );
    expect(codeOf(demote)).toBe('CONFLICT');
    const voter = await samir.graphql(
      'mutation ($g: ID!, $u: ID!) { changeMemberRole(groupId: $g, userId: $u, role: voter) { role } }',
      {
        g: group.id,
        u: claire.id,
      },
    );
    expect(codeOf(voter)).toBe('BAD_USER_INPUT');
    const promoted = await samir.graphql(
      'mutation ($g: ID!, $u: ID!) { changeMemberRole(groupId: $g, userId: $u, role: facilitator) { role } }',
      {
        g: group.id,
        u: claire.id,
      },
    );
    expect(promoted.data!.changeMemberRole.role).toBe('facilitator');
    expect(
      (await samir.graphql('mutation ($g: ID!) { leaveGroup(groupId: $g) }', { g: group.id })).data!.leaveGroup,
    ).toBe(true);
    const removed = await claire.graphql('mutation ($g: ID!, $u: ID!) { removeMember(groupId: $g, userId: $u) }', {
      g: group.id,
      u: claire.id,
    });
    expect(codeOf(removed)).toBe('CONFLICT');
  });

  it('refuses joins on an archived group, which stays readable', async () => {
    const group = await createGroup({ name: 'Groupe bientôt archivé', joinPolicy: 'open' });
    await samir.graphql('mutation ($g: ID!) { archiveGroup(groupId: $g) { status } }', { g: group.id });
    const join = await claire.graphql('mutation ($g: ID!) { joinGroup(groupId: $g) { role } }', { g: group.id });
    expect(codeOf(join)).toBe('CONFLICT');
    expect(join.errors![0].message).toMatch(/archivé/);
    const invite = await samir.graphql(
      'mutation ($g: ID!) { inviteToGroup(groupId: $g, input: { email: "x@ac-test.fr" }) { link } }',
      {
        g: group.id,
      },
    );
    expect(codeOf(invite)).toBe('CONFLICT');
    const read = await claire.graphql(GROUP, { slug: group.slug });
    expect(read.data!.group.viewerPermissions.join).toBe(false);
  });

  it('refuses bad group input with a French message, and writes nothing', async () => {
    await createGroup({ name: 'Nom unique', slug: 'nom-unique' });
    const groupsBefore = await count('SELECT count(*) FROM work_group');
    const journalBefore = await count('SELECT count(*) FROM audit_entry');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ name: 'Autre nom', slug: 'nom-unique' }, 'CONFLICT', /déjà prise/],
      [{ name: 'Nom unique' }, 'CONFLICT', /déjà prise/],
      [{ name: 'x'.repeat(121) }, 'BAD_USER_INPUT', /120 caractères/],
      [{ name: 'ab' }, 'BAD_USER_INPUT', /3 à 120/],
      [{ name: 'Adresse invalide', slug: 'Avec Espaces' }, 'BAD_USER_INPUT', /identifiant d’adresse/],
      [{ name: 'Description longue', shortDescription: 'x'.repeat(281) }, 'BAD_USER_INPUT', /280/],
      [{ name: 'Charte longue', charter: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', /20\u202f000|20 000/],
      [{ name: 'Domaine inconnu', domainSlug: 'inconnu' }, 'BAD_USER_INPUT', /domaine/],
      [
        { name: 'Animateur inconnu', facilitatorId: '00000000-0000-4000-8000-000000000000' },
        'BAD_USER_INPUT',
        /animateur/,
      ],
      [{ name: 'Animateur mal formé', facilitatorId: 'pas-un-id' }, 'BAD_USER_INPUT', /identifiant/],
      [{ name: 'Comité mal choisi', committeeId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', /comité/],
    ];
    for (const [input, code, message] of cases) {
      const answer = await nadia.graphql(CREATE, {
        input: { domainSlug: 'logiciels-libres', kind: 'working_group', ...input },
      });
      expect({ input, code: codeOf(answer) }).toEqual({ input, code });
      expect(answer.errors![0].message).toMatch(message);
    }
    const badEnum = await nadia.graphql(CREATE, {
      input: { domainSlug: 'logiciels-libres', kind: 'club', name: 'Club' },
    });
    expect(codeOf(badEnum)).toBe('BAD_USER_INPUT');
    expect(await count('SELECT count(*) FROM work_group')).toBe(groupsBefore);
    expect(await count('SELECT count(*) FROM audit_entry')).toBe(journalBefore);
    const notAnId = await claire.graphql('mutation { joinGroup(groupId: "pas-un-id") { role } }');
    expect(codeOf(notAnId)).toBe('NOT_FOUND');
  });

  it('renders charters without scripts, event handlers or javascript: links', async () => {
    const payloads = [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="alert(1)">',
      '[cliquez](javascript:alert(1))',
      '[encodé](JaVaScRiPt:alert(1))',
      '[entité](javascript&#58;alert(1))',
      '<a href="javascript:alert(1)">lien</a>',
      '<svg onload=alert(1)>',
      '![image](x" onerror="alert(1))',
      '[données](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<iframe src="https://exemple.fr"></iframe>',
    ];
    const group = await createGroup({
      name: 'Charte piégée',
      charter: `# Charte\n\n${payloads.join('\n\n')}\n\n[Le site](https://code.gouv.fr)`,
    });
    const { charterHtml } = (
      await nadia.graphql<{ group: { charterHtml: string } }>(
        'query ($s: String!) { group(slug: $s) { charterHtml } }',
        {
          s: group.slug,
        },
      )
    ).data!.group;
    // Users' headings start at h3, under the page's h1 and the section's h2.
    expect(charterHtml).toContain('<h3>Charte</h3>');
    expect(charterHtml).toContain('<a href="https://code.gouv.fr" rel="nofollow noopener noreferrer">Le site</a>');
    expect(charterHtml).not.toMatch(/<script|<img[^>]*onerror|<svg|<iframe|<a href="javascript:/i);
    expect(charterHtml).not.toMatch(/href="(javascript|data):/i);
    expect(charterHtml).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(charterHtml).toContain('&lt;script&gt;');
  });

  it('answers the directory of 50 groups with the same few SQL queries as a page of 5', async () => {
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'ressources-educatives-libres'`)).rows[0]
      .id;
    await app.sql.query(
      `WITH created AS (
         INSERT INTO work_group (domain_id, kind, name, slug)
         SELECT $1, 'working_group', 'Groupe REL ' || lpad(n::text, 3, '0'), 'groupe-rel-' || n FROM generate_series(1, 60) n
         RETURNING id
       )
       INSERT INTO membership (group_id, user_id, role)
       SELECT id, $2::uuid, 'facilitator' FROM created UNION ALL SELECT id, $3::uuid, 'member' FROM created`,
      [domainId, samir.id, claire.id],
    );
    const directory = `query ($first: Int!) {
      groupsDirectory(first: $first, filter: { domainSlug: "ressources-educatives-libres" }) {
        totalCount
        nodes { name memberCount domain { name } facilitators { displayName organisation { name } } viewerRole viewerPermissions { join } }
      }
    }`;
    const queriesFor = async (person: Person, first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const answer = await person.graphql(directory, { first });
      const queries = spy.mock.calls.length;
      spy.mockRestore();
      expect(answer.data!.groupsDirectory.nodes).toHaveLength(first);
      expect(answer.data!.groupsDirectory.nodes[0]).toMatchObject({
        memberCount: 2,
        facilitators: [{ displayName: 'Samir Test' }],
      });
      return queries;
    };
    // The notifications of the earlier acts are handled in the background, with queries of their own.
    await jobsDone(app.sql);
    for (const person of [app.anonymous, claire]) {
      const five = await queriesFor(person, 5);
      const fifty = await queriesFor(person, 50);
      expect(fifty).toBe(five);
      // The domain filter, count, page, domains, facilitators, their profiles; signed in, also
      // the session's user and the viewer's roles.
      expect(fifty).toBeLessThanOrEqual(person === claire ? 8 : 6);
    }
  });

  it('answers the public directory page in three statements: the page with its total and facilitators, the domains, the profiles', async () => {
    await createGroup({ name: 'Annuaire public' });
    const directory = `{
      groupsDirectory(first: 50) {
        totalCount
        nodes { name slug memberCount domain { name } facilitators { displayName } }
      }
    }`;
    await jobsDone(app.sql);
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const answer = await app.anonymous.graphql(directory);
    const statements = spy.mock.calls.length;
    spy.mockRestore();
    const total = await count(`SELECT count(*) FROM work_group WHERE visibility = 'public'`);
    expect(answer.data!.groupsDirectory.totalCount).toBe(total);
    expect(answer.data!.groupsDirectory.nodes).toHaveLength(Math.min(total, 50));
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('pages through the directory with the same total on every page, past the last one included', async () => {
    // 20 public groups, 3 members-only ones with claire, 2 without her.
    await app.sql.query(
      `WITH created AS (
         INSERT INTO work_group (domain_id, kind, name, slug, visibility)
         SELECT (SELECT id FROM domain WHERE slug = 'logiciels-libres'), 'working_group',
                'Annuaire paginé ' || lpad(n::text, 2, '0'), 'annuaire-pagine-' || n,
                CASE WHEN n <= 20 THEN 'public' ELSE 'members' END
         FROM generate_series(1, 25) n
         RETURNING id, visibility, slug
       )
       INSERT INTO membership (group_id, user_id, role)
       SELECT id, $1::uuid, 'facilitator' FROM created
       UNION ALL SELECT id, $2::uuid, 'member' FROM created
       WHERE visibility = 'members' AND slug IN ('annuaire-pagine-21', 'annuaire-pagine-22', 'annuaire-pagine-23')`,
      [samir.id, claire.id],
    );
    const page = `query ($after: String) {
      groupsDirectory(first: 7, filter: { search: "Annuaire paginé" }, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { name facilitators { displayName } }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const answer: GraphqlAnswer = await claire.graphql(page, { after });
      const { totalCount, pageInfo, nodes } = answer.data!.groupsDirectory;
      expect(totalCount).toBe(23);
      for (const group of nodes) {
        expect(group.facilitators).toEqual([{ displayName: 'Samir Test' }]);
        seen.push(group.name);
      }
      if (!pageInfo.hasNextPage) {
        const beyond = await claire.graphql(page, { after: pageInfo.endCursor });
        expect(beyond.data!.groupsDirectory).toMatchObject({ totalCount: 23, nodes: [] });
        break;
      }
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 23 }, (_, n) => `Annuaire paginé ${String(n + 1).padStart(2, '0')}`));
    const anonymous = (await app.anonymous.graphql(page)).data!.groupsDirectory;
    expect(anonymous.totalCount).toBe(20);
    const forged = Buffer.from(JSON.stringify(['Annuaire', 'pas-un-id'])).toString('base64url');
    const refused = await claire.graphql(page, { after: forged });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/Curseur de pagination invalide/);
  });
});
