import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CALL_STATES, CallState } from '@ouvroir/contracts';
import { enumOf, Paginated } from '@ouvroir/core';
import { UserModel } from '@ouvroir/identity';
import { MilestoneModel, ReviewAssignmentModel, ReviewModel, SubmissionModel } from './submission.models';

export const CallStateEnum = enumOf(CALL_STATES);
registerEnumType(CallStateEnum, { name: 'CallState', description: 'L’étape d’un appel à communs.' });

@ObjectType('CallCriterion', { description: 'Un critère de la grille publiée, pondéré (la somme des poids fait 100).' })
export class CallCriterionModel {
  @Field({ description: 'Clé stable du critère, à laquelle les notes se rattachent.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int)
  weight: number;
}

@ObjectType('CallViewerStanding', { description: 'Où se trouve la personne qui lit l’appel.' })
export class CallViewerStandingModel {
  @Field({ description: 'Animatrice ou animateur du comité, ou administrateur : gère l’appel.' })
  manages: boolean;

  @Field({ description: 'Évaluatrice ou évaluateur de l’appel.' })
  reviewer: boolean;
}

@ObjectType('Call', { description: 'Un appel à communs, porté par un comité.' })
export class CallModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  domainId: string;

  @Field(() => ID)
  committeeId: string;

  @Field()
  title: string;

  @Field({ description: 'Le texte de l’appel, en Markdown.' })
  body: string;

  @Field(() => [String])
  challenges: string[];

  @Field(() => [CallCriterionModel])
  criteria: CallCriterionModel[];

  @Field(() => [GraphQLISODateTime], { description: 'Les dates de clôture des tours, dans l’ordre.' })
  cutoffs: Date[];

  @Field(() => Int, { nullable: true, description: 'Le budget, en euros ; absent : l’appel n’accorde pas d’argent.' })
  budget: number | null;

  @Field(() => Float, {
    description: 'La note pondérée moyenne (sur 5) qu’une candidature doit atteindre pour aller au vote.',
  })
  minScore: number;

  @Field(() => Int)
  reviewsPerSubmission: number;

  @Field(() => CallStateEnum)
  state: CallState;

  @Field(() => ID, { nullable: true, description: 'Le scrutin du comité sur les candidatures évaluées.' })
  voteId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  openedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('CallConnection')
export class CallConnection extends Paginated(CallModel) {}

@ObjectType('ReviewerWorkspace', { description: 'L’espace d’un évaluateur dans un appel.' })
export class ReviewerWorkspaceModel {
  @Field(() => CallModel)
  call: CallModel;

  @Field(() => [ReviewAssignmentModel])
  assignments: ReviewAssignmentModel[];
}

@ObjectType('ReviewerLoad', { description: 'La charge d’un évaluateur.' })
export class ReviewerLoadModel {
  @Field(() => UserModel, { nullable: true })
  reviewer: UserModel | null;

  @Field(() => Int, { description: 'Évaluations confiées, hors celles dont il s’est exclu.' })
  assigned: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int, { description: 'Liens déclarés : à remplacer.' })
  excluded: number;
}

@ObjectType('BoardSubmission', { description: 'Une candidature sur le tableau des animateurs.' })
export class BoardSubmissionModel {
  @Field(() => SubmissionModel)
  submission: SubmissionModel;

  @Field(() => [ReviewModel])
  reviews: ReviewModel[];

  @Field(() => Float, { nullable: true })
  meanScore: number | null;

  @Field(() => Float, { nullable: true })
  spread: number | null;

  @Field(() => Int, { description: 'Évaluateurs encore à affecter pour atteindre le nombre de l’appel.' })
  missingReviewers: number;
}

@ObjectType('FacilitatorBoard', { description: 'Le tableau de bord des animateurs d’un appel.' })
export class FacilitatorBoardModel {
  @Field(() => CallModel)
  call: CallModel;

  @Field(() => [BoardSubmissionModel])
  submissions: BoardSubmissionModel[];

  @Field(() => [ReviewerLoadModel])
  reviewers: ReviewerLoadModel[];

  @Field(() => [MilestoneModel], { description: 'Les jalons en retard des lauréats.' })
  lateMilestones: MilestoneModel[];
}

@ObjectType('CallResult', { description: 'Une ligne des résultats publiés.' })
export class CallResultModel {
  @Field(() => SubmissionModel)
  submission: SubmissionModel;

  @Field(() => Float, { nullable: true })
  meanScore: number | null;

  @Field(() => Float, { nullable: true })
  spread: number | null;
}

@ObjectType('CallResults', { description: 'Les résultats d’un appel décidé, publics.' })
export class CallResultsModel {
  @Field(() => CallModel)
  call: CallModel;

  @Field(() => [CallResultModel])
  rows: CallResultModel[];

  @Field({ description: 'Le fichier CSV (Licence Ouverte 2.0).' })
  csvUrl: string;

  @Field({ description: 'Son schéma (Table Schema).' })
  schemaUrl: string;
}
