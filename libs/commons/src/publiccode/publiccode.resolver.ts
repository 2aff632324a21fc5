import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, requestLoader, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor } from '@ouvroir/identity';
import { CommonModel } from '../models/common.models';
import { CommonRow } from '../commons.repository';
import { JsonLdService } from '../open-data/json-ld.service';
import { PubliccodeService } from './publiccode.service';

/** publiccode.yml in, and the JSON-LD of a common; translation only (see PubliccodeService). */
@Resolver(() => CommonModel)
export class PubliccodeResolver {
  constructor(
    private readonly publiccode: PubliccodeService,
    private readonly jsonLds: JsonLdService,
  ) {}

  @Mutation(() => CommonModel, {
    description:
      'Importe un publiccode.yml : met à jour le commun donné (ou celui dont le dépôt est son url), sinon crée un logiciel dans le domaine donné. Le rapport de validation reste sur la fiche.',
  })
  @SignedIn()
  importCommonFromPubliccode(
    @CurrentActor() actor: Actor,
    @Args('text') text: string,
    @Args('domainId', { type: () => ID, nullable: true }) domainId: string | null,
    @Args('commonId', { type: () => ID, nullable: true }) commonId: string | null,
  ): Promise<CommonRow> {
    return this.publiccode.importText(actor, text, domainId ?? null, commonId ?? null);
  }

  @Mutation(() => CommonModel, {
    description:
      'Lit le publiccode.yml du dépôt d’un commun (ou d’une adresse de dépôt) sur sa forge, puis l’importe comme importCommonFromPubliccode.',
  })
  @SignedIn()
  fetchPubliccodeFromRepository(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID, nullable: true }) commonId: string | null,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
    @Args('domainId', { type: () => ID, nullable: true }) domainId: string | null,
  ): Promise<CommonRow> {
    if (!commonId === !url) throw DomainError.of('FORGE_URL_UNSUPPORTED', { url: url ?? '' });
    return this.publiccode.importFromRepository(actor, { commonId, url }, domainId ?? null);
  }

  @ResolveField(() => String, {
    description: 'Sa description schema.org (JSON-LD), telle que sa page la porte.',
    complexity: 2,
  })
  async jsonLd(common: CommonRow, _args: unknown, context: object): Promise<string> {
    const loader = requestLoader(context, 'commonJsonLd', (commons: readonly CommonRow[]) =>
      this.jsonLds.jsonLdOf(commons),
    );
    return JSON.stringify(await loader.load(common));
  }
}
