import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, Public, SignedIn } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, OptionalActor, actorOf } from '@ouvroir/identity';
import { AttestationsService } from './attestations.service';
import { BadgesService } from './badges.service';
import {
  AcceptedAmendmentModel,
  AttestableGroupModel,
  AttestationModel,
  CallWonModel,
  ContributedProposalConnection,
  ContributorModel,
  CreditedPersonModel,
  MaintainedCommonModel,
} from './models/recognition.models';
import { ProfilesService } from './profiles.service';

@Resolver(() => ContributorModel)
export class ContributorResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly attesting: AttestationsService,
    private readonly groups: GroupsService,
  ) {}

  @Public()
  @Query(() => ContributorModel, {
    description: 'Le profil public d’une personne, s’il est ouvert (sinon : introuvable, comme une personne inconnue).',
  })
  contributor(@Args('id', { type: () => ID }) id: string): Promise<ContributorModel> {
    return this.profiles.contributor(id);
  }

  @Public()
  @Query(() => [CreditedPersonModel], {
    description: 'Les personnes d’une structure qui ont ouvert leur profil public, par nom, avec ce qu’elles ont fait.',
  })
  organisationContributors(
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<CreditedPersonModel[]> {
    return this.profiles.credited(organisationId);
  }

  @ResolveField(() => ContributedProposalConnection, {
    description: 'Les propositions écrites ou co-écrites, lisibles de tous (jamais celles d’un groupe réservé).',
  })
  proposals(@Parent() contributor: ContributorModel, @Args() { first, after }: PageArgs) {
    return this.profiles.proposals(contributor.id, false, first, after);
  }

  @ResolveField(() => ContributedProposalConnection, { description: 'Parmi elles, celles que le comité a adoptées.' })
  adoptedProposals(@Parent() contributor: ContributorModel, @Args() { first, after }: PageArgs) {
    return this.profiles.proposals(contributor.id, true, first, after);
  }

  @ResolveField(() => [AcceptedAmendmentModel], { description: 'Les amendements acceptés, les derniers d’abord.' })
  acceptedAmendments(contributor: ContributorModel) {
    return this.profiles.acceptedAmendments(contributor.id);
  }

  @ResolveField(() => [MaintainedCommonModel], { description: 'Les communs maintenus.' })
  maintainedCommons(contributor: ContributorModel) {
    return this.profiles.maintainedCommons(contributor.id);
  }

  @ResolveField(() => [CallWonModel], { description: 'Les appels à communs remportés, les derniers d’abord.' })
  callsWon(contributor: ContributorModel) {
    return this.profiles.callsWon(contributor.id);
  }

  @ResolveField(() => Int, {
    description: 'Le nombre d’évaluations rendues dans des appels décidés (jamais lesquelles).',
  })
  reviewsDone(contributor: ContributorModel) {
    return this.profiles.reviewsDone(contributor.id);
  }

  @ResolveField(() => [AttestationModel], { description: 'Les attestations reçues que la personne n’a pas masquées.' })
  async attestations(contributor: ContributorModel) {
    return this.profiles.attestationModels(await this.attesting.shown(contributor.id));
  }

  @ResolveField(() => [AttestableGroupModel], {
    description: 'Animateurs : les groupes où je peux attester la contribution de cette personne.',
  })
  async attestableGroups(contributor: ContributorModel, _args: unknown, context: object) {
    const actor = actorOf(context);
    const ids = await this.attesting.attestableGroupIds(actor, contributor.id);
    const groups = await this.groups.visibleByIds(actor, ids);
    return groups.flatMap((group) => (group ? [{ id: group.id, name: group.name }] : []));
  }
}

@Resolver(() => AttestationModel)
export class AttestationResolver {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly attestations: AttestationsService,
    private readonly badges: BadgesService,
  ) {}

  @SignedIn()
  @Query(() => [AttestationModel], { description: 'Les attestations que j’ai reçues, masquées comprises.' })
  async myAttestations(@CurrentActor() actor: Actor) {
    return this.profiles.attestationModels(await this.attestations.mine(actor));
  }

  @SignedIn()
  @Mutation(() => AttestationModel, {
    description:
      'Animateurs : atteste la contribution d’une personne à mon groupe, avec un motif (1 000 caractères au plus).',
  })
  async attestContribution(
    @CurrentActor() actor: Actor,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('reason') reason: string,
  ) {
    const [model] = await this.profiles.attestationModels([
      await this.attestations.attest(actor, personId, groupId, reason),
    ]);
    return model;
  }

  @SignedIn()
  @Mutation(() => AttestationModel, {
    description: 'Masque (true) une attestation de mon profil public, ou la montre.',
  })
  async setAttestationHidden(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('hidden') hidden: boolean,
  ) {
    const [model] = await this.profiles.attestationModels([await this.attestations.setHidden(actor, id, hidden)]);
    return model;
  }

  @Public()
  @Query(() => String, {
    description:
      'Une attestation en Open Badges 3.0 : un justificatif vérifiable signé (VC-JWT, EdDSA), vérifiable avec la clé publiée à /.well-known/jwks.json.',
  })
  async openBadge(@OptionalActor() actor: Actor | null, @Args('attestationId', { type: () => ID }) id: string) {
    const attestation = await this.attestations.visible(actor, id);
    const [model] = await this.profiles.attestationModels([attestation]);
    const subject = await this.profiles.subjectName(attestation.subjectId);
    return this.badges.sign(attestation, subject, model.groupName ?? 'un groupe de travail');
  }
}

export const RECOGNITION_RESOLVERS = [ContributorResolver, AttestationResolver];
