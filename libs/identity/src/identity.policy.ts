import { DomainError } from '@ouvroir/core';
import type { OrganisationEntity } from './organisation.entity';
import type { Actor } from './session-user';

/** An organisation (or what a read took of it) as a viewer reads it: its identifiers masked for the public and guests. */
export type Shown<T extends Pick<OrganisationEntity, 'emailDomains'>> = Omit<T, 'emailDomains'> & {
  emailDomains: string[] | null;
};
export type OrganisationShown = Shown<OrganisationEntity>;

/**
 * Who may do what in the identity domain. Everyone signed in reads and exports their own data
 * and may erase their account; only administrators change roles and statuses.
 */
export const identityPolicy = {
  assertAdministrator(actor: Actor): void {
    if (actor.platformRole !== 'admin') {
      throw DomainError.of('ADMINISTRATORS_ONLY');
    }
  },

  /** Guests (partners) see only the groups they were invited to: not the directory of people. */
  assertMember(actor: Actor): void {
    if (actor.platformRole === 'guest') {
      throw DomainError.of('DIRECTORY_CLOSED_TO_GUESTS');
    }
  },

  /** E-mail addresses are shown to their owner and to administrators only. */
  maySeeEmailOf(actor: Actor | null, userId: string): boolean {
    return actor?.platformRole === 'admin' || actor?.id === userId;
  },

  /**
   * The directory matches e-mail addresses for administrators only: others, who see addresses
   * masked, would rebuild one letter by letter from what a search finds.
   */
  maySearchByEmail(actor: Actor): boolean {
    return actor.platformRole === 'admin';
  },

  /**
   * An organisation's SIRET, UAI and e-mail domains are for the members of the platform and the
   * administrators, as its directory is: the public and guests read its name and type only.
   */
  organisationFor<T extends Pick<OrganisationEntity, 'siret' | 'uai' | 'emailDomains'>>(
    viewer: Actor | null,
    organisation: T,
  ): Shown<T> {
    if (viewer && viewer.platformRole !== 'guest') return organisation;
    return { ...organisation, siret: null, uai: null, emailDomains: null };
  },

  assertNotSelf(actor: Actor, userId: string): void {
    if (actor.id === userId) {
      throw DomainError.of('OWN_ACCOUNT_NOT_CHANGEABLE');
    }
  },
};
