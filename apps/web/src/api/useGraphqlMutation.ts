import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { graphqlRequest, type VariablesArgument } from './graphql-request';

type MutationEffects<TResult, TVariables> = {
  /** Puts what the answer holds where the pages read it (`setQueryData`): shown at once, without asking again. */
  update?: (cache: QueryClient, result: TResult, variables: TVariables) => void;
  /**
   * The queries showing what the mutation changes (keys from `queryKeyOf`, partial ones matching every answer that
   * has their variables): those on screen are read again before the mutation resolves, the others when next shown.
   */
  invalidates?: (variables: TVariables, result: TResult) => QueryKey[];
};

/**
 * Runs a generated mutation (`mutateAsync(variables)`); once it succeeds, the cache is updated from its answer, then
 * what it changed is read again, so that the page shows the change when the act resolves (and its news shows).
 */
export function useGraphqlMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  { update, invalidates }: MutationEffects<TResult, TVariables> = {},
) {
  const cache = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => graphqlRequest(document, ...([variables] as VariablesArgument<TVariables>)),
    onSuccess: async (result, variables) => {
      update?.(cache, result, variables);
      await Promise.all(
        (invalidates?.(variables, result) ?? []).map((queryKey) => cache.invalidateQueries({ queryKey })),
      );
    },
  });
}
