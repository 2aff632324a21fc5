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
 * Keyset pagination: the matching count, then `first + 1` rows sorted by (`sortColumn`, `idColumn`)
 * after the cursor key. LIMIT rather than TypeORM's `take`, which adds a query whenever a join is selected.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sortColumn: string,
  idColumn: string,
  first: number,
  after?: unknown[],
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const total = await query.clone().getCount();
  if (after) {
    const beyond = direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${sortColumn}, ${idColumn}) ${beyond} (:afterSort, :afterId)`, {
      afterSort: after[0],
      afterId: after[1],
    });
  }
  try {
    const rows = await query
      .orderBy(sortColumn, direction)
      .addOrderBy(idColumn, direction)
      .limit(first + 1)
      .getMany();
    return { rows, total };
  } catch (error) {
    // A key PostgreSQL cannot read as the column's type (a date that is none, an id that is no UUID).
    if (after && DATA_EXCEPTION.test((error as { code?: string }).code ?? '')) throw invalidCursor();
    throw error;
  }
}
