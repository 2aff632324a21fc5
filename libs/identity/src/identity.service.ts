import { Injectable, Logger } from '@nestjs/common';
import { Connection, decodeCursor, DomainError, IdentityProviderConfig, toConnection } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { emailDomain, SignInProfile } from './claims';
import { IdentityRepository, ProfileOrganisation, ProfileRow } from './identity.repository';
import { identityPolicy, OrganisationShown, Shown } from './identity.policy';
import type { Actor } from './session-user';
import { OrganisationEntity, OrganisationType } from './organisation.entity';
import { OrganisationFields, validOrganisation } from './organisation.rules';
import { AGREEMENT_FORMS, AgreementForm, UserEntity } from './user.entity';

/** Why a sign-in is refused; the login page explains each in French (`/connexion?erreur=…`). */
export type SignInRefusal =
  | 'unknown_provider'
  | 'provider_unavailable'
  | 'login_failed'
  | 'access_denied'
  | 'email_domain_refused'
  | 'account_suspended'
  | 'identity_not_linked'
  | 'email_not_verified';

export class SignInRefused extends Error {
  constructor(readonly reason: SignInRefusal) {
    super(`sign-in refused: ${reason}`);
    this.name = 'SignInRefused';
  }
}

/** What another domain shows of a person, and reads of them (ProfileRow): no dates, no login. */
export type UserProfile = Omit<ProfileRow, 'organisation'> & { organisation: Shown<ProfileOrganisation> | null };

