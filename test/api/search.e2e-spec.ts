// The app first: it loads reflect-metadata before the libraries' GraphQL types are decorated.
import { startTestApp, TestApp } from '../support/app';
import { AuditService } from '@ouvroir/audit';
import { SearchIndex } from '@ouvroir/core';
import { DiscussionService } from '@ouvroir/discussion';
import { GroupsService, MembershipsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { CoauthorsService, ProposalsService, RevisionsService, WorkflowService } from '@ouvroir/proposals';
import { SEARCH_LIMITS } from '@ouvroir/contracts';
import { SearchInput, SearchService } from '@ouvroir/search';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { jobsDone } from '../support/jobs';
import { person, ServiceTesting } from '../support/service-testing';

/** A word every proposal of the fixtures holds, to list them all through the search. */
const MARKER = 'zorglub';

/**
 * The portal's search: French relevance (accents, elision with both apostrophes, plurals,
 * prefixes, typos on titles, weighted fields, excerpts), who finds what (and what is counted),
 * documents following each act in its transaction, bad inputs, and the GraphQL query.
 */
describe('search', () => {
  let t: TestApp;
  let services: ServiceTesting;
  let search: SearchService;
  let admin: Actor, facilitator: Actor, member: Actor, otherMember: Actor, outsider: Actor;
  let privateFacilitator: Actor, privateMember: Actor, chair: Actor, voter: Actor;
  let publicGroupId: string, privateGroupId: string, committeeId: string;
  let firstDomainId: string, secondDomainId: string;
  const ids: Record<string, string> = {};

  const find = (actor: Actor | null, text: string, more: Partial<SearchInput> = {}) =>
    search.search(actor, { text, first: 50, ...more });
  const found = async (actor: Actor | null, text: string, more: Partial<SearchInput> = {}) =>
    (await find(actor, text, more)).nodes.map((hit) => hit.id);

  async function proposal(
    author: Actor,
    groupId: string,
    text: { title: string; summary?: string; body?: string },
    state: 'draft' | 'in_discussion' | 'submitted' = 'in_discussion',
    finaliser: Actor = facilitator,
  ): Promise<string> {
    const { id } = await services
      .get(ProposalsService)
      .create(author, groupId, { ...text, body: `${text.body ?? ''} ${MARKER}` });
    const workflow = services.get(WorkflowService);
    if (state !== 'draft') await workflow.transition(author, id, 'submit_for_discussion');
    if (state === 'submitted') await workflow.transition(finaliser, id, 'finalise');
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const dataSource = t.app.get(DataSource);
    services = {
      get: (type) => t.app.get(type, { strict: false }),
      dataSource,
    } as ServiceTesting;
    search = services.get(SearchService);
    [admin, facilitator, member, otherMember, outsider, privateFacilitator, privateMember, chair, voter] =
      await Promise.all([person(services, { role: 'admin' }), ...Array.from({ length: 8 }, () => person(services))]);
    const groups = services.get(GroupsService);
    const memberships = services.get(MembershipsService);
    const group = async (
      name: string,
      kind: 'working_group' | 'committee',
      visibility: 'public' | 'members',
      facilitatorId: string,
      more: { committeeId?: string; domainSlug?: string; charter?: string } = {},
    ) =>
      (
        await groups.create(admin, {
          domainSlug: more.domainSlug ?? 'logiciels-libres',
          kind,
          name,
          visibility,
          facilitatorId,
          committeeId: more.committeeId,
          charter: more.charter,
        })
      ).id;
    committeeId = await group('Comité des mathématiques', 'committee', 'members', chair.id);
    await memberships.addMember(admin, committeeId, voter.id, 'voter');
    publicGroupId = await group('Géométrie au collège', 'working_group', 'public', facilitator.id, {
      committeeId,
      charter: 'Nous écrivons des <exercices> & des corrigés.',
    });
    privateGroupId = await group('Atelier confidentiel', 'working_group', 'members', privateFacilitator.id, {
      committeeId,
    });
    const otherDomainGroupId = await group('Cartes et plans', 'working_group', 'public', facilitator.id, {
      domainSlug: 'ressources-educatives-libres',
    });
    for (const [groupId, who] of [
      [publicGroupId, member],
      [publicGroupId, otherMember],
      [privateGroupId, privateMember],
      [otherDomainGroupId, member],
    ] as const) {
      await memberships.addMember(admin, groupId, who.id, 'member');
    }
    const domainId = async (slug: string) =>
      (await dataSource.query<{ id: string }[]>(`SELECT id FROM domain WHERE slug = $1`, [slug]))[0].id;
    firstDomainId = await domainId('logiciels-libres');
    secondDomainId = await domainId('ressources-educatives-libres');
    ids.maps = await proposal(member, otherDomainGroupId, { title: 'Cartographie des établissements' });
    ids.geometry = await proposal(member, publicGroupId, {
      title: 'La géométrie dans l’espace',
      body: 'Des exercices pour les élèves du collège.',
    });
    ids.schools = await proposal(member, publicGroupId, {
      title: 'Écoles numériques',
      summary: 'L’école numérique et ses élèves, <script>alert(1)</script> & « 2 > 1 ».',
    });
    ids.spreadsheetsTitle = await proposal(member, publicGroupId, { title: 'Les tableurs au lycée' });
    ids.spreadsheetsBody = await proposal(member, publicGroupId, {
      title: 'Ressources diverses',
      body: 'On y parle aussi de tableurs, parmi beaucoup d’autres choses à dire sur les outils.',
    });
    ids.draft = await proposal(member, publicGroupId, { title: 'Brouillon sur la photosynthèse' }, 'draft');
    ids.secret = await proposal(privateMember, privateGroupId, { title: 'Astronomie confidentielle' });
    ids.secretSubmitted = await proposal(
      privateMember,
      privateGroupId,
      { title: 'Planétarium soumis au comité' },
      'submitted',
      privateFacilitator,
    );
  });
  afterAll(() => t?.close());

  describe('in French', () => {
    it('ignores accents and case: « geometrie », « GÉOMÉTRIE »', async () => {
      expect(await found(outsider, 'geometrie dans')).toContain(ids.geometry);
      expect(await found(outsider, 'GÉOMÉTRIE espace')).toContain(ids.geometry);
    });

    it('drops elided articles, with the straight and the typographic apostrophe', async () => {
      expect(await found(null, "l'école ")).toContain(ids.schools);
      expect(await found(null, 'l’école ')).toContain(ids.schools);
      expect(await found(null, 'd’espace ')).toContain(ids.geometry);
    });

    it('finds plurals by the singular and the singular by the plural', async () => {
      expect(await found(null, 'école ')).toContain(ids.schools);
      expect(await found(null, 'élève ')).toEqual(expect.arrayContaining([ids.geometry, ids.schools]));
      expect(await found(null, 'tableur ')).toEqual(expect.arrayContaining([ids.spreadsheetsTitle]));
    });

    it('matches the last word being typed as a prefix, and a finished one as a word', async () => {
      expect(await found(null, 'géom')).toContain(ids.geometry);
      expect(await found(null, 'écoles numériq')).toContain(ids.schools);
      expect(await found(null, 'géom ')).not.toContain(ids.geometry);
    });

    it('tolerates a typo in a title (« geomtrie »), ranked by the title’s likeness', async () => {
      const hits = await found(null, 'geomtrie ');
      expect(hits).toContain(ids.geometry);
      expect(await found(null, 'astronomie')).not.toContain(ids.geometry);
    });

    it('ranks a title above a body', async () => {
      const hits = await found(null, 'tableurs ');
      expect(hits.indexOf(ids.spreadsheetsTitle)).toBeGreaterThanOrEqual(0);
      expect(hits.indexOf(ids.spreadsheetsTitle)).toBeLessThan(hits.indexOf(ids.spreadsheetsBody));
    });

    it('highlights the excerpt with <mark>, its text escaped (tags dropped by ts_headline)', async () => {
      const hit = (await find(null, 'école numérique ')).nodes.find((node) => node.id === ids.schools)!;
      expect(hit.excerptHtml).toContain('<mark>');
      expect(hit.excerptHtml).not.toContain('<script>');
      expect(hit.excerptHtml).toContain('&amp;');
      expect(hit.excerptHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(hit).toMatchObject({ kind: 'proposal', path: `/propositions/${ids.schools}` });
      expect(hit.domain?.name).toBeTruthy();
    });

    it('finds groups by their name and charter, with their page', async () => {
      const { nodes } = await find(null, 'corrigés ');
      expect(nodes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'group', id: publicGroupId, path: expect.any(String) }),
        ]),
      );
      const excerpt = nodes.find((node) => node.id === publicGroupId)!.excerptHtml;
      expect(excerpt).toContain('&amp; des <mark>corrigés</mark>');
      expect(excerpt).not.toContain('<exercices>');
    });
  });

  describe('who finds what', () => {
    it('never shows nor counts a members-only group’s proposal to others, in the total or the facets', async () => {
      for (const viewer of [null, outsider, member]) {
        const results = await find(viewer, 'astronomie confidentielle');
        expect(results).toMatchObject({ totalCount: 0, nodes: [], facets: { kinds: [], domains: [] } });
      }
      expect(await found(privateMember, 'astronomie')).toEqual([ids.secret]);
      expect(await found(admin, 'astronomie')).toEqual([ids.secret]);
      const mine = await find(privateMember, 'astronomie');
      expect(mine.facets.kinds).toEqual([{ value: 'proposal', label: 'Propositions', count: 1 }]);
      expect(mine.facets.domains).toEqual([expect.objectContaining({ value: firstDomainId, count: 1 })]);
    });

    it('shows a draft to its authors and the group’s facilitators only', async () => {
      expect(await found(member, 'photosynthèse')).toEqual([ids.draft]);
      expect(await found(facilitator, 'photosynthèse')).toEqual([ids.draft]);
      for (const viewer of [null, outsider, otherMember, voter, privateMember]) {
        expect((await find(viewer, 'photosynthèse')).totalCount).toBe(0);
      }
    });

    it('shows a submitted proposal of a members-only group to the committee’s members', async () => {
      expect(await found(voter, 'planétarium')).toEqual([ids.secretSubmitted]);
      expect(await found(chair, 'planétarium')).toEqual([ids.secretSubmitted]);
      expect(await found(voter, 'astronomie')).toEqual([]);
      expect(await found(outsider, 'planétarium')).toEqual([]);
    });

    it('finds, for several people, exactly the proposals ProposalsService lets them read', async () => {
      const proposals = services.get(ProposalsService);
      for (const viewer of [
        null,
        admin,
        facilitator,
        member,
        otherMember,
        outsider,
        privateFacilitator,
        privateMember,
        chair,
        voter,
      ]) {
        const readable = (await proposals.browse(viewer, {}, 100)).nodes.map((node) => node.id).sort();
        const searched = (await find(viewer, MARKER, { kinds: ['proposal'] })).nodes.map((node) => node.id).sort();
        expect(searched).toEqual(readable);
      }
    });

    it('follows a proposal’s readers when its state or authors change, in the act’s transaction', async () => {
      const id = await proposal(member, publicGroupId, { title: 'Herbier collaboratif' }, 'draft');
      expect(await found(outsider, 'herbier')).toEqual([]);
      expect(await found(otherMember, 'herbier')).toEqual([]);
      await services.get(CoauthorsService).inviteCoauthor(member, id, otherMember.id);
      expect(await found(otherMember, 'herbier')).toEqual([id]);
      await services.get(WorkflowService).transition(member, id, 'submit_for_discussion');
      expect(await found(outsider, 'herbier')).toEqual([id]);
      await services.get(WorkflowService).transition(member, id, 'withdraw');
      expect(await found(outsider, 'herbier')).toEqual([id]);
    });

    it('finds a revised text, not the former one', async () => {
      const id = await proposal(member, publicGroupId, { title: 'Calculatrices' });
      await services
        .get(RevisionsService)
        .save(member, id, 1, { title: 'Calculatrices programmables', body: `Des automates. ${MARKER}` });
      expect(await found(outsider, 'automates')).toEqual([id]);
      expect(await found(outsider, 'programmables')).toEqual([id]);
    });

    it('leaves no document of a rolled-back act', async () => {
      const id = await proposal(member, publicGroupId, { title: 'Boussoles magnétiques' }, 'draft');
      const record = jest.spyOn(AuditService.prototype, 'record').mockRejectedValueOnce(new Error('journal en panne'));
      try {
        await expect(services.get(WorkflowService).transition(member, id, 'submit_for_discussion')).rejects.toThrow();
      } finally {
        record.mockRestore();
      }
      expect(await found(outsider, 'boussoles')).toEqual([]);
      const index = services.get(SearchIndex);
      await expect(
        services.dataSource.transaction(async (manager) => {
          await index.upsert(manager, {
            kind: 'common',
            id: 'rolled-back',
            title: 'Sextant fantôme',
            readers: ['public'],
            domainId: null,
            path: '/communs/sextant',
          });
          throw new Error('annulé');
        }),
      ).rejects.toThrow('annulé');
      expect(await found(admin, 'sextant')).toEqual([]);
    });
  });

  describe('messages', () => {
    let discussion: DiscussionService;
    beforeAll(() => {
      discussion = services.get(DiscussionService);
    });

    it('are found by those who may read the channel only', async () => {
      const channel = await discussion.channelOfGroup(privateMember, privateGroupId);
      const message = await discussion.post(privateMember, channel.id, 'Le télescope arrive lundi.');
      const hits = (await find(privateMember, 'télescope')).nodes;
      expect(hits).toEqual([
        expect.objectContaining({
          kind: 'message',
          id: message.id,
          path: expect.stringContaining(`#message-${message.id}`),
        }),
      ]);
      for (const viewer of [null, outsider, member, voter]) expect(await found(viewer, 'télescope')).toEqual([]);
    });

    it('of a proposal’s channel follow the proposal’s readers', async () => {
      const id = await proposal(privateMember, privateGroupId, { title: 'Sismographe' });
      const channel = await discussion.channelOfProposal(privateMember, id);
      const message = await discussion.post(privateMember, channel.id, 'Les capteurs de vibrations sont prêts.');
      expect(await found(privateMember, 'vibrations')).toEqual([message.id]);
      expect(await found(voter, 'vibrations')).toEqual([]);
      await services.get(WorkflowService).transition(privateFacilitator, id, 'finalise');
      expect(await found(voter, 'vibrations')).toEqual([message.id]);
      expect(await found(outsider, 'vibrations')).toEqual([]);
    });

    it('are found as edited, and never once deleted or removed', async () => {
      const channel = await discussion.channelOfGroup(member, publicGroupId);
      const edited = await discussion.post(member, channel.id, 'Rendez-vous au gymnase.');
      await discussion.edit(member, edited.id, 'Rendez-vous à la médiathèque.');
      expect(await found(member, 'gymnase')).toEqual([]);
      expect(await found(member, 'médiathèque')).toEqual([edited.id]);
      const deleted = await discussion.post(member, channel.id, 'Une ardoise effacée.');
      await discussion.delete(member, deleted.id);
      const removed = await discussion.post(otherMember, channel.id, 'Une ardoise retirée.');
      await discussion.remove(facilitator, removed.id, 'Hors sujet');
      expect(await found(facilitator, 'ardoise')).toEqual([]);
      expect(await found(admin, 'ardoise')).toEqual([]);
    });
  });

  describe('bad input', () => {
    it('refuses a text of 1,000 characters (SEARCH_TOO_LONG), never cut', async () => {
      await expect(find(null, 'é'.repeat(1000))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'SEARCH_TOO_LONG',
      });
      expect((await find(null, 'a'.repeat(200))).totalCount).toBe(0);
    });

    it('finds nothing for punctuation only, stop words only, or the tsquery and LIKE characters', async () => {
      for (const text of ['?!…', '   ', '%', '_', ':*', "'", '’', '\\', '&|!(', '<->', 'le la']) {
        expect(await find(null, text)).toMatchObject({ totalCount: 0, nodes: [] });
      }
    });

    it('reads `%`, `_`, `:*`, `&`, `|`, `!`, `(`, quotes and backslashes between words as separators', async () => {
      expect(await found(null, 'géométrie:*')).toContain(ids.geometry);
      expect(await found(null, "%géométrie_ & !(espace|'\\")).toContain(ids.geometry);
    });

    it('refuses a page over 50, a foreign cursor, a domain that is no id, too many domains', async () => {
      await expect(find(null, 'école', { first: 51 })).rejects.toMatchObject({ reason: 'SEARCH_PAGE_TOO_LARGE' });
      await expect(find(null, 'école', { first: 0 })).rejects.toMatchObject({ reason: 'SEARCH_PAGE_TOO_LARGE' });
      for (const after of [
        'nope',
        Buffer.from('["s",-1]').toString('base64url'),
        Buffer.from('["o",1]').toString('base64url'),
      ]) {
        await expect(find(null, 'école', { after })).rejects.toMatchObject({ reason: 'CURSOR_INVALID' });
      }
      await expect(
        find(null, 'école', { after: Buffer.from('["s",5000]').toString('base64url') }),
      ).rejects.toMatchObject({ reason: 'SEARCH_TOO_FAR' });
      await expect(find(null, 'école', { domainIds: ["1' OR '1'='1"] })).rejects.toMatchObject({
        reason: 'SEARCH_DOMAIN_INVALID',
      });
      const many = Array.from({ length: 21 }, () => secondDomainId);
      await expect(find(null, 'école', { domainIds: many })).rejects.toMatchObject({
        reason: 'SEARCH_TOO_MANY_DOMAINS',
      });
    });
  });

  describe('pages and facets', () => {
    it('pages through the results with an opaque cursor, without repeating one', async () => {
      const all = await found(admin, MARKER);
      const first = await find(admin, MARKER, { first: 3 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await find(admin, MARKER, { first: 3, after: first.pageInfo.endCursor! });
      expect([...first.nodes, ...second.nodes].map((node) => node.id)).toEqual(all.slice(0, 6));
      expect(second.totalCount).toBe(all.length);
    });

    it('counts kinds within the domains asked and domains within the kinds asked', async () => {
      const results = await find(admin, 'géométrie', { kinds: ['group'] });
      expect(results.nodes.every((node) => node.kind === 'group')).toBe(true);
      expect(results.facets.kinds.map((facet) => facet.value).sort()).toEqual(['group', 'proposal']);
      const narrowed = await find(admin, MARKER, { domainIds: [secondDomainId] });
      expect(narrowed.nodes.map((node) => node.id)).toEqual([ids.maps]);
      expect(narrowed.facets.domains.map((facet) => facet.value).sort()).toEqual(
        [firstDomainId, secondDomainId].sort(),
      );
    });
  });

  describe('at scale: a bounded number of candidates', () => {
    /** `count` documents of `kind` holding `word`, read by `readers`, written as the domains' feeds write them. */
    const documents = (kind: string, word: string, count: number, readers: string[]) =>
      services.dataSource.query(
        `INSERT INTO search_document (kind, entity_id, title, title_key, summary, body, document, readers, domain_id, path)
         SELECT $1, $2 || '-' || n, 'Document ' || n, 'document ' || n, '', $2,
           setweight(to_tsvector('french_unaccent', 'Document ' || n), 'A') || setweight(to_tsvector('french_unaccent', $2), 'C'),
           $3::text[], NULL, '/' || $2 || '/' || n
         FROM generate_series(1, $4::int) n`,
        [kind, word, readers, count],
      );
    const max = SEARCH_LIMITS.countMax;

    it('counts up to SEARCH_LIMITS.countMax readable matches, then says the total is capped', async () => {
      await documents('common', 'quasar', max + 5, ['public']);
      const results = await find(null, 'quasar ');
      expect(results).toMatchObject({ totalCount: max, totalIsCapped: true });
      expect(results.nodes).toHaveLength(50);
      expect(results.facets.kinds).toEqual([{ value: 'common', label: 'Communs', count: max }]);
      const few = await find(null, 'quasar ', { first: 5 });
      expect(few.pageInfo.hasNextPage).toBe(true);
    });

    it('never lets a document one may not read take a candidate’s place nor be counted', async () => {
      // Written first, so that the index gives them before the readable ones.
      await documents('proposal', 'pulsar', max + 5, [`member:${privateGroupId}`]);
      await documents('common', 'pulsar', 3, ['public']);
      for (const viewer of [null, outsider]) {
        const results = await find(viewer, 'pulsar ');
        expect(results).toMatchObject({ totalCount: 3, totalIsCapped: false });
        expect(results.nodes.every((node) => node.kind === 'common')).toBe(true);
        expect(results.facets.kinds).toEqual([{ value: 'common', label: 'Communs', count: 3 }]);
      }
      expect(await find(privateMember, 'pulsar ')).toMatchObject({ totalCount: max, totalIsCapped: true });
    });

    it('finds the kind asked even when more than the bound of another kind match first', async () => {
      await documents('common', 'nebuleuse', max + 5, ['public']);
      await documents('group', 'nebuleuse', 2, ['public']);
      const groups = await find(null, 'nébuleuse ', { kinds: ['group'] });
      expect(groups).toMatchObject({ totalCount: 2, totalIsCapped: false });
      expect(groups.nodes.map((node) => node.kind)).toEqual(['group', 'group']);
    });

    it('looks for titles like the text only when its words find fewer than 20 documents', async () => {
      await documents('common', 'zorblax', 25, ['public']);
      const [{ id }] = await services.dataSource.query<{ id: string }[]>(
        `INSERT INTO search_document (kind, entity_id, title, title_key, document, readers, path)
         VALUES ('common', 'zorblux', 'Zorblux', 'zorblux', to_tsvector('french_unaccent', 'Zorblux'), '{public}', '/zorblux')
         RETURNING entity_id AS id`,
      );
      // « zorblax » is as like « Zorblux » as « geomtrie » is like « géométrie », but 25 documents hold the word.
      const many = await find(null, 'zorblax ');
      expect(many.totalCount).toBe(25);
      expect(many.nodes.map((node) => node.id)).not.toContain(id);
      expect(await found(null, 'zorblix ')).toEqual([id]);
    });

    it('answers in 2 statements whoever asks: the viewer’s keys, the search (the domains’ names are kept in memory)', async () => {
      // The fixtures' acts queued notifications: their jobs would be counted too.
      await jobsDone(services.dataSource);
      for (const viewer of [null, member, admin]) {
        await find(viewer, 'géométrie');
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          expect((await find(viewer, 'géométrie')).totalCount).toBeGreaterThan(0);
          expect(spy.mock.calls.length).toBe(viewer === admin ? 1 : 2);
        } finally {
          spy.mockRestore();
        }
      }
    });
  });

  describe('over GraphQL', () => {
    const QUERY = `query ($text: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
      search(text: $text, kinds: $kinds, first: $first, after: $after) {
        totalCount
        totalIsCapped
        nodes { kind id title excerptHtml path domain { id name } updatedAt }
        facets { kinds { value label count } domains { value label count } }
        pageInfo { hasNextPage endCursor }
      } }`;

    it('answers the public, without what it may not read', async () => {
      const { body } = await t.graphql(QUERY, { text: 'géométrie', first: 10 });
      expect(body.errors).toBeUndefined();
      expect(body.data.search.nodes.map((node: { id: string }) => node.id)).toContain(ids.geometry);
      const secret = await t.graphql(QUERY, { text: 'astronomie' });
      expect(secret.body.data.search).toMatchObject({ totalCount: 0, totalIsCapped: false, nodes: [] });
    });

    it('refuses 1,000 characters with its code and a French message', async () => {
      const { body } = await t.graphql(QUERY, { text: 'x'.repeat(1000) });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SEARCH_TOO_LONG' });
      expect(body.errors[0].message).toContain('200 caractères');
    });
  });
});
