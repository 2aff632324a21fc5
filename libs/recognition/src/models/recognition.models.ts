import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@ouvroir/core';
import { ProposalStateEnum } from '@ouvroir/proposals';

@ObjectType('ContributedProposal', { description: 'Une proposition écrite ou co-écrite, lisible de tous.' })
export class ContributedProposalModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ProposalStateEnum)
  state: string;

  @Field({ description: 'Sa dernière modification.' })
  updatedAt: Date;
}

@ObjectType('ContributedProposalConnection')
export class ContributedProposalConnection extends Paginated(ContributedProposalModel) {}

@ObjectType('AcceptedAmendment', { description: 'Un amendement accepté, sur une proposition lisible de tous.' })
export class AcceptedAmendmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field()
  proposalTitle: string;

  @Field()
  decidedAt: Date;
}

@ObjectType('MaintainedCommon', { description: 'Un commun que la personne maintient.' })
export class MaintainedCommonModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'Depuis quand elle le maintient.' })
  since: Date;
}

@ObjectType('CallWon', { description: 'Un appel à communs remporté : une candidature lauréate, décision publiée.' })
export class CallWonModel {
  @Field(() => ID, { description: 'La candidature lauréate.' })
  id: string;

  @Field(() => ID)
  callId: string;

  @Field()
  callTitle: string;

  @Field({ description: 'Le commun proposé.' })
  commonName: string;

  @Field(() => String, {
    nullable: true,
    description:
      'L’adresse de sa fiche au catalogue, une fois le lauréat catalogué (sinon null : la page des résultats).',
  })
  commonSlug: string | null;

  @Field({ description: 'Retenue avec conditions.' })
  withConditions: boolean;

  @Field({ description: 'La date de publication des décisions.' })
  decidedAt: Date;
}

@ObjectType('Attestation', { description: 'Une attestation « contribution reconnue », donnée par un animateur.' })
export class AttestationModel {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Masquée du profil public par la personne.' })
  hidden: boolean;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'Qui l’a donnée.' })
  authorName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Le groupe où la contribution a eu lieu, s’il est public (sinon null : « un groupe de travail »).',
  })
  groupName: string | null;
}

@ObjectType('AttestableGroup', { description: 'Un groupe où je peux attester la contribution de cette personne.' })
export class AttestableGroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Contributor', { description: 'Le profil public d’une personne qui l’a ouvert.' })
export class ContributorModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;
}

@ObjectType('CreditedPerson', { description: 'Une personne d’une structure dont le profil public est ouvert.' })
export class CreditedPersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => Int, { description: 'Ses propositions adoptées, lisibles de tous.' })
  adoptedProposalCount: number;

  @Field(() => Int, { description: 'Les communs qu’elle maintient.' })
  maintainedCommonCount: number;
}
