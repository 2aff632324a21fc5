import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { COMMON_LIMITS } from '@ouvroir/contracts';
import { DomainError, DomainEvents } from '@ouvroir/core';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CommonMaintainerEntity } from './common-parts.entity';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonsAccessService } from './commons-access.service';
import { commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';

/** The maintainers of a common: people and organisations; never none. */
@Injectable()
export class MaintainersService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly access: CommonsAccessService,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly events: DomainEvents,
  ) {}

  maintainersOf(commonIds: readonly string[]): Promise<CommonMaintainerEntity[]> {
    return this.parts.maintainersOf(commonIds);
  }

  /** For the recognition: the commons the person maintains (all public), the latest named first. */
  maintainedBy(userId: string, limit: number): Promise<(CommonRow & { maintainerSince: Date })[]> {
    return this.parts.maintainedBy(userId, limit);
  }

  /** For each person, how many commons they maintain in person (up to `cap`): one statement for them all. */
  maintainedCounts(userIds: readonly string[], cap: number): Promise<Map<string, number>> {
    return userIds.length ? this.parts.maintainedCounts(userIds, cap) : Promise.resolve(new Map<string, number>());
  }

  /** Refuses unknown (or inactive) people and unknown organisations, before anything is written. */
  async checkExisting(userIds: readonly string[], organisationIds: readonly string[]): Promise<void> {
    if ([...userIds, ...organisationIds].some((id) => !isUUID(id))) {
      throw DomainError.of('MAINTAINER_UNKNOWN', { field: 'maintainers' });
    }
    const [users, organisations] = await Promise.all([
      userIds.length ? this.identity.activeUsers(userIds) : Promise.resolve([]),
      organisationIds.length ? this.identity.organisationsByIds(null, organisationIds) : Promise.resolve([]),
    ]);
    if (users.length !== userIds.length || organisations.some((organisation) => organisation === null)) {
      throw DomainError.of('MAINTAINER_UNKNOWN', { field: 'maintainers' });
    }
  }

  /** At publication: the creator and the co-maintainers named, inside the publication's transaction. */
  async addAll(
    manager: EntityManager,
    actor: Actor,
    common: CommonRow,
    userIds: readonly string[],
    organisationIds: readonly string[],
  ): Promise<void> {
    for (const userId of userIds) await this.insert(manager, actor, common, { userId, organisationId: null });
    for (const organisationId of organisationIds) {
      await this.insert(manager, actor, common, { userId: null, organisationId });
    }
  }

  /** Those who manage the common add a person or an organisation (exactly one of the two). */
  async add(
    actor: Actor,
    commonId: string,
    target: { userId?: string | null; organisationId?: string | null },
  ): Promise<CommonRow> {
    const userId = target.userId ?? null;
    const organisationId = target.organisationId ?? null;
    if ((userId === null) === (organisationId === null)) throw DomainError.of('MAINTAINER_TARGET_INVALID');
    await this.checkExisting(userId ? [userId] : [], organisationId ? [organisationId] : []);
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertManage(viewer);
      const current = await this.parts.maintainersOf([commonId], manager);
      if (current.length >= COMMON_LIMITS.maintainersMax) throw DomainError.of('MAINTAINERS_TOO_MANY');
      if (!(await this.insert(manager, actor, common, { userId, organisationId }))) {
        throw DomainError.of('MAINTAINER_ALREADY');
      }
      await this.repository.touch(manager, commonId);
      return common;
    });
  }

  /** Those who manage the common remove a maintainer, never the last one. */
  async remove(actor: Actor, commonId: string, maintainerId: string): Promise<CommonRow> {
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertManage(viewer);
      const current = await this.parts.maintainersOf([commonId], manager);
      const removed = current.find((maintainer) => maintainer.id === maintainerId);
      if (!removed) throw DomainError.of('MAINTAINER_NOT_FOUND');
      if (current.length === 1) throw DomainError.of('LAST_MAINTAINER');
      await this.parts.deleteMaintainer(manager, commonId, maintainerId);
      await this.repository.touch(manager, commonId);
      await this.audit.record(manager, {
        action: 'common_maintainer_removed',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: commonId,
        subjectUserId: removed.userId,
        details: { name: common.name, slug: common.slug, organisationId: removed.organisationId },
      });
      return common;
    });
  }

  /** Adds one maintainer (journaled, the person told); false when already one. */
  private async insert(
    manager: EntityManager,
    actor: Actor,
    common: CommonRow,
    target: { userId: string | null; organisationId: string | null },
  ): Promise<boolean> {
    const id = await this.parts.insertMaintainer(manager, { commonId: common.id, ...target, addedBy: actor.id });
    if (!id) return false;
    await this.audit.record(manager, {
      action: 'common_maintainer_added',
      actorId: actor.id,
      groupId: common.stewardingGroupId,
      targetType: 'common',
      targetId: common.id,
      subjectUserId: target.userId,
      details: { name: common.name, slug: common.slug, organisationId: target.organisationId },
    });
    if (target.userId && target.userId !== actor.id) {
      await this.events.publish(manager, 'common_maintainer_added', {
        actorId: actor.id,
        commonId: common.id,
        userId: target.userId,
      });
    }
    return true;
  }
}
