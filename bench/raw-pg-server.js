// The baseline of the benchmark: a bare Node HTTP server answering the same rows as
// `{ domains { slug name } }` with one `pg` query, and nothing else (no framework, no GraphQL).
const { createServer } = require('node:http');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

createServer(async (request, response) => {
  const { rows } = await pool.query('SELECT slug, name FROM domain ORDER BY name');
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ data: { domains: rows } }));
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
