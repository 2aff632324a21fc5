import { infiniteQueryOptions, queryOptions, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { graphqlRequest, type VariablesArgument } from './graphql-request';

/** The operation's name, as its text begins: `query GroupPage(…)` → `GroupPage`. */
function operationName<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): string {
  const name = /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
  if (!name) throw new Error('GraphQL operations are named: their name keys what they answer in the cache');
  return name;
}

/**
 * The cache's key of an operation's answer: its name, then its variables. With some of the variables only (or none),
 * the key of every answer that has them, to invalidate them together.
 */
export function queryKeyOf<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: Partial<TVariables>,
): readonly unknown[] {
  const name = operationName(document);
  return variables === undefined ? [name] : [name, variables];
}

/**
 * The key every query matches: after an act that changes the viewer's own rights (joining or leaving a group), whatever
 * they see may have changed.
 */
export const ALL_QUERIES: readonly unknown[] = [];

/** Runs a generated query through the cache: `useQuery(graphqlQuery(groupPageQuery, { slug }))`. */
export function graphqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
) {
  return queryOptions({
    queryKey: queryKeyOf<TResult, TVariables>(document, variables),
    queryFn: () => graphqlRequest(document, ...([variables] as VariablesArgument<TVariables>)),
  });
}

/** One page of a GraphQL connection, as the API's lists (`users`, `groupsDirectory`, `auditLog`…) answer it. */
export type Connection<TNode> = {
  nodes: TNode[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** The cached pages of a connection. */
export type ConnectionPages<TNode> = InfiniteData<Connection<TNode>, string | undefined>;

/**
 * A list read page by page from a GraphQL connection: `connectionOf` finds the connection in the answer (and may give
 * its nodes the `id` the lists key their rows by); each page resumes after the previous one's cursor.
 */
export function connectionQuery<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connectionOf: (result: TResult) => Connection<TNode>,
) {
  return infiniteQueryOptions({
    queryKey: queryKeyOf(document, variables as Partial<TVariables>),
    queryFn: async ({ pageParam }) =>
      connectionOf(
        await graphqlRequest(document, ...([{ ...variables, after: pageParam }] as VariablesArgument<TVariables>)),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: Connection<TNode>) =>
      page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
  });
}

/** Puts a node changed by a mutation in place of the one shown, in every list of the operation (every search). */
export function replaceInConnections<TResult, TVariables, TNode extends { id: string }>(
  cache: QueryClient,
  document: TypedDocumentString<TResult, TVariables>,
  changed: Partial<TNode> & { id: string },
) {
  cache.setQueriesData<ConnectionPages<TNode>>({ queryKey: queryKeyOf(document) }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            nodes: page.nodes.map((node) => (node.id === changed.id ? { ...node, ...changed } : node)),
          })),
        }
      : data,
  );
}
