import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { graphqlRequest, type VariablesArgument } from './graphql-request';
import { queryKeyOf, type Connection } from './queries';

/**
 * A connection that counts its results by facet (the catalogue's, the search's) beside its page; the search's
 * counts stop at a bound (`totalIsCapped`).
 */
export type FacetedConnection<TNode, TFacets> = Connection<TNode> & { facets: TFacets; totalIsCapped?: boolean };

/**
 * A faceted list read page by page: the nodes of every page read so far, and the counts of the first page (every page
 * of one search counts the same results). While the list of new filters loads, the previous one stays on screen.
 */
export function useFacetedConnection<
  TResult,
  TVariables extends { after?: string | null },
  TNode extends { id: string },
  TFacets,
>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connectionOf: (result: TResult) => FacetedConnection<TNode, TFacets>,
  enabled = true,
) {
  return useInfiniteQuery({
    ...infiniteQueryOptions({
      queryKey: queryKeyOf(document, variables as Partial<TVariables>),
      queryFn: async ({ pageParam }) =>
        connectionOf(
          await graphqlRequest(document, ...([{ ...variables, after: pageParam }] as VariablesArgument<TVariables>)),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page: FacetedConnection<TNode, TFacets>) =>
        page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
    }),
    enabled,
    placeholderData: keepPreviousData,
    select: (data) => {
      const shown = new Set<string>();
      const nodes = data.pages.flatMap((page) =>
        page.nodes.filter((node) => !shown.has(node.id) && Boolean(shown.add(node.id))),
      );
      const last = data.pages.at(-1);
      return {
        nodes,
        totalCount: last?.totalCount ?? 0,
        totalIsCapped: last?.totalIsCapped ?? false,
        facets: data.pages[0]?.facets,
      };
    },
  });
}
