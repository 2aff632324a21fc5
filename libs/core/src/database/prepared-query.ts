import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** Each text's name, computed once: a digest costs more than the rest of the call (OpenSSL 3's set-up). */
const names = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement: PostgreSQL parses and plans it once per connection
 * and then only executes it, where TypeORM's unnamed statements are planned again on every request
 * (about 5 ms for the groups directory, as much as executing it: npm run bench). For the hot reads
 * only: each distinct text stays prepared on every connection of the pool for its lifetime.
 *
 * The name is `label` and a digest of the text, so that the variants of one query (its optional
 * conditions) never share a name: node-postgres refuses a name it has prepared with another text.
 * The statement goes through TypeORM's query runner, which hands node-postgres the query config as
 * given, so that its error wrapping, its logging and the tests counting statements see it as any other.
 */
export function preparedQuery<T>(
  runner: DataSource | EntityManager,
  label: string,
  text: string,
  params: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (!name) {
    name = `${label}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  // node-postgres takes `{ name, text }` where TypeORM's types say a string; it adds the values itself.
  return runner.query({ name, text } as unknown as string, params);
}