@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(private readonly repository: IdentityRepository) {}

  /**
   * A successful OpenID Connect login: the first one creates the user and the identity and
   * attaches an organisation; later ones refresh the profile. An identity is never linked
   * silently to a user found by e-mail: that is an administrator's decision.
   */
  async signIn(provider: IdentityProviderConfig, profile: SignInProfile): Promise<UserEntity> {
    const domain = emailDomain(profile.email);
    if (provider.allowedEmailDomains && !(domain && provider.allowedEmailDomains.includes(domain))) {
      throw new SignInRefused('email_domain_refused');
    }
    return this.repository.transaction(async (manager) => {
      const now = new Date();
      const identity = await this.repository.findIdentity(profile.issuer, profile.subject, manager);
      const organisation = await this.organisationFor(manager, profile);
      if (identity?.user) {
        if (identity.user.status !== 'active') throw new SignInRefused('account_suspended');
        await this.repository.saveIdentity(manager, {
          ...identity,
          user: undefined,
          email: profile.email,
          lastLoginAt: now,
        });
        return this.repository.saveUser(manager, {
          ...identity.user,
          displayName: profile.displayName,
          email: profile.email,
          organisationId: organisation?.id ?? identity.user.organisationId,
          lastLoginAt: now,
        });
      }
      if (profile.email && (await this.repository.countUsersWithEmail(profile.email, manager)) > 0) {
        const granted = await this.repository.findUserGrantedLink(manager, profile.email, provider.id);
        if (!granted || granted.status !== 'active') throw new SignInRefused('identity_not_linked');
        // The grant joins whoever holds the address: not one the provider itself calls unverified.
        if (profile.emailVerified === false) throw new SignInRefused('email_not_verified');
        await this.repository.deleteLinkGrant(manager, granted.id, provider.id);
        await this.repository.saveIdentity(manager, {
          userId: granted.id,
          providerId: provider.id,
          issuer: profile.issuer,
          subject: profile.subject,
          email: profile.email,
          lastLoginAt: now,
        });
        this.logger.log(
          `identity of provider ${provider.id} linked to user ${granted.id}, as an administrator allowed`,
        );
        return this.repository.saveUser(manager, { ...granted, lastLoginAt: now });
      }
      const user = await this.repository.saveUser(manager, {
        displayName: profile.displayName,
        email: profile.email,
        organisationId: organisation?.id ?? null,
        platformRole: profile.role ?? provider.defaultRole,
        status: 'active',
        lastLoginAt: now,
      });
      await this.repository.saveIdentity(manager, {
        userId: user.id,
        providerId: provider.id,
        issuer: profile.issuer,
        subject: profile.subject,
        email: profile.email,
        lastLoginAt: now,
      });
      this.logger.log(`new user ${user.id} through provider ${provider.id}`);
      return user;
    });
  }

  /** The user behind a session, or null when the account was suspended or erased since. */
  async activeUser(id: string): Promise<UserEntity | null> {
    const user = await this.repository.findUser(id);
    return user?.status === 'active' ? user : null;
  }

  /**
   * For notifications: those of these users whose account is active, with their e-mail address
   * (never shown: it is where their mails go). Suspended and erased accounts are left out.
   */
  async activeUsers(ids: readonly string[]): Promise<UserEntity[]> {
    return (await this.repository.findUsers(ids)).filter((user) => user.status === 'active');
  }

  /** The actor's own profile, organisation included. */
  async profileOf(actor: Pick<Actor, 'id'>): Promise<UserProfile> {
    const user = await this.repository.findUser(actor.id);
    if (!user) throw DomainError.of('SESSION_ENDED');
    return { ...user, organisation: user.organisation ?? null };
  }

  /**
   * The profiles of these users, in the order of `ids` (null for an unknown id), as another domain
   * shows them (group members, journal actors): e-mail addresses masked by the identity policy.
   */
  async profilesByIds(viewer: Actor | null, ids: readonly string[]): Promise<(UserProfile | null)[]> {
    const users = new Map((await this.repository.findProfiles(ids)).map((user) => [user.id, user]));
    return ids.map((id) => {
      const user = users.get(id);
      return user ? profileFor(viewer, user) : null;
    });
  }

  /**
   * Organisations by id, in the order of `ids` (null for an unknown one), as another domain shows
   * them (the catalogue's maintainers and users): identifiers masked as the identity policy says.
   */
  async organisationsByIds(viewer: Actor | null, ids: readonly string[]): Promise<(OrganisationShown | null)[]> {
    const found = new Map((await this.repository.findOrganisations(ids)).map((row) => [row.id, row]));
    return ids.map((id) => {
      const organisation = found.get(id);
      return organisation ? identityPolicy.organisationFor(viewer, organisation) : null;
    });
  }

  /**
   * For other domains' pickers (mentions): the active people among `ids` whose name contains
   * `search`, by name; the caller's own rule decides whom `ids` holds.
   */
  async namedAmong(viewer: Actor, ids: readonly string[], search: string, limit: number): Promise<UserProfile[]> {
    if (ids.length === 0) return [];
    const users = await this.repository.usersNamedAmong(ids, search.trim(), limit);
    return users.map((user) => profileFor(viewer, user));
  }

  /** The directory of people, for members and administrators, searchable by name (and e-mail for administrators). */
  async listUsers(
    actor: Actor,
    search: string | undefined,
    first: number,
    after?: string,
  ): Promise<Connection<UserProfile>> {
    identityPolicy.assertMember(actor);
    const { rows, total } = await this.repository.pageOfUsers(
      search?.trim() || undefined,
      identityPolicy.maySearchByEmail(actor),
      first,
      after ? decodeCursor(after) : undefined,
    );
    const profiles = rows.map((user) => profileFor(actor, user));
    return toConnection(profiles, first, total, (user) => [user.displayName, user.id]);
  }

  async listOrganisations(
    actor: Actor,
    search: string | undefined,
    first: number,
    after?: string,
  ): Promise<Connection<OrganisationShown>> {
    identityPolicy.assertMember(actor);
    const { rows, total } = await this.repository.pageOfOrganisations(
      search?.trim() || undefined,
      first,
      after ? decodeCursor(after) : undefined,
    );
    return toConnection(
      rows.map((organisation) => identityPolicy.organisationFor(actor, organisation)),
      first,
      total,
      (organisation) => [organisation.name, organisation.id],
    );
  }

  /** The person's « forme d’accord », or none (null): their own choice, for the sentences about them. */
  async setAgreementForm(actor: Actor, form: AgreementForm | null): Promise<UserProfile> {
    if (form !== null && !AGREEMENT_FORMS.includes(form)) throw DomainError.of('AGREEMENT_FORM_UNKNOWN');
    await this.repository.setAgreementForm(actor.id, form);
    return this.profileOf(actor);
  }

  /** The person opens or closes their public profile: their own choice, off until they make it. */
  async setPublicProfile(actor: Actor, publicProfile: boolean): Promise<UserProfile> {
    await this.repository.setPublicProfile(actor.id, publicProfile);
    return this.profileOf(actor);
  }

  /**
   * For the recognition: the active person whose profile is public, or null (unknown, private,
   * suspended or erased alike, so that nobody learns which).
   */
  async publicPerson(userId: string): Promise<UserEntity | null> {
    if (!isUUID(userId)) return null;
    const user = await this.repository.findUser(userId);
    return user && user.status === 'active' && user.publicProfile ? user : null;
  }

  /** For an organisation's page: its active people whose profile is public, by name (at most `limit`). */
  publicPeopleOf(organisationId: string, limit: number): Promise<UserEntity[]> {
    return this.repository.publicPeopleOf(organisationId, limit);
  }

  /** An administrator corrects an organisation (its name, type, SIRET, UAI, e-mail domains). */
  async updateOrganisation(actor: Actor, id: string, input: OrganisationFields): Promise<OrganisationEntity> {
    identityPolicy.assertAdministrator(actor);
    const fields = validOrganisation(input);
    const organisation = await this.repository.findOrganisationById(id);
    if (!organisation) throw DomainError.of('ORGANISATION_NOT_FOUND');
    if ((fields.siret || fields.uai) && (await this.repository.findOrganisationHolding(fields, id))) {
      throw DomainError.of('ORGANISATION_IDENTIFIER_TAKEN');
    }
    return this.repository.transaction((manager) =>
      this.repository.saveOrganisation(manager, { ...organisation, ...fields }),
    );
  }

  private async organisationFor(manager: EntityManager, profile: SignInProfile): Promise<OrganisationEntity | null> {
    const domain = emailDomain(profile.email);
    const keys = { siret: profile.siret, uai: profile.uai, domain };
    const found = await this.repository.findOrganisation(manager, keys);
    if (found || !(profile.siret || profile.uai || domain)) return found;
    return this.repository.saveOrganisation(manager, {
      name: profile.organisationName ?? organisationNameFrom(keys),
      type: organisationTypeFrom({ ...keys, name: profile.organisationName }),
      siret: profile.siret,
      uai: profile.uai,
      emailDomains: profile.siret || profile.uai || !domain ? [] : [domain],
    });
  }
}

