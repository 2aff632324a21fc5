import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, type ReactNode } from 'react';
import { codeOf, graphqlRequest, messageOf } from '../api/graphql-request';
import { queryKeyOf } from '../api/queries';
import { graphql } from '../gql';
import { i18n } from '../i18n';
import { SessionContext, type Session, type SessionState } from './useSession';

const meQuery = graphql(`
  query Me {
    me {
      id
      displayName
      agreementForm
      publicProfile
      email
      platformRole
      organisation {
        id
        name
        type
      }
    }
  }
`);

/** The API's answer to `me` when nobody is signed in: a normal state, not a failure. */
const UNAUTHENTICATED = 'UNAUTHENTICATED';

/** The cache's key of the signed-in person: a change of their own profile reads it again. */
export const meQueryKey = queryKeyOf(meQuery);

/** The signed-in person, or null for a visitor. */
const sessionQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: () =>
    graphqlRequest(meQuery).then(
      ({ me }) => me,
      (error: unknown) => {
        if (codeOf(error) === UNAUTHENTICATED) return null;
        throw error;
      },
    ),
  // Read once for the whole client: signing in or out loads the whole page anew.
  staleTime: Infinity,
});

/** Loads who is signed in once for the whole client, and shares it through useSession. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error, isError, refetch } = useQuery(sessionQuery);
  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const signOut = useCallback(async () => {
    let redirectTo: string;
    try {
      // JSON content type: the API refuses a logout that a foreign form could have sent.
      const response = await fetch('/auth/logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        credentials: 'include',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      ({ redirectTo } = (await response.json()) as { redirectTo: string });
    } catch {
      throw new Error(i18n.t('session.signOutFailed'));
    }
    // A full page load: the provider may end its own session too, and no state of the signed-in person survives.
    window.location.assign(redirectTo);
  }, []);

  const session = useMemo<Session>(() => {
    let state: SessionState;
    if (data) state = { status: 'signedIn', user: data };
    else if (data === null) state = { status: 'anonymous' };
    else if (isError) state = { status: 'anonymous', error: messageOf(error) };
    else state = { status: 'loading' };
    return { ...state, refresh, signOut };
  }, [data, error, isError, refresh, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
