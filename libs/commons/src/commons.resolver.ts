import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Public, renderMarkdown, SignedIn } from '@ouvroir/core';
import { domainLoader, DomainModel, DomainsService } from '@ouvroir/domains';
import { groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, IdentityService, OptionalActor, actorOf } from '@ouvroir/identity';
import { ProposalModel } from '@ouvroir/proposals';
import { CatalogueService } from './catalogue.service';
import {
  commonViewersLoader,
  decisionsLoader,
  maintainersLoader,
  repositoriesLoader,
  revisionsLoader,
  scolomfrLoader,
  usagesLoader,
} from './common-loaders';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonsAccessService } from './commons-access.service';
import { commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';
import { CommonsService } from './commons.service';
import { DecisionsService } from './decisions.service';
import { isRecommended } from './licence';
import {
  CommonConnection,
  CommonFilterInput,
  CommonInput,
  CommonMaintainerModel,
  CommonModel,
  CommonPermissionsModel,
  CommonRepositoryModel,
  CommonRevisionModel,
  CommonScolomfrModel,
  CommonUsageModel,
  LicenceModel,
  OrganisationCommonsModel,
  RepositoryInput,
  ScolomfrConceptModel,
} from './models/common.models';

/** What the fields doing more than reading cost (see the proposals' COST). */
const COST = { catalogue: 50, render: 10 };

@Resolver(() => CommonModel)
export class CommonsResolver {
  constructor(
    private readonly commonsService: CommonsService,
    private readonly catalogue: CatalogueService,
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly access: CommonsAccessService,
    private readonly decisionsService: DecisionsService,
    private readonly domains: DomainsService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  @Public()
  @Query(() => CommonConnection, {
    description: 'Le catalogue des communs, par nom, et ses facettes (chacune comptée avec les autres filtres).',
    complexity: ({ args, childComplexity }) => COST.catalogue + args.first * childComplexity,
  })
  async commons(
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Context() context: object,
    @Args('filter', { nullable: true }) filter?: CommonFilterInput,
  ) {
    const { domains, ...page } = await this.catalogue.browse(actor, filter ?? {}, first, after);
    // The nodes' domains are those the facets were named from: no second read.
    const loader = domainLoader(context, this.domains);
    for (const domain of domains) loader.prime(domain.id, domain);
    return page;
  }

  @Public()
  @Query(() => CommonModel, { nullable: true, description: 'Un commun par son adresse ; null s’il n’existe pas.' })
  common(@Args('slug') slug: string) {
    return this.commonsService.findBySlug(slug);
  }

  @Public()
  @Query(() => [ScolomfrConceptModel], {
    description: 'Les valeurs ScoLOMFR proposées d’un vocabulaire : 022, 015, 010 ou 005.',
  })
  scolomfrConcepts(@Args('vocabulary') vocabulary: string) {
    return this.commonsService.concepts(vocabulary);
  }

  @Public()
  @Query(() => OrganisationCommonsModel, { description: 'Ce qu’une structure maintient et ce qu’elle utilise.' })
  organisationCommons(
    @OptionalActor() actor: Actor | null,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.catalogue.ofOrganisation(actor, organisationId);
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Membres : publie un commun ; son créateur en est mainteneur.' })
  createCommon(@CurrentActor() actor: Actor, @Args('input') input: CommonInput) {
    return this.commonsService.create(null, actor, input);
  }

  @SignedIn()
  @Mutation(() => CommonModel, {
    description: 'Modifie un commun depuis la révision lue ; CONFLICT si une autre modification est passée avant.',
  })
  updateCommon(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CommonInput,
    @Args('baseRevision', { type: () => Int }) baseRevision: number,
  ) {
    return this.commonsService.update(actor, id, baseRevision, input);
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Remplace les dépôts du commun (20 au plus).' })
  setCommonRepositories(
    @CurrentActor() actor: Actor,
    @Args('commonId', { type: () => ID }) commonId: string,
    @Args('repositories', { type: () => [RepositoryInput] }) repositories: RepositoryInput[],
  ) {
    return this.commonsService.setRepositories(actor, commonId, repositories);
  }

  @SignedIn()
  @Mutation(() => CommonModel, { description: 'Les mainteneurs confirment qu’ils maintiennent toujours le commun.' })
  confirmCommonMaintenance(@CurrentActor() actor: Actor, @Args('commonId', { type: () => ID }) commonId: string) {
    return this.commonsService.confirmMaintenance(actor, commonId);
  }

  @ResolveField(() => String, { description: 'La description rendue en HTML sûr.', complexity: COST.render })
  descriptionHtml(common: CommonRow): string {
    return renderMarkdown(common.description);
  }

  @ResolveField(() => DomainModel, { nullable: true })
  domain(common: CommonRow, _args: unknown, context: object) {
    return domainLoader(context, this.domains).get(common.domainId);
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le groupe qui en prend soin, s’il m’est visible.' })
  stewardingGroup(common: CommonRow, _args: unknown, context: object) {
    const actor = actorOf(context);
    return common.stewardingGroupId ? groupLoader(context, this.groups, actor).load(common.stewardingGroupId) : null;
  }

  @ResolveField(() => LicenceModel)
  licence(common: CommonRow): LicenceModel {
    return {
      expression: common.licence,
      ids: common.licenceIds,
      open: common.licenceOpen,
      recommended: isRecommended(common.kind, common.licenceIds),
    };
  }

  @ResolveField(() => [CommonRepositoryModel])
  repositories(common: CommonRow, _args: unknown, context: object) {
    return repositoriesLoader(context, this.parts).load(common.id);
  }

  @ResolveField(() => [CommonMaintainerModel])
  maintainers(common: CommonRow, _args: unknown, context: object) {
    return maintainersLoader(context, this.parts).load(common.id);
  }

  @ResolveField(() => [CommonUsageModel], {
    description: 'Les structures qui l’utilisent, les premières déclarées d’abord.',
  })
  async usages(common: CommonRow, _args: unknown, context: object) {
    const usages = await usagesLoader(context, this.parts).load(common.id);
    return usages.map((usage) => ({ ...usage, declaredAt: usage.createdAt }));
  }

  @ResolveField(() => Int)
  async usageCount(common: CommonRow, _args: unknown, context: object) {
    return (await usagesLoader(context, this.parts).load(common.id)).length;
  }

  @ResolveField(() => CommonScolomfrModel, { nullable: true, description: 'Pour une ressource éducative seulement.' })
  async scolomfr(common: CommonRow, _args: unknown, context: object): Promise<CommonScolomfrModel | null> {
    if (common.kind !== 'educational_resource') return null;
    const concepts = await scolomfrLoader(context, this.repository).load(common.id);
    const of = (vocabulary: string) => concepts.filter((concept) => concept.vocabulary === vocabulary);
    return { levels: of('022'), subjects: of('015'), pedagogicalTypes: of('010'), documentTypes: of('005') };
  }

  @ResolveField(() => [ProposalModel], {
    description: 'Les propositions qui le concernent et que je peux lire ; state dit si elles sont adoptées.',
  })
  decisions(common: CommonRow, _args: unknown, context: object) {
    const actor = actorOf(context);
    return decisionsLoader(context, this.decisionsService, actor).load(common.id);
  }

  @ResolveField(() => [CommonRevisionModel], { description: 'Ses modifications, la plus récente d’abord.' })
  revisions(
    @Parent() common: CommonRow,
    @Context() context: object,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'De 1 à 100.' }) first: number,
  ) {
    return revisionsLoader(context, this.commonsService, first).load(common.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Le rapport de validation du publiccode.yml importé, en JSON : pour ses mainteneurs, les animateurs de son groupe et les administrateurs ; null pour les autres.',
  })
  async publiccodeReport(common: CommonRow, _args: unknown, context: object): Promise<string | null> {
    const actor = actorOf(context);
    if (!common.publiccodeReport || !actor) return null;
    const viewer = await commonViewersLoader(context, this.access, actor).load(common);
    return commonsPolicy.mayReadReport(viewer) ? JSON.stringify(common.publiccodeReport) : null;
  }

  @ResolveField(() => CommonPermissionsModel)
  async viewerCan(common: CommonRow, _args: unknown, context: object) {
    const actor = actorOf(context);
    return commonsPolicy.permissions(await commonViewersLoader(context, this.access, actor).load(common));
  }
}
