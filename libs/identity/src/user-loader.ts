import { requestLoader } from '@ouvroir/core';
import type { IdentityService } from './identity.service';
import type { Actor } from './session-user';

/**
 * The request's loader of user profiles, for any domain's resolvers: one query for every person a
 * response mentions, e-mail addresses masked as the identity policy says.
 */
export const userLoader = (context: object, identity: IdentityService, viewer: Actor | null) =>
  requestLoader(context, 'users', (ids: readonly string[]) => identity.profilesByIds(viewer, ids));
