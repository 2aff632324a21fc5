import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { graphqlRequest } from './graphql-request';

export type QueryState<TResult> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'success'; data: TResult };

/** Runs a GraphQL query without variables when the component mounts; `retry` runs it again after an error. */
export function useGraphqlQuery<TResult>(
  document: TypedDocumentString<TResult, Record<string, never>>,
): QueryState<TResult> & { retry: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    graphqlRequest(document).then(
      (data) => !cancelled && setState({ status: 'success', data }),
      (error: unknown) =>
        !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [document, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { ...state, retry };
}
