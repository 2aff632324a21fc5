import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from './current-actor.decorator';
import { IdentityService } from './identity.service';
import { IdentityProviderModel, UserModel } from './models/identity.models';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import type { Actor } from './session-user';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly providers: IdentityProvidersService,
  ) {}

  @Query(() => UserModel, { description: 'La personne connectée.' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.identity.profileOf(actor);
  }

  @Query(() => [IdentityProviderModel], { description: 'Les fournisseurs d’identité de la page de connexion.' })
  identityProviders(): IdentityProviderModel[] {
    return this.providers.list().map(({ config, status }) => ({
      id: config.id,
      label: config.label,
      kind: config.kind,
      available: status !== 'unavailable',
    }));
  }
}
