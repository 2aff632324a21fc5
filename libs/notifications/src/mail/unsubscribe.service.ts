import { Injectable } from '@nestjs/common';
import { DEFAULT_CADENCES } from '@ouvroir/contracts';
import { AppConfig, derivedKey, DomainError, InjectConfig } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { NotificationsRepository } from '../notifications.repository';

import { signUnsubscribe, UnsubscribeClaim, verifyUnsubscribe } from './unsubscribe-token';

export interface UnsubscribeLink {
  kind: UnsubscribeClaim['kind'];
  groupName: string | null;
  cadence: string;
  applies: boolean;
}

/**
 * One-click unsubscribe (RFC 8058): each mail's link sets its kind (in its group, when the mail
 * was about one) to `never`. Signed, so an altered link is refused; a replay changes nothing; a
 * link issued before the person chose again for that kind is refused, so an old mail cannot undo
 * a later choice.
 */
@Injectable()
export class UnsubscribeService {
  private secret: Buffer | null = null;

  constructor(
    private readonly repository: NotificationsRepository,
    private readonly groups: GroupsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Read at first use: a process that never mails needs no secret. */
  private get key(): Buffer {
    this.secret ??= derivedKey(this.config, 'mail:unsubscribe');
    return this.secret;
  }

  /** The link's URL: its GET is the web page, its POST the one-click unsubscribe. */
  url(claim: Omit<UnsubscribeClaim, 'issuedAt'>, issuedAt = new Date()): string {
    return `${this.config.publicUrl}/desabonnement/${signUnsubscribe(this.key, { ...claim, issuedAt })}`;
  }

  async read(token: string): Promise<UnsubscribeLink> {
    const claim = verifyUnsubscribe(this.key, token);
    const preference = await this.repository.preference(claim.userId, claim.kind, claim.groupId);
    const group = claim.groupId ? await this.groups.standing(null, claim.groupId) : null;
    const cadence = preference?.cadence ?? DEFAULT_CADENCES[claim.kind];
    return {
      kind: claim.kind,
      groupName: group?.group.name ?? null,
      cadence,
      applies: cadence === 'never' || !preference || preference.updatedAt <= claim.issuedAt,
    };
  }

  async confirm(token: string): Promise<UnsubscribeLink> {
    const claim = verifyUnsubscribe(this.key, token);
    const link = await this.read(token);
    if (link.cadence === 'never') return link;
    if (!link.applies) throw DomainError.of('UNSUBSCRIBE_LINK_OUTDATED');
    await this.repository.setPreference(claim.userId, claim.kind, claim.groupId, 'never');
    return { ...link, cadence: 'never' };
  }
}
