import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf, Paginated } from '@ouvroir/core';
import { GRADES, Grade, METHODS, POSITIONS, Position, Threshold, THRESHOLDS, VoteMethod } from '../counting';
import { VOTE_STATUSES, VoteStatus } from '../vote.entity';

export const VoteMethodEnum = enumOf(METHODS);
export const ThresholdEnum = enumOf(THRESHOLDS);
export const PositionEnum = enumOf(POSITIONS);
export const GradeEnum = enumOf(GRADES);
export const VoteStatusEnum = enumOf(VOTE_STATUSES);
export const VoteOutcomeEnum = enumOf(['adopted', 'rejected', 'no_quorum', 'ranked'] as const);
export const AgendaSectionEnum = enumOf(['upcoming', 'open', 'closed'] as const);
registerEnumType(VoteMethodEnum, {
  name: 'VoteMethod',
  description: 'Pour / contre / abstention (une proposition), jugement majoritaire ou approbation (des options).',
});
registerEnumType(ThresholdEnum, {
  name: 'Threshold',
  description:
    'simple_majority : plus de pour que de contre ; absolute_majority : pour > moitié des votants inscrits ; two_thirds : deux tiers des suffrages exprimés.',
});
registerEnumType(PositionEnum, { name: 'Position' });
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: 'Les sept mentions du jugement majoritaire, la meilleure d’abord.',
});
registerEnumType(VoteStatusEnum, { name: 'VoteStatus' });
registerEnumType(VoteOutcomeEnum, {
  name: 'VoteOutcome',
  description: 'adopted / rejected (une proposition), ranked (des options classées), no_quorum.',
});
registerEnumType(AgendaSectionEnum, { name: 'AgendaSection', description: 'À venir, ouverts, ou clos et annulés.' });

@ObjectType('VoteOption')
export class VoteOptionModel {
  @Field({ description: 'La clé de l’option dans les bulletins (o1, o2…).' })
  key: string;

  @Field()
  label: string;
}

@ObjectType('GradeCount')
export class GradeCountModel {
  @Field(() => GradeEnum)
  grade: Grade;

  @Field(() => Int)
  count: number;
}

@ObjectType('OptionResult', { description: 'Une option dans le résultat, la mieux classée d’abord.' })
export class OptionResultModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  rank: number;

  @Field(() => GradeEnum, { nullable: true, description: 'Jugement majoritaire : la mention majoritaire.' })
  majorityGrade?: Grade;

  @Field(() => [GradeCountModel], { nullable: true, description: 'Jugement majoritaire : le profil de mérite.' })
  profile?: GradeCountModel[];

  @Field(() => Int, { nullable: true, description: 'Approbation : le nombre de bulletins qui l’approuvent.' })
  approvals?: number;
}

@ObjectType('VoteResult', { description: 'Le dépouillement, publié à la clôture.' })
export class VoteResultModel {
  @Field(() => VoteOutcomeEnum)
  outcome: string;

  @Field()
  quorumReached: boolean;

  @Field(() => Int)
  ballots: number;

  @Field(() => Int)
  eligibleVoters: number;

  @Field(() => Int, { nullable: true })
  for?: number;

  @Field(() => Int, { nullable: true })
  against?: number;

  @Field(() => Int, { nullable: true })
  abstain?: number;

  @Field(() => [OptionResultModel], { nullable: true })
  options?: OptionResultModel[];

  @Field({ description: 'L’empreinte finale de la chaîne du registre (SHA-256).' })
  finalHash: string;
}

@ObjectType('Vote', { description: 'Un scrutin d’un comité.' })
export class VoteModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'En Markdown.' })
  description: string;

  @Field(() => VoteMethodEnum)
  method: VoteMethod;

  @Field(() => ThresholdEnum, { nullable: true })
  threshold: Threshold | null;

  @Field(() => [VoteOptionModel])
  options: VoteOptionModel[];

  @Field(() => Int)
  quorumPercent: number;

  @Field()
  secret: boolean;

  @Field({ description: 'Si un votant peut modifier son bulletin jusqu’à la clôture.' })
  ballotChanges: boolean;

  @Field(() => GraphQLISODateTime)
  opensAt: Date;

  @Field(() => GraphQLISODateTime)
  closesAt: Date;

  @Field(() => VoteStatusEnum)
  status: VoteStatus;

  @Field(() => Int, { description: 'Les votants inscrits (le collège du comité à l’ouverture).' })
  eligibleCount: number;

  @Field(() => Int, {
    name: 'turnout',
    description: 'Les votants qui ont déjà voté : seule donnée publiée pendant le vote.',
  })
  ballotCount: number;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  committeeId: string;
  proposalId: string | null;
  headHash: string | null;
}

