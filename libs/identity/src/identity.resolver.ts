import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from './current-actor.decorator';
import { IdentityService } from './identity.service';
import { IdentityProviderModel, PlatformRoleEnum, UserModel } from './models/identity.models';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import type { Actor } from './session-user';
import type { PlatformRole } from './user.entity';

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

  @Query(() => String, { description: 'Tout ce qu’Ouvroir conserve sur moi (droit d’accès RGPD), en JSON.' })
  exportMyData(@CurrentActor() actor: Actor): Promise<string> {
    return this.identity.exportData(actor);
  }

  @Mutation(() => Boolean, {
    description: 'Efface mon compte : pseudonyme « Ancien membre n°… », identités, e-mail et sessions supprimés.',
  })
  async eraseMyAccount(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.identity.eraseAccount(actor);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : change le rôle d’une personne sur la plateforme.' })
  setPlatformRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRoleEnum }) role: PlatformRole,
  ): Promise<UserModel> {
    return this.identity.setPlatformRole(actor, userId, role);
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : suspend un compte ; ses sessions prennent fin.' })
  suspendUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.identity.setStatus(actor, userId, 'suspended');
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : réactive un compte suspendu.' })
  reactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.identity.setStatus(actor, userId, 'active');
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
