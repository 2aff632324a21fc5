import { ResolveField, Resolver } from '@nestjs/graphql';
import { actorOf } from './current-actor.decorator';
import { IdentityService } from './identity.service';
import { UserModel } from './models/identity.models';

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
    person(parent: T, _args: unknown, context: object) {
      const actor = actorOf(context);
      const id = parent[field] as string | null;
      return id ? userLoader(context, this.identity, actor).get(id) : null;
    }
  }
  return PersonResolver;
}
