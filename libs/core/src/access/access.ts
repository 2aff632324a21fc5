import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation (a GraphQL query or mutation, a live event), declared on each one: the
 * global access guard lets a `public` one through without a session and refuses the others without
 * one; an operation declaring nothing is refused to everyone (and fails the operations test). What
 * a signed-in person may do beyond that is the domain's policy, checked in its service.
 */
export type Access = 'public' | 'signed_in';

export const ACCESS_METADATA = 'ouvroir:access';

/** Anyone may call it, signed in or not: the service shows the public only what is public. */
export const Public = () => SetMetadata(ACCESS_METADATA, 'public' satisfies Access);

/** A session is required; the domain's policy decides the rest. */
export const SignedIn = () => SetMetadata(ACCESS_METADATA, 'signed_in' satisfies Access);
