import { useCallback, useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import type { DomainsQuery } from '../gql/graphql';

const domainsQuery = graphql(`
  query Domains {
    domains {
      id
      slug
      name
      description
    }
  }
`);

type Domain = DomainsQuery['domains'][number];

type DomainsState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'success'; domains: Domain[] };

/** Loads the programme's domains; `retry` loads them again after an error. */
export function useDomains(): DomainsState & { retry: () => void } {
  const [state, setState] = useState<DomainsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    graphqlRequest(domainsQuery).then(
      (data) => !cancelled && setState({ status: 'success', domains: data.domains }),
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
