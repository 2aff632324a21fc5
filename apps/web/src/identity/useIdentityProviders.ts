import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import type { IdentityProvidersQuery } from '../gql/graphql';

const identityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      id
      label
      kind
      available
    }
  }
`);

export type IdentityProvider = IdentityProvidersQuery['identityProviders'][number];

type IdentityProvidersState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'success'; providers: IdentityProvider[] };

/** Loads the identity providers offered on the sign-in page; `retry` loads them again after an error. */
export function useIdentityProviders(): IdentityProvidersState & { retry: () => void } {
  const [state, setState] = useState<IdentityProvidersState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    graphqlRequest(identityProvidersQuery).then(
      (data) => !cancelled && setState({ status: 'success', providers: data.identityProviders }),
      (error: unknown) =>
        !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { ...state, retry };
}
