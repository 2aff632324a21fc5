import { Injectable } from '@nestjs/common';
import type { FollowSubject } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { isUUID } from 'class-validator';
import { NotificationsRepository } from './notifications.repository';

/**
 * Following a proposal (its comments, amendments, moves) or a group's discussion. Authors and
 * co-authors follow their proposal, commenters the proposal they commented, members their group,
 * until they unfollow; anyone who may read may follow.
 */
@Injectable()
export class FollowsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
  ) {}

  async set(actor: Actor, subjectType: FollowSubject, subjectId: string, following: boolean): Promise<boolean> {
    await this.assertReadable(actor, subjectType, subjectId);
    await this.repository.setFollow(this.repository.manager, [actor.id], subjectType, subjectId, following);
    return following;
  }

  /** Whether the actor follows each subject, by their choice or else automatically. */
  async following(actor: Actor | null, subjectType: FollowSubject, subjectIds: readonly string[]): Promise<boolean[]> {
    if (!actor) return subjectIds.map(() => false);
    const chosen = await this.repository.followsOf(actor.id, subjectType, subjectIds);
    const automatic = await this.automatic(
      actor,
      subjectType,
      subjectIds.filter((id) => !chosen.has(id)),
    );
    return subjectIds.map((id) => chosen.get(id) ?? automatic.has(id));
  }

  /** Of `candidates`, those who follow the subject: their choice, else automatically (`automatic`). */
  async followersAmong(subjectType: FollowSubject, subjectId: string, automatic: readonly string[]): Promise<string[]> {
    const chosen = await this.repository.follows(subjectType, subjectId);
    const followers = new Set([...chosen].filter(([, following]) => following).map(([userId]) => userId));
    for (const userId of automatic) if (chosen.get(userId) !== false) followers.add(userId);
    return [...followers];
  }

  private async automatic(actor: Actor, subjectType: FollowSubject, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (subjectType === 'group') return new Set((await this.groups.rolesOf(actor, ids)).keys());
    const authors = await this.proposals.authorsOf(ids);
    return new Set(
      ids.filter((_, index) =>
        authors[index].some((author) => author.userId === actor.id && author.status === 'accepted'),
      ),
    );
  }

  private async assertReadable(actor: Actor, subjectType: FollowSubject, subjectId: string): Promise<void> {
    if (!isUUID(subjectId)) throw DomainError.of('FOLLOW_SUBJECT_NOT_FOUND');
    if (subjectType === 'group') {
      if (!(await this.groups.standing(actor, subjectId))) throw DomainError.of('FOLLOW_SUBJECT_NOT_FOUND');
      return;
    }
    await this.proposals.get(actor, subjectId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw DomainError.of('FOLLOW_SUBJECT_NOT_FOUND');
      throw error;
    });
  }
}
