import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ouvroir/core';
import { DomainModel } from './domain.model';
import { DomainsService } from './domains.service';

@Resolver(() => DomainModel)
export class DomainsResolver {
  constructor(private readonly domainsService: DomainsService) {}

  @Query(() => [DomainModel], { description: 'Les domaines du programme, par ordre alphabétique.' })
  @Public()
  domains(): Promise<DomainModel[]> {
    return this.domainsService.list();
  }

  @Query(() => DomainModel, { description: 'Un domaine par son identifiant lisible.' })
  @Public()
  domain(@Args('slug') slug: string): Promise<DomainModel> {
    return this.domainsService.getBySlug(slug);
  }
}
