// The baseline of the benchmark: a bare Node HTTP server answering the same rows as the GraphQL
// queries measured, with hand-written `pg` queries and nothing else (no framework, no GraphQL):
// `/` the domains, `/groups` the first page of 50 public groups with member counts and facilitators,
// `/proposals?group=` the first page of 50 proposals of a group with their authors.
const { createServer } = require('node:http');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const DIRECTORY = `
  SELECT g.name, g.slug, d.name AS domain,
    g.member_count AS "memberCount",
    (SELECT coalesce(json_agg(json_build_object('displayName', u.display_name) ORDER BY m.since), '[]')
       FROM membership m JOIN user_account u ON u.id = m.user_id
      WHERE m.group_id = g.id AND m.role = 'facilitator') AS facilitators
  FROM work_group g JOIN domain d ON d.id = g.domain_id
  WHERE g.visibility = 'public'
  ORDER BY g.name, g.id LIMIT 51`;

const PROPOSALS = `
  SELECT p.id, p.title, p.state, p.support_count AS "supportCount", p.comment_count AS "commentCount",
    p.updated_at AS "updatedAt",
    (SELECT json_agg(json_build_object('status', a.status, 'user', json_build_object('displayName', u.display_name)))
       FROM proposal_author a JOIN user_account u ON u.id = a.user_id WHERE a.proposal_id = p.id) AS authors
  FROM proposal p WHERE p.group_id = (SELECT id FROM work_group WHERE slug = $1)
  ORDER BY p.updated_at DESC, p.id DESC LIMIT 51`;

async function answer(url) {
  const proposalsOf = new URL(url, 'http://localhost').searchParams.get('group');
  if (proposalsOf) {
    const [{ rows: count }, { rows }] = await Promise.all([
      pool.query(
        'SELECT count(*)::int AS n FROM proposal WHERE group_id = (SELECT id FROM work_group WHERE slug = $1)',
        [proposalsOf],
      ),
      pool.query(PROPOSALS, [proposalsOf]),
    ]);
    return { data: { group: { proposals: { totalCount: count[0].n, nodes: rows.slice(0, 50) } } } };
  }
  if (url === '/groups') {
    const [{ rows: count }, { rows }] = await Promise.all([
      pool.query(`SELECT count(*)::int AS n FROM work_group WHERE visibility = 'public'`),
      pool.query(DIRECTORY),
    ]);
    return { data: { groupsDirectory: { totalCount: count[0].n, nodes: rows.slice(0, 50) } } };
  }
  const { rows } = await pool.query('SELECT slug, name FROM domain ORDER BY name');
  return { data: { domains: rows } };
}

createServer(async (request, response) => {
  const body = JSON.stringify(await answer(request.url));
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
