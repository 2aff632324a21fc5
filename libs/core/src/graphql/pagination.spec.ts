import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, toConnection } from './pagination';

describe('cursor pagination', () => {
  it('decodes the cursors it encodes', () => {
    expect(decodeCursor(encodeCursor(['Logiciels libres', 'a1b2']))).toEqual(['Logiciels libres', 'a1b2']);
  });

  it.each(['not-base64-json', encodeCursor([]).slice(0, 1), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses the malformed cursor %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(DomainError);
      expect(() => decodeCursor(cursor)).toThrow(/Curseur de pagination invalide/);
    },
  );

  it('keeps `first` rows and says whether more follow', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toConnection(rows, 2, 10, (row) => [row.id]);
    expect(page.nodes).toEqual([{ id: 1 }, { id: 2 }]);
    expect(page.totalCount).toBe(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual([2]);
    expect(toConnection(rows.slice(0, 2), 2, 2, (row) => [row.id]).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, 0, (row: { id: number }) => [row.id]).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
