import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonViewer } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';

/** A common and where the viewer stands towards it. */
export interface CommonStanding {
  common: CommonRow;
  viewer: CommonViewer;
}

/** Reads a common and the viewer's standing (maintainer, steward, organisation) for every service. */
@Injectable()
export class CommonsAccessService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  /** The common, locked when a manager is given (an act on it); COMMON_NOT_FOUND otherwise. */
  async common(id: string, manager?: EntityManager): Promise<CommonRow> {
    const common = isUUID(id) ? await this.repository.findById(id, manager, manager !== undefined) : null;
    if (!common) throw DomainError.of('COMMON_NOT_FOUND');
    return common;
  }

  async standing(actor: Actor | null, id: string, manager?: EntityManager): Promise<CommonStanding> {
    const common = await this.common(id, manager);
    const [viewer] = await this.viewersOf(actor, [common]);
    return { common, viewer };
  }

  /** The actor's organisation (null for the public, or someone without one). */
  async organisationOf(actor: Actor | null): Promise<string | null> {
    if (!actor) return null;
    return (await this.identity.activeUser(actor.id))?.organisationId ?? null;
  }

  /** Where the actor stands towards each of these commons, in a constant number of statements. */
  async viewersOf(actor: Actor | null, commons: readonly CommonRow[]): Promise<CommonViewer[]> {
    if (!actor) {
      return commons.map(() => ({ actor: null, maintainer: false, stewardFacilitator: false, organisationId: null }));
    }
    const organisationId = await this.organisationOf(actor);
    const groupIds = [...new Set(commons.flatMap((common) => common.stewardingGroupId ?? []))];
    const [maintained, roles] = await Promise.all([
      this.parts.maintainedAmong(
        commons.map((common) => common.id),
        actor.id,
        organisationId,
      ),
      this.groups.rolesOf(actor, groupIds),
    ]);
    const maintains = new Set(maintained);
    return commons.map((common) => ({
      actor,
      maintainer: maintains.has(common.id),
      stewardFacilitator: common.stewardingGroupId !== null && roles.get(common.stewardingGroupId) === 'facilitator',
      organisationId,
    }));
  }
}
