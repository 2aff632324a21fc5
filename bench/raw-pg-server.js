// The baseline of the benchmark: a bare Node HTTP server answering the same rows as the GraphQL
// queries measured, with hand-written `pg` queries and nothing else (no framework, no GraphQL):
// `/` the domains, `/groups` the first page of 50 public groups with member counts and facilitators,
// `/proposals?group=` the first page of 50 proposals of a group with their authors, `/commons` the
// catalogue's first page of 50 commons with its facets (the same rows as `commons(first: 50)`).
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

const COMMONS_PAGE = `
  SELECT c.slug, c.name, c.kind, c.status, c.summary, c.id,
    json_build_object('expression', c.licence, 'open', c.licence_open) AS licence,
    json_build_object('name', d.name) AS domain
  FROM common c JOIN domain d ON d.id = c.domain_id ORDER BY c.name, c.id LIMIT 51`;

/** Each facet's counts over the whole catalogue (no filter: each facet is the plain grouping). */
const COMMONS_FACETS = `
  SELECT 'total' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM common
  UNION ALL (SELECT 'kinds', kind, NULL, count(*)::int FROM common GROUP BY kind)
  UNION ALL (SELECT 'statuses', status, NULL, count(*)::int FROM common GROUP BY status)
  UNION ALL (SELECT 'domains', d.id::text, d.name, count(*)::int FROM common c JOIN domain d ON d.id = c.domain_id GROUP BY d.id)
  UNION ALL (SELECT 'licences', l, l, count(*)::int FROM common, unnest(licence_ids) l GROUP BY l ORDER BY 4 DESC LIMIT 30)
  UNION ALL (SELECT 'levels', k.uri, k.label, count(*)::int FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
             WHERE s.vocabulary = '022' GROUP BY k.uri ORDER BY 4 DESC LIMIT 30)
  UNION ALL (SELECT 'subjects', k.uri, k.label, count(*)::int FROM common_scolomfr s JOIN scolomfr_concept k ON k.uri = s.concept_uri
             WHERE s.vocabulary = '015' GROUP BY k.uri ORDER BY 4 DESC LIMIT 30)
  UNION ALL (SELECT 'forges', forge, forge, count(DISTINCT common_id)::int FROM common_repository GROUP BY forge)
  UNION ALL (SELECT 'organisations', o.id::text, o.name, count(DISTINCT u.common_id)::int
             FROM (SELECT common_id, organisation_id FROM common_maintainer WHERE organisation_id IS NOT NULL
                   UNION SELECT common_id, organisation_id FROM common_usage) u
             JOIN organisation o ON o.id = u.organisation_id GROUP BY o.id ORDER BY 4 DESC LIMIT 30)`;

async function commons() {
  const [{ rows }, { rows: facetRows }] = await Promise.all([pool.query(COMMONS_PAGE), pool.query(COMMONS_FACETS)]);
  const facets = {};
  let totalCount = 0;
  for (const row of facetRows) {
    if (row.facet === 'total') totalCount = row.count;
    else (facets[row.facet] ??= []).push({ value: row.value, label: row.label ?? row.value, count: row.count });
  }
  const nodes = rows.slice(0, 50).map(({ id: _id, ...node }) => node);
  const last = rows[49];
  const endCursor = last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null;
  return { data: { commons: { totalCount, pageInfo: { hasNextPage: rows.length > 50, endCursor }, nodes, facets } } };
}

async function answer(url) {
  if (url === '/commons') return commons();
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
