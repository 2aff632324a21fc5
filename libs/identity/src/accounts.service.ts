import { Injectable, Logger } from '@nestjs/common';
import { DomainError, LiveEvents, liveRoom, SESSION_ENDED } from '@ouvroir/core';
import { IdentityRepository } from './identity.repository';
import { IdentityService, UserProfile } from './identity.service';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import { identityPolicy } from './identity.policy';
import type { Actor } from './session-user';
import { PLATFORM_ROLES, PlatformRole, UserEntity } from './user.entity';

const LINK_GRANT_DAYS = 7;

/**
 * Accounts as their holder and the administrators manage them: linking a new identity, roles,
 * suspension, and the RGPD rights of access and erasure.
 */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly repository: IdentityRepository,
    private readonly identity: IdentityService,
    private readonly providers: IdentityProvidersService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * An administrator lets the user's next sign-in through `providerId` (with the same e-mail
   * address) join this account, for 7 days, instead of being refused as `identity_not_linked`.
   */
  async allowIdentityLink(actor: Actor, userId: string, providerId: string): Promise<void> {
    identityPolicy.assertAdministrator(actor);
    if (!this.providers.get(providerId)) {
      throw DomainError.of('UNKNOWN_IDENTITY_PROVIDER', { providerId });
    }
    const user = await this.existingUser(userId);
    if (user.status !== 'active' || !user.email) {
      throw DomainError.of('ACCOUNT_CANNOT_RECEIVE_IDENTITY');
    }
    // Another account of the same provider with the same address would be someone else's.
    if ((await this.repository.findIdentitiesOf(userId)).some((identity) => identity.providerId === providerId)) {
      throw DomainError.of('IDENTITY_PROVIDER_ALREADY_LINKED');
    }
    await this.repository.saveLinkGrant({
      userId,
      providerId,
      grantedBy: actor.id,
      expiresAt: new Date(Date.now() + LINK_GRANT_DAYS * 86_400_000),
    });
  }

  /** An administrator changes someone's platform role. */
  async setPlatformRole(actor: Actor, userId: string, role: PlatformRole): Promise<UserProfile> {
    identityPolicy.assertAdministrator(actor);
    identityPolicy.assertNotSelf(actor, userId);
    const user = await this.existingUser(userId);
    await this.repository.transaction((manager) =>
      this.repository.saveUser(manager, { ...user, organisation: undefined, platformRole: role }),
    );
    // Fewer rights: their live connections close (a new one gets the new role).
    if (PLATFORM_ROLES.indexOf(role) > PLATFORM_ROLES.indexOf(user.platformRole)) this.endLiveConnections(userId);
    return this.identity.profileOf({ id: userId });
  }

  /** An administrator suspends an account (its sessions end at once) or reactivates it. */
  async setStatus(actor: Actor, userId: string, status: 'active' | 'suspended'): Promise<UserProfile> {
    identityPolicy.assertAdministrator(actor);
    identityPolicy.assertNotSelf(actor, userId);
    const user = await this.existingUser(userId);
    if (user.status === 'erased') throw DomainError.of('ACCOUNT_ERASED');
    await this.repository.transaction(async (manager) => {
      await this.repository.saveUser(manager, { ...user, organisation: undefined, status });
      if (status === 'suspended') await this.repository.deleteSessionsOf(manager, userId);
    });
    if (status === 'suspended') this.endLiveConnections(userId);
    return this.identity.profileOf({ id: userId });
  }

  /** Everything Ouvroir stores about the actor (RGPD right of access), as one JSON document. */
  async exportData(actor: Actor): Promise<string> {
    const { organisationId: _organisationId, ...user } = await this.identity.profileOf(actor);
    const identities = await this.repository.findIdentitiesOf(actor.id);
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        user,
        identities: identities.map(({ providerId, issuer, subject, email, createdAt, lastLoginAt }) => ({
          providerId,
          issuer,
          subject,
          email,
          createdAt,
          lastLoginAt,
        })),
      },
      null,
      2,
    );
  }

  /**
   * RGPD right to erasure: the account becomes "Ancien membre n°…", loses its e-mail, identities
   * and sessions, and keeps what it contributed under that pseudonym.
   */
  async eraseAccount(actor: Actor): Promise<void> {
    const user = await this.existingUser(actor.id);
    await this.repository.transaction(async (manager) => {
      await this.repository.saveUser(manager, {
        ...user,
        organisation: undefined,
        displayName: `Ancien membre n°${user.id.slice(0, 8)}`,
        email: null,
        organisationId: null,
        agreementForm: null,
        publicProfile: false,
        status: 'erased',
      });
      await this.repository.deleteIdentitiesOf(manager, user.id);
      await this.repository.deleteSessionsOf(manager, user.id);
    });
    this.endLiveConnections(user.id);
    this.logger.log(`user ${user.id} erased their account`);
  }

  /** Closes the user's live connections on every instance, once what ended their rights has committed. */
  private endLiveConnections(userId: string): void {
    this.live.emit(liveRoom.user(userId), SESSION_ENDED, {});
  }

  private async existingUser(userId: string): Promise<UserEntity> {
    const user = await this.repository.findUser(userId);
    if (!user) throw DomainError.of('ACCOUNT_NOT_FOUND');
    return user;
  }
}
