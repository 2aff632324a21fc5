import { DomainError } from '@ouvroir/core';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** SQLSTATE class 22, data exception: a value that is not of its column's type. */
const DATA_EXCEPTION = /^22/;

/**
 * Keyset pagination as core's `keysetPage` does it, for the pages that read their count (or
 * their rows' parts) in the same statement: `first + 1` rows sorted by (`sortColumn`, `idColumn`)
 * after the cursor key.
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

/** Runs `read`; a cursor key PostgreSQL cannot read as its column's type was not one of ours. */
export async function readAfter<T>(after: unknown[] | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (after && DATA_EXCEPTION.test((error as { code?: string }).code ?? '')) {
      throw DomainError.of('CURSOR_INVALID');
    }
    throw error;
  }
}

/** Rows of a `json_agg`, their timestamps made dates again. */
export function fromJson<T>(rows: unknown, dates: readonly string[]): T[] {
  return ((rows ?? []) as Record<string, unknown>[]).map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of dates) copy[key] = row[key] === null ? null : new Date(row[key] as string);
    return copy as T;
  });
}
