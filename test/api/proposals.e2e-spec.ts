import { randomBytes } from 'node:crypto';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { account, GraphqlAnswer, PeopleApp, Person, startPeopleApp } from '../support/people';
import { jobsDone } from '../support/jobs';

/**
 * Proposals as their authors, members and facilitators use them. Bad inputs tried: an empty
 * title, a title over 200 characters, a body over 100,000, eleven tags, an edit outside the
 * editable states or by a non-author, a save from an old revision (also two at once), a reply to
 * a reply, an empty comment, an amendment by an author or on a withdrawn proposal, a rejection
 * without a reason, a co-author outside the group, a proposal in a committee, malformed ids.
 */
const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0]?.extensions.code;

const CREATE = `mutation ($g: ID!, $input: ProposalInput!) { createProposal(groupId: $g, input: $input) { id revisionNumber state } }`;
const SAVE = `mutation ($id: ID!, $base: Int!, $input: ProposalInput!) { saveProposal(proposalId: $id, baseRevision: $base, input: $input) { revisionNumber title body } }`;
const MOVE = `mutation ($id: ID!, $t: ProposalTransition!) { transitionProposal(proposalId: $id, transition: $t) { state } }`;

describe('proposals', () => {
  let app: PeopleApp;
  let claire: Person;
  let samir: Person;
  let karim: Person;
  let marc: Person;
  let yann: Person;
  let alice: Person;
  let groupId: string;
  let privateGroupId: string;
  let committeeId: string;

  beforeAll(async () => {
    app = await startPeopleApp([
      account('claire'),
      account('samir'),
      account('karim'),
      account('marc'),
      account('yann'),
      account('alice', 'admin'),
    ]);
    [claire, samir, karim, marc, yann, alice] = await Promise.all(
      ['claire', 'samir', 'karim', 'marc', 'yann', 'alice'].map((login) => app.signIn(login)),
    );
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const group = async (kind: string, visibility: string, committee: string | null) =>
      (
        await app.sql.query(
          `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy, committee_id) VALUES ($1, $2, $3, $3, $4, 'open', $5) RETURNING id`,
          [domainId, kind, `${kind}-${randomBytes(3).toString('hex')}`, visibility, committee],
        )
      ).rows[0].id as string;
    committeeId = await group('committee', 'members', null);
    groupId = await group('working_group', 'public', committeeId);
    privateGroupId = await group('working_group', 'members', committeeId);
    const roles: [string, Person, string][] = [
      [groupId, samir, 'facilitator'],
      [groupId, claire, 'member'],
      [groupId, karim, 'member'],
      [privateGroupId, samir, 'facilitator'],
      [privateGroupId, claire, 'member'],
      [committeeId, marc, 'voter'],
    ];
    for (const [id, person, role] of roles) {
      await app.sql.query('INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, $3)', [
        id,
        person.id,
        role,
      ]);
    }
  });
  afterAll(() => app.close());

  async function create(person: Person, input: Record<string, unknown>, group = groupId) {
    const answer = await person.graphql<{ createProposal: { id: string } }>(CREATE, { g: group, input });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createProposal.id;
  }

  async function coWritten(title: string, group = groupId) {
    const id = await create(
      claire,
      { title, summary: 'Résumé', body: 'Un socle de logiciels pour les salles de technologie.' },
      group,
    );
    await claire.graphql('mutation ($id: ID!, $u: ID!) { inviteCoauthor(proposalId: $id, userId: $u) }', {
      id,
      u: samir.id,
    });
    await samir.graphql('mutation ($id: ID!) { respondToCoauthorship(proposalId: $id, accept: true) }', { id });
    return id;
  }

  it('co-writes with revisions, and refuses a save from an old revision with the latest text', async () => {
    const id = await coWritten('Un socle de logiciels libres');
    const first = await samir.graphql(SAVE, {
      id,
      base: 1,
      input: {
        title: 'Un socle de logiciels libres',
        body: 'Un socle commun de logiciels libres pour les salles de technologie.',
      },
    });
    expect(first.data!.saveProposal.revisionNumber).toBe(2);
    const stale = await claire.graphql(SAVE, { id, base: 1, input: { title: 'Un autre titre', body: 'Mon texte' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/Samir Test a enregistré une version plus récente \(révision 2\)/);
    expect(stale.errors![0].extensions).toMatchObject({
      details: {
        latestRevision: { number: 2, body: 'Un socle commun de logiciels libres pour les salles de technologie.' },
      },
    });

    const diff = await claire.graphql(
      'query ($id: ID!) { proposal(id: $id) { diff(from: 1, to: 2) { body { kind text } } revisions { totalCount nodes { number author { displayName } } } } }',
      { id },
    );
    expect(diff.data!.proposal.diff.body.filter((segment: { kind: string }) => segment.kind !== 'same')).toEqual([
      { kind: 'inserted', text: 'commun ' },
      { kind: 'inserted', text: 'libres ' },
    ]);
    expect(diff.data!.proposal.revisions.nodes).toEqual([
      { number: 2, author: { displayName: 'Samir Test' } },
      { number: 1, author: { displayName: 'Claire Test' } },
    ]);
  });

  it('lets one of two simultaneous saves from the same revision through, and loses neither text', async () => {
    const id = await coWritten('Deux auteurs à la fois');
    const answers = await Promise.all([
      claire.graphql(SAVE, { id, base: 1, input: { title: 'Deux auteurs à la fois', body: 'Texte de Claire' } }),
      samir.graphql(SAVE, { id, base: 1, input: { title: 'Deux auteurs à la fois', body: 'Texte de Samir' } }),
    ]);
    const codes = answers.map((answer) => codeOf(answer) ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    const winner = answers.find((answer) => !answer.errors)!.data!.saveProposal.body;
    const loser = answers.find((answer) => answer.errors)!;
    expect(loser.errors![0].extensions).toMatchObject({ details: { latestRevision: { number: 2, body: winner } } });
    const revisions = await app.sql.query(
      'SELECT number FROM proposal_revision WHERE proposal_id = $1 ORDER BY number',
      [id],
    );
    expect(revisions.rows.map((row) => row.number)).toEqual([1, 2]);
  });

  it('refuses bad input with a French message, and changes nothing', async () => {
    const id = await coWritten('Texte à protéger');
    const before = (await app.sql.query('SELECT title, body, revision_number FROM proposal WHERE id = $1', [id]))
      .rows[0];
    const cases: [Person, string, Record<string, unknown>, string, RegExp][] = [
      [claire, SAVE, { id, base: 1, input: { title: '   ' } }, 'BAD_USER_INPUT', /titre/],
      [claire, SAVE, { id, base: 1, input: { title: 'x'.repeat(201) } }, 'BAD_USER_INPUT', /200 caractères/],
      [
        claire,
        SAVE,
        { id, base: 1, input: { title: 'Long', body: 'x'.repeat(100_001) } },
        'BAD_USER_INPUT',
        /100\u202f000|100 000/,
      ],
      [
        claire,
        SAVE,
        { id, base: 1, input: { title: 'Mots-clés', tags: Array.from({ length: 11 }, (_, n) => `mot${n}`) } },
        'BAD_USER_INPUT',
        /mots-clés/,
      ],
      [karim, SAVE, { id, base: 1, input: { title: 'Pas auteur' } }, 'NOT_FOUND', /n’existe pas/],
      [
        claire,
        'mutation ($id: ID!, $u: ID!) { inviteCoauthor(proposalId: $id, userId: $u) }',
        { id, u: marc.id },
        'BAD_USER_INPUT',
        /membres du groupe/,
      ],
      [
        claire,
        'mutation ($id: ID!) { proposeAmendment(proposalId: $id, body: "x") { id } }',
        { id },
        'CONFLICT',
        /brouillon/,
      ],
      [claire, CREATE, { g: committeeId, input: { title: 'Dans un comité' } }, 'NOT_FOUND', /réservé/],
      [claire, CREATE, { g: groupId, input: { title: '' } }, 'BAD_USER_INPUT', /titre/],
      [claire, 'query { proposal(id: "pas-un-id") { id } }', {}, 'NOT_FOUND', /n’existe pas/],
    ];
    for (const [person, query, variables, code, message] of cases) {
      const answer = await person.graphql(query, variables);
      expect({ query: query.slice(0, 40), code: codeOf(answer) }).toEqual({ query: query.slice(0, 40), code });
      expect(answer.errors![0].message).toMatch(message);
    }
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    await samir.graphql(MOVE, { id, t: 'finalise' });
    const late = await claire.graphql(SAVE, { id, base: 1, input: { title: 'Trop tard' } });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toMatch(/soumise au comité/);
    expect(
      (await app.sql.query('SELECT title, body, revision_number FROM proposal WHERE id = $1', [id])).rows[0],
    ).toEqual(before);
  });

  it('takes amendments: accepted ones become a revision credited to the amender, rejected ones need a reason', async () => {
    const id = await coWritten('À amender');
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    const byAuthor = await claire.graphql(
      'mutation ($id: ID!) { proposeAmendment(proposalId: $id, body: "x") { id } }',
      { id },
    );
    expect(codeOf(byAuthor)).toBe('BAD_USER_INPUT');
    const propose = (body: string) =>
      karim.graphql<{ proposeAmendment: { id: string } }>(
        'mutation ($id: ID!, $b: String!) { proposeAmendment(proposalId: $id, body: $b, explanation: "Plus précis") { id baseRevision status } }',
        { id, b: body },
      );
    const good = (await propose('Un socle de logiciels libres pour les salles de technologie et les CDI.')).data!
      .proposeAmendment.id;
    const bad = (await propose('Tout autre chose.')).data!.proposeAmendment.id;
    const decide = (person: Person, amendmentId: string, accept: boolean, reason?: string) =>
      person.graphql(
        'mutation ($a: ID!, $ok: Boolean!, $r: String) { decideAmendment(amendmentId: $a, accept: $ok, reason: $r) { status reason } }',
        {
          a: amendmentId,
          ok: accept,
          r: reason,
        },
      );
    expect(codeOf(await decide(karim, good, true))).toBe('FORBIDDEN');
    expect(codeOf(await decide(claire, bad, false))).toBe('BAD_USER_INPUT');
    expect((await decide(claire, good, true)).data!.decideAmendment.status).toBe('accepted');
    expect(codeOf(await decide(claire, good, true))).toBe('CONFLICT');
    expect((await decide(samir, bad, false, 'Hors sujet')).data!.decideAmendment).toEqual({
      status: 'rejected',
      reason: 'Hors sujet',
    });
    const proposal = await claire.graphql(
      'query ($id: ID!) { proposal(id: $id) { revisionNumber body revision(number: 2) { amendmentId author { displayName } } } }',
      { id },
    );
    expect(proposal.data!.proposal).toMatchObject({
      revisionNumber: 2,
      body: 'Un socle de logiciels libres pour les salles de technologie et les CDI.',
      revision: { amendmentId: good, author: { displayName: 'Karim Test' } },
    });
    const withoutExplanation = await karim.graphql(
      'mutation ($id: ID!, $e: String) { proposeAmendment(proposalId: $id, body: "Sans explication", explanation: $e) { explanation } }',
      { id, e: null },
    );
    expect(withoutExplanation.data!.proposeAmendment.explanation).toBe('');
    const regretted = (await propose('Finalement non.')).data!.proposeAmendment.id;
    const withdraw = (person: Person) =>
      person.graphql('mutation ($a: ID!) { withdrawAmendment(amendmentId: $a) { status } }', { a: regretted });
    expect(codeOf(await withdraw(claire))).toBe('FORBIDDEN');
    expect((await withdraw(karim)).data!.withdrawAmendment.status).toBe('withdrawn');
    expect(codeOf(await withdraw(karim))).toBe('CONFLICT');
    const stale = (await propose('Sur une vieille base.')).data!.proposeAmendment.id;
    await claire.graphql(SAVE, { id, base: 2, input: { title: 'À amender', body: 'Texte changé' } });
    expect(codeOf(await decide(claire, stale, true))).toBe('CONFLICT');
    await claire.graphql(MOVE, { id, t: 'withdraw' });
    expect(codeOf(await propose('Trop tard'))).toBe('CONFLICT');
  });

  it('threads comments one level, lets authors edit and delete theirs, and journals moderation', async () => {
    const id = await coWritten('À commenter');
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    const add = (person: Person, body: string, parentId?: string) =>
      person.graphql<{ addComment: { id: string } }>(
        'mutation ($id: ID!, $b: String!, $p: ID) { addComment(proposalId: $id, body: $b, parentId: $p) { id } }',
        {
          id,
          b: body,
          p: parentId,
        },
      );
    const question = (await add(karim, 'Quelles distributions ?')).data!.addComment.id;
    const answer = (await add(samir, 'Debian et ses dérivées.', question)).data!.addComment.id;
    expect(codeOf(await add(karim, 'Réponse à la réponse', answer))).toBe('BAD_USER_INPUT');
    expect(codeOf(await add(karim, '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await add(marc, 'Je ne suis pas du groupe'))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await samir.graphql('mutation ($c: ID!) { editComment(commentId: $c, body: "Pas à moi") { id } }', {
          c: question,
        }),
      ),
    ).toBe('FORBIDDEN');
    await karim.graphql(
      'mutation ($c: ID!) { editComment(commentId: $c, body: "Quelles distributions, pour quels postes ?") { id } }',
      { c: question },
    );
    const offTopic = (await add(karim, 'Hors sujet')).data!.addComment.id;
    const hidden = await samir.graphql(
      'mutation ($c: ID!) { hideComment(commentId: $c, reason: "Hors sujet") { status } }',
      { c: offTopic },
    );
    expect(hidden.data!.hideComment.status).toBe('hidden');
    expect(
      codeOf(
        await karim.graphql('mutation ($c: ID!) { hideComment(commentId: $c, reason: "x") { status } }', {
          c: question,
        }),
      ),
    ).toBe('FORBIDDEN');
    const toDelete = (await add(karim, 'Doublon')).data!.addComment.id;
    await karim.graphql('mutation ($c: ID!) { deleteComment(commentId: $c) }', { c: toDelete });

    const read = await claire.graphql(
      'query ($id: ID!) { proposal(id: $id) { commentCount comments { nodes { body status editedAt author { displayName } replies { body author { displayName } } } } } }',
      { id },
    );
    const { commentCount, comments } = read.data!.proposal;
    expect(commentCount).toBe(2);
    expect(comments.nodes).toEqual([
      expect.objectContaining({
        body: 'Quelles distributions, pour quels postes ?',
        status: 'visible',
        replies: [{ body: 'Debian et ses dérivées.', author: { displayName: 'Samir Test' } }],
      }),
      expect.objectContaining({ status: 'hidden', replies: [] }),
      expect.objectContaining({ body: '', status: 'deleted' }),
    ]);
    expect(comments.nodes[0].editedAt).not.toBeNull();
    const journal = await app.sql.query(
      `SELECT details FROM audit_entry WHERE action = 'comment_hidden' AND target_id = $1`,
      [offTopic],
    );
    expect(journal.rows[0].details).toMatchObject({ reason: 'Hors sujet', title: 'À commenter' });
  });

  it('keeps a hidden comment’s text for the group’s facilitators and administrators', async () => {
    const id = await coWritten('Commentaires masqués');
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    const add = async (body: string, parentId?: string) =>
      (
        await karim.graphql<{ addComment: { id: string } }>(
          'mutation ($id: ID!, $b: String!, $p: ID) { addComment(proposalId: $id, body: $b, parentId: $p) { id } }',
          { id, b: body, p: parentId },
        )
      ).data!.addComment.id;
    const parent = await add('Une question');
    const insult = await add('Un texte injurieux', parent);
    const spam = await add('Une publicité');
    for (const comment of [insult, spam]) {
      await samir.graphql('mutation ($c: ID!) { hideComment(commentId: $c, reason: "Charte") { id } }', { c: comment });
    }
    const read = async (person: Person) => {
      const answer = await person.graphql(
        'query ($id: ID!) { proposal(id: $id) { comments { nodes { body status moderationReason replies { body status moderationReason } } } } }',
        { id },
      );
      const [question, hidden] = answer.data!.proposal.comments.nodes;
      return { reply: question.replies[0], hidden };
    };
    for (const person of [app.anonymous, karim, claire, marc]) {
      expect(await read(person)).toEqual({
        reply: { body: null, status: 'hidden', moderationReason: 'Charte' },
        hidden: { body: null, status: 'hidden', moderationReason: 'Charte', replies: [] },
      });
    }
    for (const person of [samir, alice]) {
      expect(await read(person)).toEqual({
        reply: { body: 'Un texte injurieux', status: 'hidden', moderationReason: 'Charte' },
        hidden: { body: 'Une publicité', status: 'hidden', moderationReason: 'Charte', replies: [] },
      });
    }
    // The replies under a comment its author edits are those of the thread, hidden ones without their text.
    const edited = await karim.graphql(
      'mutation ($c: ID!) { editComment(commentId: $c, body: "Une question précise") { replies { body status } } }',
      { c: parent },
    );
    expect(edited.data!.editComment.replies).toEqual([{ body: null, status: 'hidden' }]);
  });

  it('ends authorship with membership: a removed author no longer reads, edits, comments or withdraws', async () => {
    for (const group of [groupId, privateGroupId]) {
      await app.sql.query(`INSERT INTO membership (group_id, user_id, role) VALUES ($1, $2, 'member')`, [
        group,
        yann.id,
      ]);
    }
    const written = async (title: string, group: string, discussed: boolean) => {
      const id = await create(yann, { title, body: 'Des cerisiers dans la cour.' }, group);
      if (discussed) await yann.graphql(MOVE, { id, t: 'submit_for_discussion' });
      return id;
    };
    const reserved = await written('Cerisiers réservés', privateGroupId, true);
    const draft = await written('Cerisiers en brouillon', groupId, false);
    const published = await written('Cerisiers publics', groupId, true);
    const acts = (id: string) => ({
      read: () => yann.graphql('query ($id: ID!) { proposal(id: $id) { title allowedTransitions } }', { id }),
      save: () => yann.graphql(SAVE, { id, base: 1, input: { title: 'Réécrite par un ancien membre' } }),
      comment: () =>
        yann.graphql('mutation ($id: ID!) { addComment(proposalId: $id, body: "Encore moi") { id } }', { id }),
      withdraw: () => yann.graphql(MOVE, { id, t: 'withdraw' }),
    });
    expect((await acts(reserved).read()).data!.proposal.allowedTransitions).toEqual(['withdraw']);

    for (const group of [groupId, privateGroupId]) {
      const removed = await samir.graphql('mutation ($g: ID!, $u: ID!) { removeMember(groupId: $g, userId: $u) }', {
        g: group,
        u: yann.id,
      });
      expect(removed.data).toEqual({ removeMember: true });
    }
    for (const id of [reserved, draft]) {
      for (const act of Object.values(acts(id))) expect(codeOf(await act())).toBe('NOT_FOUND');
    }
    const { read, ...writes } = acts(published);
    expect((await read()).data!.proposal).toEqual({ title: 'Cerisiers publics', allowedTransitions: [] });
    for (const act of Object.values(writes)) expect(codeOf(await act())).toBe('FORBIDDEN');
    const found = await yann.graphql('{ searchProposals(search: "cerisiers") { nodes { title } } }');
    expect(found.data!.searchProposals.nodes).toEqual([{ title: 'Cerisiers publics' }]);
    const { rows } = await app.sql.query(
      'SELECT state, revision_number, comment_count FROM proposal WHERE id = ANY($1)',
      [[reserved, draft, published]],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ revision_number: 1, comment_count: 0 });
    expect(rows.map((row) => row.state).sort()).toEqual(['draft', 'in_discussion', 'in_discussion']);
  });

  it('counts supports once per person', async () => {
    const id = await coWritten('À soutenir');
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    const support = (person: Person, on: boolean) =>
      person.graphql(
        'mutation ($id: ID!, $on: Boolean!) { supportProposal(proposalId: $id, support: $on) { supportCount viewerSupports } }',
        { id, on },
      );
    await support(karim, true);
    const twice = await support(karim, true);
    expect(twice.data!.supportProposal).toEqual({ supportCount: 1, viewerSupports: true });
    expect((await support(samir, true)).data!.supportProposal.supportCount).toBe(2);
    expect((await support(karim, false)).data!.supportProposal).toEqual({ supportCount: 1, viewerSupports: false });
    expect(codeOf(await support(marc, true))).toBe('FORBIDDEN');
  });

  it('hides a members-only group’s proposals from outsiders, and shows them to the committee once submitted', async () => {
    const id = await coWritten('Proposition réservée', privateGroupId);
    const read = (person: Person) => person.graphql('query ($id: ID!) { proposal(id: $id) { title state } }', { id });
    expect(codeOf(await read(karim))).toBe('NOT_FOUND');
    expect(codeOf(await read(app.anonymous))).toBe('NOT_FOUND');
    await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
    expect(codeOf(await read(marc))).toBe('NOT_FOUND');
    await samir.graphql(MOVE, { id, t: 'finalise' });
    expect((await read(marc)).data!.proposal.state).toBe('submitted');
    expect(codeOf(await read(yann))).toBe('NOT_FOUND');
  });

  it('searches in French, accents and word endings ignored, best match first, within what one may read', async () => {
    const titled = async (title: string, body: string, group = groupId) => {
      const id = await create(claire, { title, body }, group);
      await claire.graphql(MOVE, { id, t: 'submit_for_discussion' });
      return id;
    };
    const inTitle = await titled('Les logiciels libres au collège', 'Un socle commun.');
    const inBody = await titled('Équipement des salles', 'Installer des logiciels libres dans chaque collège.');
    const unrelated = await titled('Ressources pour le lycée', 'Rien à voir.');
    const hidden = await titled('Logiciels libres du groupe réservé', 'Collège.', privateGroupId);
    const search = (person: Person, text: string) =>
      person.graphql<{ searchProposals: { totalCount: number; nodes: { id: string }[] } }>(
        'query ($q: String!) { searchProposals(search: $q) { totalCount nodes { id title } } }',
        { q: text },
      );
    const found = (await search(karim, 'logiciel college')).data!.searchProposals;
    expect(found.nodes.map((node) => node.id)).toEqual([inTitle, inBody]);
    expect((await search(claire, 'logiciel college')).data!.searchProposals.nodes.map((node) => node.id)).toContain(
      hidden,
    );
    const slug = (await app.sql.query('SELECT slug FROM work_group WHERE id = $1', [groupId])).rows[0].slug;
    const inGroup = await karim.graphql(
      'query ($s: String!) { group(slug: $s) { proposals(filter: { search: "logiciels collèges" }) { nodes { id } } } }',
      { s: slug },
    );
    expect(inGroup.data!.group.proposals.nodes.map((node: { id: string }) => node.id)).toEqual([inTitle, inBody]);
    // Without words, the latest changed first, of those one may read.
    const latest = (await search(karim, '  ')).data!.searchProposals.nodes.map((node) => node.id);
    expect(latest.slice(0, 3)).toEqual([unrelated, inBody, inTitle]);
    expect(latest).not.toContain(hidden);
  });

  it('renders bodies without scripts, event handlers or javascript: links', async () => {
    const id = await create(claire, {
      title: '<img src=x onerror="alert(1)">',
      body: '<script>alert(1)</script>\n\n[lien](javascript:alert(1))\n\n<a href="javascript:alert(1)">a</a>\n\n**gras**',
    });
    const { bodyHtml, title } = (
      await claire.graphql('query ($id: ID!) { proposal(id: $id) { title bodyHtml } }', { id })
    ).data!.proposal;
    expect(title).toBe('<img src=x onerror="alert(1)">');
    expect(bodyHtml).toContain('<strong>gras</strong>');
    expect(bodyHtml).not.toMatch(/<script|href="javascript:|<a href="javascript/i);
    const preview = await claire.graphql('query ($m: String!) { markdownPreview(markdown: $m) }', {
      m: '<script>alert(1)</script>\n\n[lien](javascript:alert(1))\n\n**gras**',
    });
    expect(preview.data!.markdownPreview).toContain('<strong>gras</strong>');
    expect(preview.data!.markdownPreview).not.toMatch(/<script|href="javascript:/i);
    const tooLong = await claire.graphql('query ($m: String!) { markdownPreview(markdown: $m) }', {
      m: 'x'.repeat(100_001),
    });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('lists 50 proposals with authors, counts and permissions in the same few queries as 5', async () => {
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const listGroup = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', 'Liste', 'liste-${randomBytes(3).toString('hex')}', 'public', 'open') RETURNING id, slug`,
        [domainId],
      )
    ).rows[0];
    await app.sql.query(
      `WITH created AS (
         INSERT INTO proposal (group_id, title, state, created_by, support_count, comment_count)
         SELECT $1, 'Proposition ' || n, 'in_discussion', $2, n, 2 * n FROM generate_series(1, 60) n RETURNING id
       )
       INSERT INTO proposal_author (proposal_id, user_id, status) SELECT id, $2::uuid, 'accepted' FROM created`,
      [listGroup.id, claire.id],
    );
    const list = `query ($slug: String!, $first: Int!) { group(slug: $slug) { proposals(first: $first) { totalCount nodes {
      title state supportCount commentCount viewerSupports allowedTransitions viewerPermissions { edit comment }
      authors { status user { displayName } } group { name } committee { name } } } } }`;
    const queriesFor = async (first: number) => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const answer = await claire.graphql(list, { slug: listGroup.slug, first });
      const queries = spy.mock.calls.length;
      spy.mockRestore();
      expect(answer.data!.group.proposals.nodes).toHaveLength(first);
      expect(answer.data!.group.proposals.nodes[0].authors).toEqual([
        { status: 'accepted', user: { displayName: 'Claire Test' } },
      ]);
      return queries;
    };
    // The notifications of the earlier acts are handled in the background, with queries of their own.
    await jobsDone(app.sql);
    const five = await queriesFor(5);
    expect(await queriesFor(50)).toBe(five);
    // The session's user; the group and the viewer's role in it; the list's count and page; authors
    // and their profiles; supports; where the viewer stands (groups, roles, authorships); the
    // group and committee fields.
    expect(five).toBeLessThanOrEqual(16);
  });

  it('pages through proposals written in the same transaction, none skipped at a page’s edge', async () => {
    const domainId = (await app.sql.query(`SELECT id FROM domain WHERE slug = 'logiciels-libres'`)).rows[0].id;
    const sameTime = (
      await app.sql.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy) VALUES ($1, 'working_group', 'Même instant', 'meme-instant-${randomBytes(3).toString('hex')}', 'public', 'open') RETURNING id, slug`,
        [domainId],
      )
    ).rows[0];
    // As one transaction writes them (`now()` is the transaction's): the same instant, to the microsecond.
    await app.sql.query(
      `INSERT INTO proposal (group_id, title, state, created_by, updated_at) SELECT $1, 'Simultanée ' || n, 'in_discussion', $2, '2026-03-02 10:15:30.123456+00' FROM generate_series(1, 7) n`,
      [sameTime.id, claire.id],
    );
    const page = `query ($slug: String!, $after: String) { group(slug: $slug) { proposals(first: 3, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { title } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages += 1) {
      const answer: GraphqlAnswer = await claire.graphql(page, { slug: sameTime.slug, after });
      const { pageInfo, nodes } = answer.data!.group.proposals;
      seen.push(...nodes.map((node: { title: string }) => node.title));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(Array.from({ length: 7 }, (_, index) => `Simultanée ${index + 1}`).sort());
  });
});
