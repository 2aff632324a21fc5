import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import type { CommonDraftKind, MilestoneStatus, SubmissionDecision } from '@ouvroir/contracts';
import { CommonDraftKindEnum, MilestoneStatusEnum, SubmissionDecisionEnum } from './submission.models';

@InputType('CallCriterionInput')
export class CallCriterionInput {
  @Field(() => String, { nullable: true, description: 'La clé d’un critère existant, pour le garder.' })
  key?: string | null;

  @Field()
  name: string;

  @Field({ defaultValue: '' })
  description: string;

  @Field(() => Int)
  weight: number;
}

@InputType('CallInput', { description: 'Les champs d’un appel, modifiables tant qu’il est en brouillon.' })
export class CallInput {
  @Field()
  title: string;

  @Field({ defaultValue: '', description: 'En Markdown, 20 000 caractères au plus.' })
  body: string;

  @Field(() => [String], { description: 'De 1 à 10 défis.' })
  challenges: string[];

  @Field(() => [CallCriterionInput], {
    nullable: true,
    description: 'Absente : la grille par défaut (NLnet, 30/40/30).',
  })
  criteria?: CallCriterionInput[] | null;

  @Field(() => [GraphQLISODateTime], { description: 'De 1 à 5 dates de clôture à venir.' })
  cutoffs: Date[];

  @Field(() => Int, { nullable: true })
  budget?: number | null;

  @Field(() => Float, { nullable: true })
  minScore?: number | null;

  @Field(() => Int, { nullable: true })
  reviewsPerSubmission?: number | null;
}

@InputType('SubmissionInput', { description: 'Les champs d’une candidature.' })
export class SubmissionInput {
  @Field(() => CommonDraftKindEnum)
  commonKind: CommonDraftKind;

  @Field()
  commonName: string;

  @Field({ defaultValue: '' })
  summary: string;

  @Field({ defaultValue: '', description: 'Une expression SPDX, par exemple « AGPL-3.0-or-later ».' })
  licence: string;

  @Field({ defaultValue: '' })
  repositoryUrl: string;

  @Field(() => [String], { defaultValue: [] })
  maintainers: string[];

  @Field(() => ID, { nullable: true, description: 'Le groupe de travail qui porte le commun, dont vous êtes membre.' })
  carryingGroupId?: string | null;

  @Field({ defaultValue: '' })
  pitch: string;

  @Field({ defaultValue: '' })
  challenge: string;

  @Field(() => Int, { nullable: true })
  amountAsked?: number | null;

  @Field({ defaultValue: false })
  publishConsent: boolean;
}

@InputType('CriterionScoreInput')
export class CriterionScoreInput {
  @Field()
  criterionKey: string;

  @Field(() => Int)
  score: number;

  @Field()
  comment: string;
}

@InputType('SubmissionDecisionInput')
export class SubmissionDecisionInput {
  @Field(() => SubmissionDecisionEnum)
  decision: SubmissionDecision;

  @Field(() => String, { nullable: true })
  conditions?: string | null;

  @Field()
  motivation: string;

  @Field(() => Int, { nullable: true })
  amountGranted?: number | null;
}

@InputType('MilestoneUpdateInput')
export class MilestoneUpdateInput {
  @Field(() => MilestoneStatusEnum)
  status: MilestoneStatus;

  @Field(() => Int)
  percent: number;

  @Field(() => String, { nullable: true })
  evidenceUrl?: string | null;
}
