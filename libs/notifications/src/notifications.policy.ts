import { DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';

/**
 * Who may do what with notifications: each person reads and changes only their own (the services
 * query by the actor's id, never by an id given); administrators list the failed e-mails.
 */
export const notificationsPolicy = {
  assertAdministrator(actor: Actor): void {
    if (actor.platformRole !== 'admin') throw DomainError.of('ADMINISTRATORS_ONLY');
  },
};
