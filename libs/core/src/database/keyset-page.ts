import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
  const rows = await query
    .orderBy(sortColumn, direction)
    .addOrderBy(idColumn, direction)
    .limit(first + 1)
    .getMany();
  return { rows, total };
}
