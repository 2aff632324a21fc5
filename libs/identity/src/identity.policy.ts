import { DomainError } from '@ouvroir/core';
import type { Actor } from './session-user';

/**
 * Who may do what in the identity domain. Everyone signed in reads and exports their own data
 * and may erase their account; only administrators change roles and statuses.
 */
export const identityPolicy = {
  assertAdministrator(actor: Actor): void {
    if (actor.platformRole !== 'admin') {
      throw new DomainError('FORBIDDEN', 'Seuls les administrateurs de la plateforme peuvent faire cela.');
    }
  },

  /** Guests (partners) see only the groups they were invited to: not the directory of people. */
  assertMember(actor: Actor): void {
    if (actor.platformRole === 'guest') {
      throw new DomainError('FORBIDDEN', 'L’annuaire des membres n’est pas ouvert aux invités.');
    }
  },

  /** E-mail addresses are shown to their owner and to administrators only. */
  maySeeEmailOf(actor: Actor | null, userId: string): boolean {
    return actor?.platformRole === 'admin' || actor?.id === userId;
  },

  assertNotSelf(actor: Actor, userId: string): void {
    if (actor.id === userId) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Vous ne pouvez pas modifier votre propre rôle ni suspendre votre propre compte.',
      );
    }
  },
};
