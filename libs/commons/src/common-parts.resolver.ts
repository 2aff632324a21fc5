import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, OrganisationModel, actorOf } from '@ouvroir/identity';
import { organisationLoader } from './common-loaders';
import { CommonMaintainerEntity, CommonUsageEntity } from './common-parts.entity';
import { DecisionsService } from './decisions.service';
import { MaintainersService } from './maintainers.service';
import { CommonMaintainerModel, CommonModel, CommonUsageModel } from './models/common.models';
import { RelayService } from './relay.service';
import { UsagesService } from './usages.service';

/** The acts on a common's maintainers, users, decisions and the relay to its maintainers. */
@Resolver(() => CommonModel)
export class CommonPartsResolver {
  constructor(
    private readonly maintainers: MaintainersService,
    private readonly usages: UsagesService,
    private readonly decisions: DecisionsService,
    private readonly relay: RelayService,
  ) {}

  @SignedIn()
  @Mutation(() => CommonModel, {
    description: 'Ajoute un mainteneur : une personne (userId) ou une structure (organisationId).',
  })
  addCommonMaintainer(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string,
  ) {
    return this.maintainers.add(actor, commonId, { userId, organisationId });
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Retire un mainteneur, jamais le dernier.' })
  removeCommonMaintainer(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('maintainerId', { type: () => ID }) maintainerId: string,
  ) {
    return this.maintainers.remove(actor, commonId, maintainerId);
  }

  @SignedIn()
  @Mutation(() => CommonModel, {
    description: '« Nous l’utilisons » : pour sa structure (toute structure, administrateurs).',
  })
  declareCommonUsage(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('instanceUrl', { type: () => String, nullable: true }) instanceUrl?: string | null,
    @Args('userCount', { type: () => Int, nullable: true }) userCount?: number | null,
  ) {
    return this.usages.declare(actor, commonId, { organisationId, instanceUrl, userCount });
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Retire la déclaration d’usage d’une structure.' })
  withdrawCommonUsage(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.usages.withdraw(actor, commonId, organisationId);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Écrit aux mainteneurs (2 000 caractères) : le message arrive dans leurs notifications avec mon nom, sans adresse ; 10 par heure.',
  })
  contactCommonMaintainers(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('message') message: string,
  ) {
    return this.relay.contact(actor, commonId, message);
  }

  @SignedIn()
  @Mutation(() => CommonModel, {
    description: 'Relie au commun une proposition qui le concerne (ses auteurs ou les mainteneurs).',
  })
  linkCommonDecision(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ) {
    return this.decisions.link(actor, commonId, proposalId);
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Retire le lien entre le commun et une proposition.' })
  unlinkCommonDecision(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ) {
    return this.decisions.unlink(actor, commonId, proposalId);
  }
}

@Resolver(() => CommonMaintainerModel)
export class CommonMaintainerResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'La structure, pour un mainteneur structure.' })
  organisation(maintainer: CommonMaintainerEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return maintainer.organisationId
      ? organisationLoader(context, this.identity, actor).load(maintainer.organisationId)
      : null;
  }
}

@Resolver(() => CommonUsageModel)
export class CommonUsageResolver {
  constructor(private readonly identity: IdentityService) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(usage: CommonUsageEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return organisationLoader(context, this.identity, actor).load(usage.organisationId);
  }
}
