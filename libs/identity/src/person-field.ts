import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OptionalActor } from './current-actor.decorator';
import { IdentityService } from './identity.service';
import { UserModel } from './models/identity.models';
import type { Actor } from './session-user';
import { userLoader } from './user-loader';

/**
 * A resolver class giving `model` the person whose id is in `field` (`authorId` → `author`), batched
 * per request: other domains name people this way (authors, actors, voters, proxy holders).
 */
export function personField<T>(model: new () => T, field: keyof T & string, description: string) {
  @Resolver(() => model)
  class PersonResolver {
    constructor(readonly identity: IdentityService) {}

    @ResolveField(() => UserModel, { name: field.replace(/Id$/, ''), nullable: true, description })
    person(@Parent() parent: T, @Context() context: object, @OptionalActor() actor: Actor | null) {
      const id = parent[field] as string | null;
      return id ? userLoader(context, this.identity, actor).load(id) : null;
    }
  }
  return PersonResolver;
}
