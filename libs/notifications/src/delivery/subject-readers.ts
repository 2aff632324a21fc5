import { Injectable } from '@nestjs/common';
import { CallsService } from '@ouvroir/calls';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor, UserEntity } from '@ouvroir/identity';
import { ProposalsService } from '@ouvroir/proposals';
import { VotesService } from '@ouvroir/votes';
import type { NotificationSubject } from '../notification.entity';

/**
 * A recipient as the domains' policies see a reader: the same account, role and rights as when
 * they sign in, so that a notification (and its mail) never shows what its page would not.
 */
export const asReader = (user: Pick<UserEntity, 'id' | 'platformRole' | 'displayName'>): Actor => ({
  id: user.id,
  platformRole: user.platformRole,
  displayName: user.displayName,
  session: { userId: user.id, providerId: 'notifications', authenticatedAt: 0 },
});

const READ_CHECKS_AT_ONCE = 8;

/** Who among people may read a subject, by its domain's own rules. */
@Injectable()
export class SubjectReaders {
  constructor(
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly calls: CallsService,
  ) {}

  async among<U extends Pick<UserEntity, 'id' | 'platformRole' | 'displayName'>>(
    people: readonly U[],
    subjectType: NotificationSubject,
    subjectId: string,
  ): Promise<U[]> {
    const readers: U[] = [];
    // A few at a time: a committee of thousands must not take the whole pool.
    for (let start = 0; start < people.length; start += READ_CHECKS_AT_ONCE) {
      const chunk = people.slice(start, start + READ_CHECKS_AT_ONCE);
      const readable = await Promise.all(chunk.map((person) => this.mayRead(asReader(person), subjectType, subjectId)));
      readers.push(...chunk.filter((_, index) => readable[index]));
    }
    return readers;
  }

  async mayRead(reader: Actor, subjectType: NotificationSubject, subjectId: string): Promise<boolean> {
    if (subjectType === 'group') return Boolean(await this.groups.standing(reader, subjectId));
    if (subjectType === 'proposal') return Boolean((await this.proposals.visibleByIds(reader, [subjectId]))[0]);
    const read = subjectType === 'call' ? this.calls.get(reader, subjectId) : this.votes.get(reader, subjectId);
    return read.then(
      () => true,
      (error: unknown) => {
        if (error instanceof DomainError) return false;
        throw error;
      },
    );
  }
}
