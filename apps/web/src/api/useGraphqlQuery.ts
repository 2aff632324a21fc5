import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { codeOf, graphqlRequest, messageOf, type VariablesArgument } from './graphql-request';

export type QueryState<TResult> =
  | { status: 'loading' }
  /** `code` is the API's stable code (NOT_FOUND, FORBIDDEN…), undefined when the API was not reached. */
  | { status: 'error'; message: string; code?: string }
  | { status: 'success'; data: TResult };

type Answer<TResult> = { argsKey: string; state: QueryState<TResult> };

/**
 * Runs a GraphQL query when the component mounts and again when its variables change; `retry` runs it
 * again after an error; `refresh` reloads it after a change while the current data stays on screen.
 */
export function useGraphqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...args: VariablesArgument<TVariables>
): QueryState<TResult> & { retry: () => void; refresh: () => Promise<void> } {
  // Compared by value: callers build a new variables object at each render.
  const argsKey = JSON.stringify(args);
  const [answer, setAnswer] = useState<Answer<TResult>>({ argsKey, state: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    graphqlRequest(document, ...(JSON.parse(argsKey) as VariablesArgument<TVariables>)).then(
      (data) => !cancelled && setAnswer({ argsKey, state: { status: 'success', data } }),
      (error: unknown) =>
        !cancelled &&
        setAnswer({ argsKey, state: { status: 'error', message: messageOf(error), code: codeOf(error) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [document, argsKey, attempt]);

  const retry = useCallback(() => {
    setAnswer((previous) => ({ ...previous, state: { status: 'loading' } }));
    setAttempt((count) => count + 1);
  }, []);

  // A failure is the caller's to tell: the data shown stays as it was.
  const refresh = useCallback(async () => {
    const data = await graphqlRequest(document, ...(JSON.parse(argsKey) as VariablesArgument<TVariables>));
    setAnswer({ argsKey, state: { status: 'success', data } });
  }, [document, argsKey]);

  // The answer to other variables (the previous page's group) is never shown for these.
  const state: QueryState<TResult> = answer.argsKey === argsKey ? answer.state : { status: 'loading' };
  return { ...state, retry, refresh };
}
