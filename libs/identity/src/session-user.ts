import type { PlatformRole } from './user.entity';

/** What a session keeps about its user (in PostgreSQL, never in the cookie). */
export interface SessionUser {
  userId: string;
  providerId: string;
  /** For the provider's logout (`id_token_hint`). */
  idToken?: string;
  /** Milliseconds since the epoch: the session ends SESSION_MAX_HOURS later whatever the activity. */
  authenticatedAt: number;
}

/** The signed-in user of a request (`request.user`), as services receive it. */
export interface Actor {
  id: string;
  platformRole: PlatformRole;
  displayName: string;
  session: SessionUser;
}
