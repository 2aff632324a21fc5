import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import { DomainInput } from './domain.input';
import { DomainModel } from './domain.model';
import { DomainsService } from './domains.service';

@Resolver(() => DomainModel)
export class DomainsResolver {
  constructor(private readonly domainsService: DomainsService) {}

  @Query(() => [DomainModel], { description: 'Les domaines du programme, par ordre alphabétique.' })
  @Public()
  domains(): Promise<readonly DomainModel[]> {
    return this.domainsService.list();
  }

  @Query(() => DomainModel, { description: 'Un domaine par son identifiant lisible.' })
  @Public()
  domain(@Args('slug') slug: string): Promise<DomainModel> {
    return this.domainsService.getBySlug(slug);
  }

  @Mutation(() => DomainModel, { description: 'Crée un domaine (administrateurs) ; l’acte est journalisé.' })
  @SignedIn()
  createDomain(@CurrentActor() actor: Actor, @Args('input') input: DomainInput): Promise<DomainModel> {
    return this.domainsService.create(actor, input);
  }

  @Mutation(() => DomainModel, { description: 'Modifie un domaine (administrateurs) ; l’acte est journalisé.' })
  @SignedIn()
  updateDomain(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DomainInput,
  ): Promise<DomainModel> {
    return this.domainsService.update(actor, id, input);
  }
}
