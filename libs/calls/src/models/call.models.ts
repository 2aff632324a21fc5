import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CALL_STATES,
  CallState,
  COMMON_DRAFT_KINDS,
  CommonDraftKind,
  MILESTONE_STATUSES,
  MilestoneStatus,
  REVIEW_LINKS,
  REVIEW_STATES,
  ReviewLink,
  ReviewState,
  SUBMISSION_DECISIONS,
  SUBMISSION_STATES,
  SubmissionDecision,
  SubmissionState,
} from '@ouvroir/contracts';
import { enumOf, Paginated } from '@ouvroir/core';
import { UserModel } from '@ouvroir/identity';
import { CHECKS, CheckName } from '../submission.rules';

export const CallStateEnum = enumOf(CALL_STATES);
registerEnumType(CallStateEnum, { name: 'CallState', description: 'L’étape d’un appel à communs.' });
export const SubmissionStateEnum = enumOf(SUBMISSION_STATES);
registerEnumType(SubmissionStateEnum, { name: 'SubmissionState', description: 'L’étape d’une candidature.' });
export const SubmissionDecisionEnum = enumOf(SUBMISSION_DECISIONS);
registerEnumType(SubmissionDecisionEnum, { name: 'SubmissionDecision', description: 'La décision du comité.' });
export const ReviewLinkEnum = enumOf(REVIEW_LINKS);
registerEnumType(ReviewLinkEnum, {
  name: 'ReviewLink',
  description: 'Le lien qu’un évaluateur déclare avec une candidature.',
});
export const ReviewStateEnum = enumOf(REVIEW_STATES);
registerEnumType(ReviewStateEnum, { name: 'ReviewState', description: 'L’étape d’une évaluation.' });
export const MilestoneStatusEnum = enumOf(MILESTONE_STATUSES);
registerEnumType(MilestoneStatusEnum, { name: 'MilestoneStatus', description: 'L’avancement d’un jalon.' });
export const CommonDraftKindEnum = enumOf(COMMON_DRAFT_KINDS);
registerEnumType(CommonDraftKindEnum, { name: 'CommonDraftKind', description: 'La nature du commun proposé.' });
export const SubmissionCheckNameEnum = enumOf(CHECKS);
registerEnumType(SubmissionCheckNameEnum, {
  name: 'SubmissionCheckName',
  description: 'Une vérification automatique.',
});

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

@ObjectType('SubmissionCheck', { description: 'Une vérification automatique d’éligibilité.' })
export class SubmissionCheckModel {
  @Field(() => SubmissionCheckNameEnum)
  check: CheckName;

  @Field()
  passed: boolean;

  @Field({ description: 'Ce qui est demandé, en français.' })
  message: string;
}

@ObjectType('SubmissionApplicant', { description: 'Un porteur de la candidature.' })
export class ApplicantModel {
  @Field(() => UserModel, { nullable: true })
  user: UserModel | null;

  @Field({ description: '`lead` (qui l’a créée) ou `co_applicant`.' })
  role: string;

  @Field({ description: 'Un co-porteur invité n’apparaît comme porteur qu’après avoir accepté.' })
  accepted: boolean;
}

@ObjectType('CriterionScore', { description: 'La note d’un critère (0 à 5) et son commentaire.' })
export class CriterionScoreModel {
  @Field()
  criterionKey: string;

  @Field(() => Int)
  score: number;

  @Field()
  comment: string;
}

@ObjectType('Review', { description: 'Une évaluation d’une candidature.' })
export class ReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  submissionId: string;

  @Field(() => ReviewStateEnum)
  state: ReviewState;

  @Field(() => ReviewLinkEnum, {
    nullable: true,
    description: 'Le lien déclaré (animateurs et l’évaluateur lui-même).',
  })
  link: ReviewLink | null;

  @Field(() => String, { nullable: true })
  linkText: string | null;

  @Field(() => [CriterionScoreModel], {
    nullable: true,
    description: 'Absentes tant que la personne ne peut pas les lire.',
  })
  scores: CriterionScoreModel[] | null;

  @Field(() => Float, { nullable: true })
  weightedScore: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => UserModel, {
    nullable: true,
    description: 'L’évaluateur : aux animateurs et à lui-même seulement, jamais aux porteurs.',
  })
  reviewer: UserModel | null;

  @Field({ description: 'L’évaluation de la personne qui lit.' })
  mine: boolean;
}

@ObjectType('Milestone', { description: 'Un jalon d’un lauréat.' })
export class MilestoneModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  submissionId: string;

  @Field()
  title: string;

  @Field({ description: 'Échéance, AAAA-MM-JJ.' })
  dueOn: string;

  @Field(() => MilestoneStatusEnum)
  status: MilestoneStatus;

  @Field(() => Int)
  percent: number;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field()
  updatedAt: Date;
}

@ObjectType('Submission', {
  description:
    'Une candidature. Les champs détaillés sont nuls pour un évaluateur qui n’a pas encore déclaré ses liens (il ne voit que ce qu’est le commun).',
})
export class SubmissionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  callId: string;

  @Field(() => SubmissionStateEnum)
  state: SubmissionState;

  @Field({ description: 'La clôture de son tour : modifiable jusque-là (horloge de la base).' })
  cutoffAt: Date;

  @Field(() => Int)
  revision: number;

  @Field(() => CommonDraftKindEnum)
  commonKind: CommonDraftKind;

  @Field()
  commonName: string;

  @Field()
  challenge: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  licence: string | null;

  @Field(() => String, { nullable: true })
  repositoryUrl: string | null;

  @Field(() => [String], { nullable: true })
  maintainers: string[] | null;

  @Field(() => ID, { nullable: true })
  carryingGroupId: string | null;

  @Field(() => String, { nullable: true, description: 'En Markdown.' })
  pitch: string | null;

  @Field(() => Int, { nullable: true })
  amountAsked: number | null;

  @Field()
  publishConsent: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true })
  eligibilityReason: string | null;

  @Field()
  passedReview: boolean;

  @Field(() => Int, { nullable: true, description: 'Son rang au vote du comité, une fois la décision publiée.' })
  rank: number | null;

  @Field(() => SubmissionDecisionEnum, { nullable: true })
  decision: SubmissionDecision | null;

  @Field(() => String, { nullable: true })
  conditions: string | null;

  @Field(() => String, { nullable: true })
  motivation: string | null;

  @Field(() => Int, { nullable: true })
  amountGranted: number | null;

  @Field(() => ID, { nullable: true, description: 'La fiche du catalogue que le lauréat est devenu.' })
  commonId: string | null;
}

@ObjectType('ReviewAssignment', {
  description: 'Une évaluation confiée, avec la candidature telle que l’évaluateur peut la lire.',
})
export class ReviewAssignmentModel {
  @Field(() => ReviewModel)
  review: ReviewModel;

  @Field(() => SubmissionModel)
  submission: SubmissionModel;
}

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
