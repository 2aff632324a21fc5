import { requestLoader } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { GroupsService } from './groups.service';

/** The request's loader of groups by id, for any domain's resolvers: null for a group the viewer may not see. */
export const groupLoader = (context: object, groups: GroupsService, viewer: Actor | null) =>
  requestLoader(context, 'groups', (ids: readonly string[]) => groups.visibleByIds(viewer, ids));

/** The viewer's role in each group of the request (null: not a member). */
export const viewerRoleLoader = (context: object, groups: GroupsService, viewer: Actor | null) =>
  requestLoader(context, 'viewerRoles', async (ids: readonly string[]) => {
    const found = await groups.rolesOf(viewer, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** The facilitators' user ids of each group of the request; a directory page primes it with its own. */
export const facilitatorIdsLoader = (context: object, groups: GroupsService) =>
  requestLoader(context, 'facilitatorIds', (ids: readonly string[]) => groups.facilitatorIds(ids));
