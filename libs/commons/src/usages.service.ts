import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { COMMON_LIMITS } from '@ouvroir/contracts';
import { DomainError, DomainEvents } from '@ouvroir/core';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { CommonUsageEntity } from './common-parts.entity';
import { CommonPartsRepository } from './common-parts.repository';
import { httpUrl } from './common.rules';
import { CommonsAccessService } from './commons-access.service';
import { commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';

export interface UsageFields {
  organisationId: string;
  instanceUrl?: string | null;
  userCount?: number | null;
}

/** « Nous l’utilisons »: an organisation declares it uses a common, once; it may withdraw. */
@Injectable()
export class UsagesService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly access: CommonsAccessService,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly events: DomainEvents,
  ) {}

  usagesOf(commonIds: readonly string[]): Promise<CommonUsageEntity[]> {
    return this.parts.usagesOf(commonIds);
  }

  async declare(actor: Actor, commonId: string, input: UsageFields): Promise<CommonRow> {
    const { organisationId } = input;
    let instanceUrl: string | null = null;
    if (input.instanceUrl?.trim()) {
      const url = httpUrl(input.instanceUrl, COMMON_LIMITS.instanceUrlMax);
      if (!url) throw DomainError.of('USAGE_INSTANCE_URL_INVALID', { field: 'instanceUrl' });
      instanceUrl = url.href;
    }
    const userCount = input.userCount ?? null;
    if (
      userCount !== null &&
      (!Number.isInteger(userCount) || userCount < 0 || userCount > COMMON_LIMITS.userCountMax)
    ) {
      throw DomainError.of('USAGE_USER_COUNT_INVALID', { field: 'userCount' });
    }
    if (!isUUID(organisationId) || !(await this.identity.organisationsByIds(null, [organisationId]))[0]) {
      throw DomainError.of('USAGE_ORGANISATION_UNKNOWN', { field: 'organisationId' });
    }
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertDeclareUsageFor(viewer, organisationId);
      const usageId = await this.parts.insertUsage(manager, {
        commonId,
        organisationId,
        instanceUrl,
        userCount,
        declaredBy: actor.id,
      });
      if (!usageId) throw DomainError.of('USAGE_ALREADY_DECLARED');
      await this.audit.record(manager, {
        action: 'common_usage_declared',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: commonId,
        details: { name: common.name, slug: common.slug, organisationId, userCount },
      });
      await this.events.publish(manager, 'common_usage_declared', {
        actorId: actor.id,
        commonId,
        organisationId,
      });
      return common;
    });
  }

  async withdraw(actor: Actor, commonId: string, organisationId: string): Promise<CommonRow> {
    if (!isUUID(organisationId)) throw DomainError.of('USAGE_NOT_FOUND');
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertDeclareUsageFor(viewer, organisationId);
      if (!(await this.parts.deleteUsage(manager, commonId, organisationId))) {
        throw DomainError.of('USAGE_NOT_FOUND');
      }
      await this.audit.record(manager, {
        action: 'common_usage_withdrawn',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: commonId,
        details: { name: common.name, slug: common.slug, organisationId },
      });
      return common;
    });
  }
}