function organisationNameFrom(keys: { siret: string | null; uai: string | null; domain: string | null }): string {
  if (keys.siret) return `Structure SIRET ${keys.siret}`;
  if (keys.uai) return `Établissement ${keys.uai}`;
  return keys.domain!;
}

/** The national operators of the ministry, by their e-mail domain (a short list: an administrator adds the others). */
const OPERATOR_DOMAINS = new Set(['reseau-canope.fr', 'cned.fr', 'onisep.fr', 'france-education-international.fr']);

/**
 * A first guess an administrator can correct: schools have a UAI, academies an ac-*.fr domain, universities
 * a univ-*.fr domain or a name beginning « Université », operators one of `OPERATOR_DOMAINS`.
 */
function organisationTypeFrom(keys: {
  uai: string | null;
  domain: string | null;
  name?: string | null;
}): OrganisationType {
  if (keys.uai) return 'school';
  if (keys.domain && /^ac-[a-z-]+\.fr$/.test(keys.domain)) return 'academy';
  if (keys.domain === 'education.gouv.fr') return 'ministry';
  if (keys.domain && OPERATOR_DOMAINS.has(keys.domain)) return 'operator';
  if ((keys.domain && /(^|\.)univ-[a-z-]+\.fr$/.test(keys.domain)) || /^universit[eé](\s|$)/i.test(keys.name ?? '')) {
    return 'university';
  }
  return 'other';
}

/** A user as someone else sees them: the e-mail address and the organisation's identifiers masked by the identity policy. */
const profileFor = (viewer: Actor | null, user: ProfileRow): UserProfile => ({
  ...user,
  email: identityPolicy.maySeeEmailOf(viewer, user.id) ? user.email : null,
  organisation: user.organisation ? identityPolicy.organisationFor(viewer, user.organisation) : null,
});
