import { account, PeopleApp, Person, startPeopleApp } from '../support/people';

/**
 * The journal as CSV: the same entries as the journal page for the same person and filters (all of
 * it for administrators, their groups' for facilitators, refused to others), a header row, commas,
 * UTF-8, ISO dates, fields quoted when needed and never read as a spreadsheet formula.
 */
describe('the journal exported as CSV', () => {
  let app: PeopleApp;
  let nadia: Person;
  let samir: Person;
  let claire: Person;
  let samirsGroup: string;
  let nadiasGroup: string;

  beforeAll(async () => {
    app = await startPeopleApp([account('nadia', 'admin'), account('samir'), account('claire')]);
    nadia = await app.signIn('nadia');
    samir = await app.signIn('samir');
    claire = await app.signIn('claire');
    const created = await nadia.graphql(
      `mutation ($f: ID!) { createGroup(input: { domainSlug: "logiciels-libres", kind: working_group, name: "Groupe, « exporté »", joinPolicy: open, facilitatorId: $f }) { id } }`,
      { f: samir.id },
    );
    samirsGroup = created.data!.createGroup.id;
    await claire.graphql('mutation ($g: ID!) { joinGroup(groupId: $g) { role } }', { g: samirsGroup });
    // A charter that starts like a formula: exported as text.
    await samir.graphql('mutation ($g: ID!) { updateGroup(groupId: $g, input: { name: "=SOMME(A1:A9)" }) { id } }', {
      g: samirsGroup,
    });
    nadiasGroup = (
      await nadia.graphql(
        `mutation { createGroup(input: { domainSlug: "logiciels-libres", kind: committee, name: "Comité de Nadia" }) { id } }`,
      )
    ).data!.createGroup.id;
  });
  afterAll(() => app.close());

  const download = (person: Person, query = '') =>
    fetch(`${app.url}/journal/export.csv${query}`, { headers: person.cookie ? { cookie: person.cookie } : {} });

  /** Splits the CSV into rows of fields (quoted fields may hold commas and quotes). */
  function parse(csv: string): string[][] {
    const rows: string[][] = [];
    for (const line of csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)) {
      const fields: string[] = [];
      const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(line)) && match[0] !== '') {
        const raw = match[1];
        fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
        if (match[2] === '') break;
      }
      rows.push(fields);
    }
    return rows;
  }

  it('gives administrators the whole journal, newest first, as the page does', async () => {
    const response = await download(nadia);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="journal-ouvroir-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // UTF-8 with its byte order mark, which spreadsheets need to read accents (fetch's text() would drop it).
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const [header, ...rows] = parse(text);
    expect(header).toEqual([
      'date',
      'acte',
      'auteur',
      'personne_concernee',
      'groupe',
      'objet',
      'objet_id',
      'precisions',
    ]);
    const page = await nadia.graphql('{ auditLog(first: 100) { totalCount nodes { action occurredAt } } }');
    expect(rows).toHaveLength(page.data!.auditLog.totalCount);
    expect(rows.map((row) => [row[0], row[1]])).toEqual(
      page.data!.auditLog.nodes.map((node: { action: string; occurredAt: string }) => [
        new Date(node.occurredAt).toISOString(),
        node.action,
      ]),
    );
    for (const row of rows) expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const joined = rows.find((row) => row[1] === 'member_joined')!;
    expect(joined.slice(2, 6)).toEqual(['Claire Test', 'Claire Test', "'=SOMME(A1:A9)", 'membership']);
    // The recorded details, with the quotes and commas of the name kept inside one field.
    const createdRow = rows.find((row) => row[1] === 'group_created' && row[6] === samirsGroup)!;
    expect(createdRow[3]).toBe('Samir Test');
    expect(JSON.parse(createdRow[7])).toMatchObject({ name: 'Groupe, « exporté »' });
  });

  it('gives a facilitator the entries of their groups only, and filters as the page does', async () => {
    const [, ...rows] = parse(await (await download(samir)).text());
    const page = await samir.graphql('{ auditLog(first: 100) { totalCount } }');
    expect(rows).toHaveLength(page.data!.auditLog.totalCount);
    expect(rows.every((row) => row[4] === "'=SOMME(A1:A9)")).toBe(true);
    expect(rows.some((row) => row[6] === nadiasGroup)).toBe(false);

    const [, ...joins] = parse(await (await download(nadia, '?action=member_joined')).text());
    expect(joins.map((row) => row[1])).toEqual(['member_joined']);
    const [, ...future] = parse(
      await (
        await download(nadia, `?since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`)
      ).text(),
    );
    expect(future).toEqual([]);
  });

  it('refuses the public, a member who facilitates nothing, another group, and bad filters', async () => {
    expect((await download(app.anonymous)).status).toBe(401);
    const member = await download(claire);
    expect(member.status).toBe(403);
    expect(((await member.json()) as { message: string }).message).toMatch(/journal/i);
    expect([403, 404]).toContain((await download(samir, `?groupId=${nadiasGroup}`)).status);
    for (const query of ['?action=pas_un_acte', '?since=hier', '?action=member_joined&action=member_left']) {
      const refused = await download(nadia, query);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { message: string }).message).toBeTruthy();
    }
  });
});
