import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountsService } from './accounts.service';
import { CurrentActor } from './current-actor.decorator';
import { IdentityService } from './identity.service';
import { PageArgs, Public, SignedIn } from '@ouvroir/core';
import {
  AgreementFormEnum,
  IdentityProviderModel,
  OrganisationConnection,
  OrganisationInput,
  OrganisationModel,
  PlatformRoleEnum,
  UserConnection,
  UserModel,
} from './models/identity.models';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import type { Actor } from './session-user';
import type { AgreementForm, PlatformRole } from './user.entity';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly accounts: AccountsService,
    private readonly providers: IdentityProvidersService,
  ) {}

  @Query(() => UserModel, { description: 'La personne connectée.' })
  @SignedIn()
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.identity.profileOf(actor);
  }

  @Query(() => UserConnection, { description: 'L’annuaire des personnes (membres et administrateurs), par nom.' })
  @SignedIn()
  users(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<UserConnection> {
    return this.identity.listUsers(actor, search, first, after);
  }

  @Query(() => OrganisationConnection, { description: 'Les structures (membres et administrateurs), par nom.' })
  @SignedIn()
  organisations(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<OrganisationConnection> {
    return this.identity.listOrganisations(actor, search, first, after);
  }

  @Mutation(() => OrganisationModel, { description: 'Administrateurs : corrige une structure.' })
  @SignedIn()
  updateOrganisation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganisationInput,
  ): Promise<OrganisationModel> {
    return this.identity.updateOrganisation(actor, id, input);
  }

  @Query(() => String, { description: 'Tout ce qu’Ouvroir conserve sur moi (droit d’accès RGPD), en JSON.' })
  @SignedIn()
  exportMyData(@CurrentActor() actor: Actor): Promise<string> {
    return this.accounts.exportData(actor);
  }

  @Mutation(() => Boolean, {
    description: 'Efface mon compte : pseudonyme « Ancien membre n°… », identités, e-mail et sessions supprimés.',
  })
  @SignedIn()
  async eraseMyAccount(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.accounts.eraseAccount(actor);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Administrateurs : la prochaine connexion de cette personne par ce fournisseur, avec la même adresse, rejoindra son compte (7 jours).',
  })
  @SignedIn()
  async allowIdentityLink(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('providerId', { type: () => ID }) providerId: string,
  ): Promise<boolean> {
    await this.accounts.allowIdentityLink(actor, userId, providerId);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : change le rôle d’une personne sur la plateforme.' })
  @SignedIn()
  setPlatformRole(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => PlatformRoleEnum }) role: PlatformRole,
  ): Promise<UserModel> {
    return this.accounts.setPlatformRole(actor, userId, role);
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : suspend un compte ; ses sessions prennent fin.' })
  @SignedIn()
  suspendUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.accounts.setStatus(actor, userId, 'suspended');
  }

  @Mutation(() => UserModel, { description: 'Administrateurs : réactive un compte suspendu.' })
  @SignedIn()
  reactivateUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }) userId: string): Promise<UserModel> {
    return this.accounts.setStatus(actor, userId, 'active');
  }

  @Mutation(() => UserModel, {
    description:
      'Indique ma forme d’accord (ou l’efface, avec null) : les phrases qui parlent de moi s’accordent ainsi.',
  })
  @SignedIn()
  setMyAgreementForm(
    @CurrentActor() actor: Actor,
    @Args('form', { type: () => AgreementFormEnum, nullable: true }) form: AgreementForm | null,
  ): Promise<UserModel> {
    return this.identity.setAgreementForm(actor, form ?? null);
  }

  @Mutation(() => UserModel, {
    description:
      'Ouvre (true) ou ferme (false) mon profil public : ce que j’ai fait et les attestations reçues, visibles de tous.',
  })
  @SignedIn()
  setMyPublicProfile(@CurrentActor() actor: Actor, @Args('public') isPublic: boolean): Promise<UserModel> {
    return this.identity.setPublicProfile(actor, isPublic);
  }

  @Query(() => [IdentityProviderModel], { description: 'Les fournisseurs d’identité de la page de connexion.' })
  @Public()
  identityProviders(): IdentityProviderModel[] {
    return this.providers.list().map(({ config, status }) => ({
      id: config.id,
      label: config.label,
      kind: config.kind,
      available: status !== 'unavailable',
    }));
  }
}
