import { useCallback, useEffect, useRef, useState } from 'react';

/** One page of a GraphQL connection, as the API's `users` and `organisations` answer it. */
export type Connection<TNode> = {
  nodes: TNode[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** Loads one page: the search (undefined for everything) and the cursor to resume after (undefined for the first). */
export type PageLoader<TNode> = (search: string | undefined, after: string | undefined) => Promise<Connection<TNode>>;

type Results<TNode> = {
  /** The search these results answer: while a newer one loads, the older results stay on screen. */
  search: string;
  nodes: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor?: string | null;
};

type ResultsState<TNode> =
  { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'success' } & Results<TNode>);

type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string };

export type PaginatedSearch<TNode> = ResultsState<TNode> & {
  /** True while the results shown answer an older search than the current one. */
  searching: boolean;
  more: MoreState;
  /** Appends the next page; resolves to the index of its first row, or undefined when nothing was added. */
  loadMore: () => Promise<number | undefined>;
  /** Puts a node changed by a mutation in place of the one shown. */
  replace: (node: Partial<TNode> & { id: string }) => void;
  retry: () => void;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

/** A searchable list read page by page from a GraphQL connection; `load` must be stable (a module-level function). */
export function usePaginatedSearch<TNode extends { id: string }>(
  load: PageLoader<TNode>,
  search: string,
): PaginatedSearch<TNode> {
  const [state, setState] = useState<ResultsState<TNode>>({ status: 'loading' });
  const [more, setMore] = useState<MoreState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  // Each first page requested gets a number: an answer for an older search, or its next page, is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    load(search || undefined, undefined).then(
      (page) => {
        if (current !== generation.current) return;
        setState({ status: 'success', search, ...withPage([], page) });
        setMore({ status: 'idle' });
      },
      (error: unknown) => current === generation.current && setState({ status: 'error', message: messageOf(error) }),
    );
  }, [load, search, attempt]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'success' || !state.hasNextPage) return undefined;
    const current = generation.current;
    setMore({ status: 'loading' });
    try {
      const page = await load(state.search || undefined, state.endCursor ?? undefined);
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

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  const searching = state.status === 'success' && state.search !== search;
  return { ...state, searching, more, loadMore, replace, retry };
}
