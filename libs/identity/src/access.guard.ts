import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Access, ACCESS_METADATA, DomainError } from '@ouvroir/core';
import type { Actor } from './session-user';

/** The signed-in person of a GraphQL or REST request, or of a live connection (set at its handshake). */
function actorOf(context: ExecutionContext): Actor | undefined {
  const type = context.getType<string>();
  if (type === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: { user?: Actor } }>().req.user;
  if (type === 'ws') return context.switchToWs().getClient<{ data: { actor?: Actor } }>().data.actor;
  return context.switchToHttp().getRequest<{ user?: Actor }>().user;
}

/**
 * Access denied unless declared: every query, mutation, REST route and live event says `@Public()`
 * or `@SignedIn()` (test/api/operations.e2e-spec.ts lists them all); a signed-in one without a session
 * is UNAUTHENTICATED, an undeclared one FORBIDDEN to everyone. GraphQL field resolvers are not
 * operations: what they show is their domain's policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access === 'public') return true;
    if (access === 'signed_in') {
      if (actorOf(context)) return true;
      throw DomainError.of('SIGN_IN_REQUIRED');
    }
    throw DomainError.of('OPERATION_NOT_DECLARED');
  }
}
