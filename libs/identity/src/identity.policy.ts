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

  assertNotSelf(actor: Actor, userId: string): void {
    if (actor.id === userId) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Vous ne pouvez pas modifier votre propre rôle ni suspendre votre propre compte.',
      );
    }
  },
};
