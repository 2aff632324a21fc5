import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '@ouvroir/core';
import type { Actor } from './session-user';

const requestUser = (context: ExecutionContext): Actor | undefined =>
  (context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: { user?: Actor } }>().req
    : context.switchToHttp().getRequest<{ user?: Actor }>()
  ).user ?? undefined;

/** The signed-in user, or null for the public (pages anyone may read). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null => requestUser(context) ?? null,
);

/** The signed-in user; UNAUTHENTICATED without a session. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestUser(context);
  if (!actor) throw DomainError.of('SIGN_IN_REQUIRED');
  return actor;
});

/**
 * The viewer, read from a resolver's GraphQL context: for the field resolvers asked once per item of
 * a list, written without parameter decorators so that Nest calls them directly (its per-call
 * pipeline of decorators and pipes cost more than their work, 100 times per directory page).
 */
export const actorOf = (context: object): Actor | null => (context as { req: { user?: Actor } }).req.user ?? null;