@ObjectType('Ballot', { description: 'Un bulletin, retrouvé par son reçu ; son contenu n’est publié qu’à la clôture.' })
export class BallotModel {
  @Field()
  receipt: string;

  @Field(() => PositionEnum, { nullable: true })
  position?: Position;

  @Field(() => [OptionGradeModel], { nullable: true })
  grades?: OptionGradeModel[];

  @Field(() => [String], { nullable: true, description: 'Les clés des options approuvées.' })
  approved?: string[];

  voterId?: string | null;
  castBy?: string | null;
}

@ObjectType('OptionGrade')
export class OptionGradeModel {
  @Field()
  option: string;

  @Field(() => GradeEnum)
  grade: Grade;
}

@ObjectType('BallotConnection')
export class BallotConnection extends Paginated(BallotModel) {}

@ObjectType('VoteConnection')
export class VoteConnection extends Paginated(VoteModel) {}

@ObjectType('Proxy', { description: 'Une procuration pour un scrutin.' })
export class ProxyModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  givenAt: Date;

  giverId: string;
  holderId: string;
}

@ObjectType('BallotStanding', { description: 'Où j’en suis dans ce scrutin.' })
export class BallotStandingModel {
  @Field({ description: 'Je suis sur la liste des votants.' })
  onRoll: boolean;

  @Field({ description: 'Mon bulletin est dans l’urne (déposé par moi ou par procuration).' })
  voted: boolean;

  @Field(() => ProxyModel, { nullable: true, description: 'La procuration que j’ai donnée.' })
  proxyGiven: ProxyModel | null;

  @Field(() => ProxyModel, { nullable: true, description: 'La procuration que je détiens.' })
  proxyHeld: ProxyModel | null;

  @Field({ description: 'Le bulletin de la procuration que je détiens est dans l’urne.' })
  proxyHeldUsed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Scrutin public : le reçu de mon bulletin, déposé par moi ou par procuration. Jamais dans un scrutin secret, où rien ne mène du votant à son bulletin.',
  })
  receipt: string | null;

  castById: string | null;
}

@ObjectType('CastBallotPayload')
export class CastBallotPayload {
  @Field(() => VoteModel)
  vote: VoteModel;

  @Field({
    description: 'Le reçu : il retrouve le bulletin dans la liste publiée. Le même code secret redonne le même reçu.',
  })
  receipt: string;
}

@InputType('OptionGradeInput')
export class OptionGradeInput {
  @Field()
  option: string;

  @Field(() => GradeEnum)
  grade: Grade;
}

@InputType('BallotInput', { description: 'Le bulletin : la seule partie qui correspond au mode de scrutin.' })
export class BallotInputModel {
  @Field(() => PositionEnum, { nullable: true })
  position?: Position | null;

  @Field(() => [OptionGradeInput], { nullable: true })
  grades?: OptionGradeInput[] | null;

  @Field(() => [String], { nullable: true })
  approved?: string[] | null;
}

@InputType('CreateVoteInput')
export class CreateVoteInput {
  @Field(() => ID)
  committeeId: string;

  @Field(() => ID, { nullable: true, description: 'La proposition mise au vote (pour / contre / abstention).' })
  proposalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Par défaut, le titre de la proposition.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => VoteMethodEnum)
  method: VoteMethod;

  @Field(() => ThresholdEnum, { nullable: true })
  threshold?: Threshold | null;

  @Field(() => [String], { nullable: true, description: 'Les libellés des options (sans proposition).' })
  options?: string[] | null;

  @Field(() => Int)
  quorumPercent: number;

  @Field()
  secret: boolean;

  @Field()
  ballotChanges: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Par défaut, tout de suite.' })
  opensAt?: Date | null;

  @Field(() => GraphQLISODateTime)
  closesAt: Date;
}
