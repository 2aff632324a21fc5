import { useCallback, useEffect, useRef, useState } from 'react';
import { codeOf, messageOf } from './graphql-request';

/** One page of a GraphQL connection, as the API's lists (`users`, `groupsDirectory`, `auditLog`…) answer it. */
export type Connection<TNode> = {
  nodes: TNode[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** Loads one page: the query (a search text, a set of filters) and the cursor to resume after (undefined for the first). */
export type PageLoader<TNode, TQuery = string> = (
  query: TQuery,
  after: string | undefined,
) => Promise<Connection<TNode>>;

type Results<TNode, TQuery> = {
  /** The query these results answer, and its key: while a newer one loads, the older results stay on screen. */
  query: TQuery;
  key: string;
  nodes: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor?: string | null;
};

type ResultsState<TNode, TQuery> =
  | { status: 'loading' }
  /** `code` is the API's stable code (FORBIDDEN…), undefined when the API was not reached. */
  | { status: 'error'; message: string; code?: string }
  | ({ status: 'success' } & Results<TNode, TQuery>);

type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string };

export type PaginatedSearch<TNode, TQuery = string> = ResultsState<TNode, TQuery> & {
  /** True while the results shown answer an older query than the current one. */
  searching: boolean;
  more: MoreState;
  /** Appends the next page; resolves to the index of its first row, or undefined when nothing was added. */
  loadMore: () => Promise<number | undefined>;
  /** Puts a node changed by a mutation in place of the one shown. */
  replace: (node: Partial<TNode> & { id: string }) => void;
  /** Loads the first page again after a change (a member added), the current rows staying on screen meanwhile. */
  refresh: () => void;
  retry: () => void;
};

function withPage<TNode extends { id: string }>(nodes: TNode[], page: Connection<TNode>) {
  // A row renamed between two pages could come back in the next one: it is shown once.
  const shown = new Set(nodes.map((node) => node.id));
  return {
    nodes: [...nodes, ...page.nodes.filter((node) => !shown.has(node.id))],
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
  };
}

/**
 * A list read page by page from a GraphQL connection, for a query that may change (compared by value);
 * `load` must be stable (a module-level function).
 */
export function usePaginatedSearch<TNode extends { id: string }, TQuery = string>(
  load: PageLoader<TNode, TQuery>,
  query: TQuery,
): PaginatedSearch<TNode, TQuery> {
  const key = JSON.stringify(query);
  const [state, setState] = useState<ResultsState<TNode, TQuery>>({ status: 'loading' });
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // Each first page requested gets a number: an answer for an older query, or its next page, is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    const answered = JSON.parse(key) as TQuery;
    load(answered, undefined).then(
      (page) => {
        if (current !== generation.current) return;
        setState({ status: 'success', query: answered, key, ...withPage([], page) });
        setMore({ status: 'idle' });
      },
      (error: unknown) =>
        current === generation.current && setState({ status: 'error', message: messageOf(error), code: codeOf(error) }),
    );
  }, [load, key, attempt]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'success' || !state.hasNextPage) return undefined;
    const current = generation.current;
    setMore({ status: 'loading' });
    try {
      const page = await load(state.query, state.endCursor ?? undefined);
      if (current !== generation.current) return undefined;
      setState((previous) =>
        previous.status === 'success' ? { ...previous, ...withPage(previous.nodes, page) } : previous,
      );
      setMore({ status: 'idle' });
      return page.nodes.length > 0 ? state.nodes.length : undefined;
    } catch (error) {
      if (current === generation.current) setMore({ status: 'error', message: messageOf(error) });
      return undefined;
    }
  }, [load, state]);

  const replace = useCallback((changed: Partial<TNode> & { id: string }) => {
    setState((previous) =>
      previous.status === 'success'
        ? {
            ...previous,
            nodes: previous.nodes.map((node) => (node.id === changed.id ? { ...node, ...changed } : node)),
          }
        : previous,
    );
  }, []);

  const refresh = useCallback(() => setAttempt((count) => count + 1), []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  const searching = state.status === 'success' && state.key !== key;
  return { ...state, searching, more, loadMore, replace, refresh, retry };
}
