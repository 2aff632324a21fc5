export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';
export type ResponseMediaType = typeof GRAPHQL_RESPONSE_TYPE | 'application/json';

/**
 * The media type of a GraphQL answer, chosen from the request's Accept as GraphQL over HTTP says:
 * `application/graphql-response+json` when the client asks for it first, else `application/json`
 * (also with no Accept, or one accepting any type). A range refused with `q=0` is skipped.
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType {
  const ranges = (accept ?? '')
    .split(',')
    .map((range, index) => {
      const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith('q='));
      return { type, weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((range) => range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { type } of ranges) {
    if (type === GRAPHQL_RESPONSE_TYPE) return GRAPHQL_RESPONSE_TYPE;
    if (type === 'application/json' || type === 'application/*' || type === '*/*') return 'application/json';
  }
  return 'application/json';
}
