import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
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
import { enumOf } from '@ouvroir/core';
import { UserModel } from '@ouvroir/identity';
import { CHECKS, CheckName } from '../submission.rules';

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
