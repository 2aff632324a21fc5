import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { GraphqlRequestError, graphqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';
import { i18n } from '../i18n';
import { SessionContext, type Session, type SessionState } from './useSession';

const meQuery = graphql(`
  query Me {
    me {
      id
      displayName
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

async function loadSession(): Promise<SessionState> {
  try {
    const { me } = await graphqlRequest(meQuery);
    return { status: 'signedIn', user: me };
  } catch (error) {
    if (error instanceof GraphqlRequestError && error.code === UNAUTHENTICATED) return { status: 'anonymous' };
    return { status: 'anonymous', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Loads who is signed in once for the whole client, and shares it through useSession. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void loadSession().then((loaded) => !cancelled && setState(loaded));
    return () => {
      cancelled = true;
    };
  }, []);

  const refresh = useCallback(async () => setState(await loadSession()), []);

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

  const session = useMemo<Session>(() => ({ ...state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
