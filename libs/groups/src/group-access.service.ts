import { Injectable } from '@nestjs/common';
import type { Actor } from '@ouvroir/identity';
import { GroupEntity } from './group.entity';
import { Viewer } from './groups.policy';
import { GroupsRepository } from './groups.repository';

/** A group as someone finds it: null when it does not exist, with their standing in it. */
export interface GroupAccess {
  group: GroupEntity | null;
  viewer: Viewer;
  /** The viewer's join request awaiting a decision, if any. */
  pendingRequestId: string | null;
}

/**
 * The group an act or a read is about, and the actor's standing in it (role, pending request), in
 * one query: what every service hands to `groupsPolicy` before deciding.
 */
@Injectable()
export class GroupAccessService {
  constructor(private readonly repository: GroupsRepository) {}

  of(actor: Actor | null, groupId: string): Promise<GroupAccess> {
    return this.find(actor, { id: groupId });
  }

  bySlug(actor: Actor | null, slug: string): Promise<GroupAccess> {
    return this.find(actor, { slug });
  }

  private async find(actor: Actor | null, where: { id: string } | { slug: string }): Promise<GroupAccess> {
    const found = await this.repository.findWithStanding(where, actor?.id ?? null);
    return {
      group: found?.group ?? null,
      viewer: { actor, role: found?.role ?? null },
      pendingRequestId: found?.pendingRequestId ?? null,
    };
  }
}
