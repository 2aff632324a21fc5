import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReviewLink } from '@ouvroir/contracts';
import { CommonModel, CommonsService } from '@ouvroir/commons';
import { Public, renderMarkdown, requestLoader, SignedIn } from '@ouvroir/core';
import { Actor, CurrentActor, IdentityService, OptionalActor, userLoader, actorOf } from '@ouvroir/identity';
import { AssignmentService } from './assignment.service';
import { CallsService } from './calls.service';
import { callsPolicy } from './calls.policy';
import { DecisionsService } from './decisions.service';
import { laureateCommonLoader } from './laureates.resolver';
import { MilestonesService } from './milestones.service';
import {
  CriterionScoreInput,
  MilestoneUpdateInput,
  SubmissionDecisionInput,
  SubmissionInput,
} from './models/call.inputs';
import { CallModel } from './models/call.models';
import {
  ApplicantModel,
  MilestoneModel,
  ReviewLinkEnum,
  ReviewModel,
  SubmissionCheckModel,
  SubmissionModel,
} from './models/submission.models';
import { MilestoneEntity, ReviewEntity } from './review.entity';
import { scoreSummary } from './review.rules';
import { ReviewsService } from './reviews.service';
import { SubmissionEntity } from './submission.entity';
import { SubmissionsService } from './submissions.service';
import { nameReviewers, ReviewView, reviewViews, submissionView, SubmissionView } from './views';

const grouped = <T extends { submissionId: string }>(ids: readonly string[], rows: T[]) =>
  ids.map((id) => rows.filter((row) => row.submissionId === id));

/** Submissions: written by their applicants, read field by field as each viewer may. */
@Resolver(() => SubmissionModel)
export class SubmissionsResolver {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly calls: CallsService,
    private readonly assignment: AssignmentService,
    private readonly decisions: DecisionsService,
    private readonly milestoneService: MilestonesService,
    private readonly identity: IdentityService,
    private readonly commons: CommonsService,
  ) {}

  private async view(actor: Actor | null, id: string): Promise<SubmissionView> {
    const { call, submission, viewer, reading } = await this.submissions.get(actor, id);
    return submissionView(call, submission, viewer, reading);
  }

  private viewAfter(actor: Actor, write: Promise<{ id: string }>): Promise<SubmissionView> {
    return write.then((submission) => this.view(actor, submission.id));
  }

  @Public()
  @Query(() => SubmissionModel, { description: 'Une candidature, telle que vous pouvez la lire.' })
  submission(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.view(actor, id);
  }

  @SignedIn()
  @Query(() => [SubmissionModel], {
    description: 'Vos candidatures (et celles où vous êtes invité comme co-porteur), 100 au plus.',
  })
  async mySubmissions(@CurrentActor() actor: Actor) {
    const mine = await this.submissions.mine(actor);
    const calls = new Map(
      (await this.calls.calls([...new Set(mine.map((s) => s.callId))])).map((call) => [call!.id, call!]),
    );
    return mine.map((submission) =>
      submissionView(
        calls.get(submission.callId)!,
        submission,
        { actor, committeeRole: null, reviewer: false, applicant: { role: 'lead', accepted: true }, review: null },
        'full',
      ),
    );
  }

  @SignedIn()
  @Query(() => [SubmissionCheckModel], {
    description: 'Les vérifications automatiques de champs pas encore enregistrés.',
  })
  submissionChecks(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('input') input: SubmissionInput,
  ) {
    return this.submissions.checks(actor, callId, input);
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, { description: 'Crée une candidature en brouillon (co-porteurs invités).' })
  createSubmission(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('input') input: SubmissionInput,
    @Args('coApplicantIds', { type: () => [ID], defaultValue: [] }) coApplicantIds: string[],
  ) {
    return this.viewAfter(actor, this.submissions.create(actor, callId, input, coApplicantIds));
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, { description: 'Porteurs : enregistre une nouvelle version, avant la clôture.' })
  updateSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('baseRevision', { type: () => Int }) baseRevision: number,
    @Args('input') input: SubmissionInput,
  ) {
    return this.viewAfter(actor, this.submissions.update(actor, id, baseRevision, input));
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, {
    description: 'Porteurs : dépose la candidature (toutes les vérifications passées).',
  })
  submitSubmission(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.viewAfter(actor, this.submissions.submit(actor, id));
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, { description: 'Co-porteur invité : accepte de porter la candidature.' })
  acceptCoApplication(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.viewAfter(actor, this.submissions.acceptCoApplication(actor, id));
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, {
    description: 'Animateurs : décision d’éligibilité, motivée, après la clôture du tour.',
  })
  decideEligibility(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('eligible') eligible: boolean,
    @Args('reason') reason: string,
  ) {
    return this.viewAfter(actor, this.assignment.decideEligibility(actor, id, eligible, reason));
  }

  @SignedIn()
  @Mutation(() => SubmissionModel, { description: 'Animateurs : la décision du comité sur une candidature évaluée.' })
  decideSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SubmissionDecisionInput,
  ) {
    return this.viewAfter(actor, this.decisions.decide(actor, id, input));
  }

  @SignedIn()
  @Mutation(() => MilestoneModel, { description: 'Porteurs d’un lauréat : ajoute un jalon.' })
  addMilestone(
    @CurrentActor() actor: Actor,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('title') title: string,
    @Args('dueOn', { description: 'AAAA-MM-JJ' }) dueOn: string,
  ) {
    return this.milestoneService.add(actor, submissionId, title, dueOn);
  }

  @SignedIn()
  @Mutation(() => MilestoneModel, { description: 'Porteurs d’un lauréat : met un jalon à jour.' })
  updateMilestone(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MilestoneUpdateInput,
  ) {
    return this.milestoneService.update(actor, id, input);
  }

  @ResolveField(() => CallModel)
  call(view: SubmissionView) {
    return view.seen.call;
  }

  @ResolveField(() => CommonModel, { nullable: true, description: 'La fiche du catalogue que le lauréat est devenu.' })
  common(view: SubmissionView, _args: unknown, context: object) {
    return view.commonId ? laureateCommonLoader(context, this.commons).load(view.commonId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'La présentation, en HTML sûr.' })
  pitchHtml(view: SubmissionView) {
    return view.pitch === null ? null : renderMarkdown(view.pitch);
  }

  @ResolveField(() => [SubmissionCheckModel], {
    description: 'Les vérifications automatiques (porteurs et animateurs).',
  })
  checks(view: SubmissionView) {
    const { viewer, call } = view.seen;
    if (!viewer.applicant && !callsPolicy.manages(viewer)) return [];
    return this.submissions.checksOf(call, view as unknown as SubmissionEntity);
  }

  @ResolveField(() => [ApplicantModel], {
    description: 'Les porteurs (un co-porteur invité, aux porteurs et aux animateurs).',
  })
  async applicants(view: SubmissionView, _args: unknown, context: object) {
    const actor = actorOf(context);
    const rows = await requestLoader(context, 'callApplicants', async (ids: readonly string[]) =>
      grouped(ids, await this.calls.applicantsOf(ids)),
    ).load(view.id);
    const insider = view.seen.viewer.applicant !== null || callsPolicy.manages(view.seen.viewer);
    const users = userLoader(context, this.identity, actor);
    return Promise.all(
      rows
        .filter((row) => row.accepted || insider)
        .map(async (row) => ({ user: await users.load(row.userId), role: row.role, accepted: row.accepted })),
    );
  }

  private reviewsOf(context: object, id: string): Promise<ReviewEntity[]> {
    return requestLoader(context, 'callReviews', async (ids: readonly string[]) =>
      grouped(ids, await this.calls.reviewsOf(ids)),
    ).load(id);
  }

  @ResolveField(() => [ReviewModel], {
    description: 'Les évaluations que vous pouvez lire (jamais les noms pour les porteurs).',
  })
  async reviews(view: SubmissionView, _args: unknown, context: object) {
    const actor = actorOf(context);
    const users = userLoader(context, this.identity, actor);
    return nameReviewers(reviewViews(view, await this.reviewsOf(context, view.id)), (id) => users.load(id));
  }

  @ResolveField(() => Number, {
    nullable: true,
    description: 'La moyenne des notes pondérées, quand vous pouvez les lire.',
  })
  async meanScore(view: SubmissionView, _args: unknown, context: object) {
    return (await this.summary(view, context)).mean;
  }

  @ResolveField(() => Number, {
    nullable: true,
    description: 'L’écart entre les notes pondérées, quand vous pouvez les lire.',
  })
  async scoreSpread(view: SubmissionView, _args: unknown, context: object) {
    return (await this.summary(view, context)).spread;
  }

  private async summary(view: SubmissionView, context: object) {
    const { call, viewer } = view.seen;
    if (!callsPolicy.seesScores(call, view as unknown as SubmissionEntity, viewer)) return { mean: null, spread: null };
    const reviews = await this.reviewsOf(context, view.id);
    return scoreSummary(
      reviews.filter((review) => review.state === 'submitted').map((review) => review.weightedScore!),
    );
  }

  @ResolveField(() => [MilestoneModel], { description: 'Les jalons d’un lauréat.' })
  async milestones(view: SubmissionView, _args: unknown, context: object): Promise<MilestoneEntity[]> {
    if (!view.decision || view.decision === 'not_retained') return [];
    return requestLoader(context, 'callMilestones', async (ids: readonly string[]) =>
      grouped(ids, await this.calls.milestonesOf(ids)),
    ).load(view.id);
  }
}

