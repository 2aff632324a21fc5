import { costKey } from './graphql-options';
import { responseMediaType } from './media-type';

describe('GraphQL options', () => {
  it('keys the cost cache by a hash: an entry stays small whatever the variables weigh', () => {
    const heavy = { markdown: 'x'.repeat(900_000) };
    expect(costKey(heavy).length).toBeLessThanOrEqual(64);
    expect(costKey(heavy)).toBe(costKey({ markdown: 'x'.repeat(900_000) }));
    expect(costKey(heavy)).not.toBe(costKey({ markdown: 'y' }));
  });

  it.each([
    [undefined, 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
    ['application/json;q=0.5, application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json;q=0, application/json', 'application/json'],
  ])('answers Accept %s with %s', (accept, mediaType) => {
    expect(responseMediaType(accept)).toBe(mediaType);
  });
});
