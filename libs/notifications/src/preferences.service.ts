import { Injectable } from '@nestjs/common';
import { DEFAULT_CADENCES, NOTIFICATION_KINDS, NotificationCadence, NotificationKind } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { NotificationPreferenceEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export interface EffectivePreference {
  kind: NotificationKind;
  cadence: NotificationCadence;
  /** True while the person has not chosen (the default applies). */
  isDefault: boolean;
}

export interface Preferences {
  kinds: EffectivePreference[];
  groupOverrides: NotificationPreferenceEntity[];
}

/** How each person wants to receive each kind by e-mail: per kind, overridden per group. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly groups: GroupsService,
  ) {}

  async of(actor: Actor): Promise<Preferences> {
    const chosen = await this.repository.preferencesOf(actor.id);
    const general = new Map(chosen.filter((row) => !row.groupId).map((row) => [row.kind, row.cadence]));
    return {
      kinds: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        cadence: general.get(kind) ?? DEFAULT_CADENCES[kind],
        isDefault: !general.has(kind),
      })),
      groupOverrides: chosen.filter((row) => row.groupId),
    };
  }

  /** Sets a cadence for a kind, in every group or in one the actor is a member of. */
  async set(
    actor: Actor,
    kind: NotificationKind,
    groupId: string | null,
    cadence: NotificationCadence,
  ): Promise<NotificationPreferenceEntity> {
    if (groupId && !(isUUID(groupId) && (await this.groups.roleOf(actor.id, groupId)))) {
      throw DomainError.of('NOTIFICATION_PREFERENCE_NOT_MEMBER', { field: 'groupId' });
    }
    return this.repository.setPreference(actor.id, kind, groupId, cadence);
  }

  /** The cadence that applies to each of `userIds` for a notification of `kind` in `groupId`. */
  async cadences(
    userIds: readonly string[],
    kind: NotificationKind,
    groupId: string | null,
  ): Promise<Map<string, NotificationCadence>> {
    const rows = await this.repository.preferencesFor(userIds, kind, groupId);
    const general = new Map(rows.filter((row) => !row.groupId).map((row) => [row.userId, row.cadence]));
    const inGroup = new Map(rows.filter((row) => row.groupId).map((row) => [row.userId, row.cadence]));
    return new Map(userIds.map((id) => [id, inGroup.get(id) ?? general.get(id) ?? DEFAULT_CADENCES[kind]] as const));
  }
}