/** Reviews: assigned by the facilitators, declared and scored by their reviewers. */
@Resolver(() => ReviewModel)
export class ReviewsResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly assignment: AssignmentService,
    private readonly identity: IdentityService,
  ) {}

  /** A review written by a facilitator or its reviewer, who both read it whole, name included. */
  private async named(context: object, actor: Actor, review: ReviewEntity): Promise<ReviewView> {
    const users = userLoader(context, this.identity, actor);
    const view = { ...review, mine: review.reviewerId === actor.id, showsName: true, reviewer: null };
    return (await nameReviewers([view], (id) => users.load(id)))[0];
  }

  @SignedIn()
  @Mutation(() => ReviewModel, {
    description: 'Animateurs : confie une candidature éligible à un évaluateur sans lien avec elle.',
  })
  async assignReviewer(
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('reviewerId', { type: () => ID }) reviewerId: string,
  ) {
    return this.named(context, actor, await this.assignment.assign(actor, submissionId, reviewerId));
  }

  @SignedIn()
  @Mutation(() => ReviewModel, { description: 'Évaluateur : déclare ses liens avec la candidature avant de la lire.' })
  async declareReviewLink(
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Args('id', { type: () => ID }) id: string,
    @Args('link', { type: () => ReviewLinkEnum }) link: ReviewLink,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
  ) {
    return this.named(context, actor, await this.reviews.declare(actor, id, link, text));
  }

  @SignedIn()
  @Mutation(() => ReviewModel, { description: 'Évaluateur : note chaque critère de 0 à 5, avec un commentaire.' })
  async submitReview(
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Args('id', { type: () => ID }) id: string,
    @Args('scores', { type: () => [CriterionScoreInput] }) scores: CriterionScoreInput[],
  ) {
    return this.named(context, actor, await this.reviews.submit(actor, id, scores));
  }
}
