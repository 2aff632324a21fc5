import { Injectable } from '@nestjs/common';
import { GroupsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';

/** Roles that write in a group (as the proposals' WRITING_ROLES): their authorships count there. */
const WRITING = new Set(['facilitator', 'member']);

/**
 * The viewer's readers' keys, matched against the documents' (docs/search.md): `public`; each
 * group they may see (`group:<id>`); in each group they belong to, `member:<id>`, the
 * facilitators' `facilitator:<id>`, and `author:<id>:<their id>` where they write. Null for
 * administrators, who read everything. One statement (GroupsService), none for a person's others.
 */
@Injectable()
export class SearchReadersService {
  constructor(private readonly groups: GroupsService) {}

  async keysOf(actor: Actor | null): Promise<string[] | null> {
    const groups = await this.groups.visibleGroupsWithRoles(actor);
    if (groups === null) return null;
    const keys = ['public'];
    for (const [groupId, role] of groups) {
      keys.push(`group:${groupId}`);
      if (!role) continue;
      keys.push(`member:${groupId}`);
      if (role === 'facilitator') keys.push(`facilitator:${groupId}`);
      if (WRITING.has(role)) keys.push(`author:${groupId}:${actor!.id}`);
    }
    return keys;
  }
}
