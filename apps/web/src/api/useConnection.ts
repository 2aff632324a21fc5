import { keepPreviousData, useInfiniteQuery, type UseInfiniteQueryResult } from '@tanstack/react-query';
import type { connectionQuery, ConnectionPages } from './queries';

/** A connection's pages as one list: each node once, and how many there are in all. */
export type List<TNode> = {
  nodes: TNode[];
  totalCount: number;
  /** The count stopped at a bound (the search's): there are more than `totalCount`. */
  totalIsCapped?: boolean;
};

/** A list read page by page, as `PaginatedResults` shows it. */
export type PaginatedList<TNode> = UseInfiniteQueryResult<List<TNode>>;

function listOf<TNode extends { id: string }>(data: ConnectionPages<TNode>): List<TNode> {
  // A row renamed between two pages could come back in the next one: it is shown once.
  const shown = new Set<string>();
  const nodes = data.pages.flatMap((page) =>
    page.nodes.filter((node) => !shown.has(node.id) && Boolean(shown.add(node.id))),
  );
  return { nodes, totalCount: data.pages.at(-1)?.totalCount ?? 0 };
}

/**
 * A list read page by page (`connectionQuery`), for variables that may change (a search, filters): while the list of
 * the new ones loads, the previous one stays on screen (`isPlaceholderData`). `enabled: false` reads nothing.
 */
export function useConnection<TResult, TVariables extends { after?: string | null }, TNode extends { id: string }>(
  options: ReturnType<typeof connectionQuery<TResult, TVariables, TNode>>,
  enabled = true,
): PaginatedList<TNode> {
  return useInfiniteQuery({ ...options, enabled, placeholderData: keepPreviousData, select: listOf<TNode> });
}
