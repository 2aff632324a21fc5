import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';

/** The signed-in person, as the API's `me` describes them. */
export type SessionUser = MeQuery['me'];

export type SessionState =
  | { status: 'loading' }
  /** `error` is set when the API could not tell who is signed in (offline, server error), not when nobody is. */
  | { status: 'anonymous'; error?: string }
  | { status: 'signedIn'; user: SessionUser };

export type Session = SessionState & {
  /** Asks the API again who is signed in, keeping the current state until it answers. */
  refresh: () => Promise<void>;
  /** Ends the session, then leaves the page for the address the API gives (the provider's logout or home). */
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

/** Who is signed in; loaded once by SessionProvider for the whole client. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider');
  return session;
}
