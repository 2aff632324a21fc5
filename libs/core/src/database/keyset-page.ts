import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidCursor } from '../graphql/pagination';

/** SQLSTATE class 22, data exception: a value that is not of its column's type. */
const DATA_EXCEPTION = /^22/;

export interface Page<T> {
  rows: T[];
  total: number;
}

/** An ILIKE pattern matching `text` anywhere, its own % and _ taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * Keyset pagination's page: `first + 1` rows sorted by (`sortColumn`, `idColumn`) after the cursor key.
 * LIMIT rather than TypeORM's `take`, which adds a query whenever a join is selected.
 */
export function sortedAfter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  idColumn: string,
  first: number,
  after?: unknown[],
  direction: 'ASC' | 'DESC' = 'ASC',
): SelectQueryBuilder<T> {
  if (after) {
    query.andWhere(`(${sortColumn}, ${idColumn}) ${direction === 'ASC' ? '>' : '<'} (:afterSort, :afterId)`, {
      afterSort: after[0],
      afterId: after[1],
    });
  }
  return query
    .orderBy(sortColumn, direction)
    .addOrderBy(idColumn, direction)
    .limit(first + 1);
}

/** Runs `read`; a cursor key PostgreSQL cannot read as its column's type (a date that is none, an id that is no UUID) was not one of ours. */
export async function readAfter<T>(after: unknown[] | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (after && DATA_EXCEPTION.test((error as { code?: string }).code ?? '')) throw invalidCursor();
    throw error;
  }
}

/** Keyset pagination: the matching count, then the page of `sortedAfter`. */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  idColumn: string,
  first: number,
  after?: unknown[],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const total = await query.clone().getCount();
  const rows = await readAfter(after, () =>
    sortedAfter(query, sortColumn, idColumn, first, after, direction).getMany(),
  );
  return { rows, total };
}
