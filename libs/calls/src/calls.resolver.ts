import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CallState } from '@ouvroir/contracts';
import { PageArgs, Public, renderMarkdown, SignedIn } from '@ouvroir/core';
import { groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, IdentityService, OptionalActor, userLoader, UserModel, actorOf } from '@ouvroir/identity';
import { AssignmentService } from './assignment.service';
import { CallLifecycleService } from './call-lifecycle.service';
import { CallEntity } from './call.entity';
import { callsPolicy } from './calls.policy';
import { CallsService } from './calls.service';
import { DecisionsService } from './decisions.service';
import { CallInput } from './models/call.inputs';
import {
  CallConnection,
  CallModel,
  CallResultsModel,
  CallStateEnum,
  CallViewerStandingModel,
  FacilitatorBoardModel,
  ReviewerWorkspaceModel,
} from './models/call.models';
import { scoreSummary } from './review.rules';
import { ReviewRow } from './review.entity';
import { ReviewsService } from './reviews.service';
import { nameReviewers, reviewViews, submissionView } from './views';

const ACTIVE = new Set(['assigned', 'cleared', 'submitted']);

/** Calls: read by anyone once open, organised by their committee's facilitators. */
@Resolver(() => CallModel)
export class CallsResolver {
  constructor(
    private readonly service: CallsService,
    private readonly lifecycle: CallLifecycleService,
    private readonly reviews: ReviewsService,
    private readonly assignment: AssignmentService,
    private readonly decisions: DecisionsService,
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
  ) {}

  @Public()
  @Query(() => CallConnection, {
    description: 'Les appels à communs, les plus récents d’abord (brouillons : leurs animateurs).',
  })
  calls(
    @OptionalActor() actor: Actor | null,
    @Args() { first, after }: PageArgs,
    @Args('states', { type: () => [CallStateEnum], nullable: true }) states: CallState[] | null,
  ) {
    return this.service.list(actor, states, first, after);
  }

  @Public()
  @Query(() => CallModel, { description: 'Un appel à communs.' })
  async call(@OptionalActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return (await this.service.get(actor, id)).call;
  }

  @SignedIn()
  @Query(() => ReviewerWorkspaceModel, { description: 'Évaluateurs : leurs évaluations dans un appel.' })
  async reviewerWorkspace(
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Args('callId', { type: () => ID }) callId: string,
  ) {
    const { call, reviews } = await this.reviews.workspace(actor, callId);
    const submissions = new Map(
      (await this.service.submissions(reviews.map((review) => review.submissionId))).map((s) => [s.id, s]),
    );
    const assignments = reviews.map((review) => {
      const viewer = {
        actor,
        committeeRole: null,
        reviewer: true,
        applicant: null,
        review: { id: review.id, state: review.state },
      };
      const submission = submissions.get(review.submissionId)!;
      const view = submissionView(call, submission, viewer, callsPolicy.reading(call, submission, viewer) ?? 'outline');
      return { review: reviewViews(view, [review])[0], submission: view };
    });
    const users = userLoader(context, this.identity, actor);
    await nameReviewers(
      assignments.map((assignment) => assignment.review),
      (id) => users.load(id),
    );
    return { call, assignments };
  }

  @SignedIn()
  @Query(() => FacilitatorBoardModel, {
    description: 'Animateurs : les candidatures, leurs évaluations, la charge des évaluateurs.',
  })
  async facilitatorBoard(
    @CurrentActor() actor: Actor,
    @Context() context: object,
    @Args('callId', { type: () => ID }) callId: string,
  ) {
    const board = await this.reviews.board(actor, callId);
    const viewer = { actor, committeeRole: 'facilitator' as const, reviewer: false, applicant: null, review: null };
    // One pass over the reviews, whatever the number of submissions and reviewers.
    const bySubmission = new Map<string, ReviewRow[]>();
    const loads = new Map(board.reviewerIds.map((id) => [id, { assigned: 0, submitted: 0, excluded: 0 }]));
    for (const review of board.reviews) {
      const reviews = bySubmission.get(review.submissionId);
      if (reviews) reviews.push(review);
      else bySubmission.set(review.submissionId, [review]);
      const load = loads.get(review.reviewerId);
      if (!load) continue;
      if (ACTIVE.has(review.state)) load.assigned++;
      if (review.state === 'submitted') load.submitted++;
      if (review.state === 'excluded') load.excluded++;
    }
    const submissions = board.submissions.map((submission) => {
      const reviews = bySubmission.get(submission.id) ?? [];
      const view = submissionView(board.call, submission, viewer, 'full');
      const { mean, spread } = scoreSummary(
        reviews.filter((r) => r.state === 'submitted').map((r) => r.weightedScore!),
      );
      const active = reviews.filter((review) => ACTIVE.has(review.state)).length;
      return {
        submission: view,
        reviews: reviewViews(view, reviews),
        meanScore: mean,
        spread,
        missingReviewers: submission.state === 'eligible' ? Math.max(0, board.call.reviewsPerSubmission - active) : 0,
      };
    });
    // Asked in the same tick, the reviews' names and the reviewers' are one query.
    const users = userLoader(context, this.identity, actor);
    const [, reviewers] = await Promise.all([
      nameReviewers(
        submissions.flatMap((row) => row.reviews),
        (id) => users.load(id),
      ),
      Promise.all(board.reviewerIds.map(async (id) => ({ reviewer: await users.load(id), ...loads.get(id)! }))),
    ]);
    return { call: board.call, submissions, reviewers, lateMilestones: board.lateMilestones };
  }

  @Public()
  @Query(() => CallResultsModel, {
    description: 'Les résultats d’un appel décidé : lauréats, notes, montants, motivations.',
  })
  async callResults(@OptionalActor() actor: Actor | null, @Args('callId', { type: () => ID }) callId: string) {
    const { call, rows } = await this.decisions.results(actor, callId);
    const viewer = { actor, committeeRole: null, reviewer: false, applicant: null, review: null };
    return {
      call,
      rows: rows.map((row) => ({ ...row, submission: submissionView(call, row.submission, viewer, 'full') })),
      csvUrl: `/calls/${call.id}/results.csv`,
      schemaUrl: `/calls/${call.id}/results.schema.json`,
    };
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs d’un comité : crée un appel en brouillon.' })
  createCall(
    @CurrentActor() actor: Actor,
    @Args('committeeId', { type: () => ID }) committeeId: string,
    @Args('input') input: CallInput,
  ) {
    return this.lifecycle.create(actor, committeeId, input);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : modifie un appel en brouillon.' })
  updateCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CallInput,
  ) {
    return this.lifecycle.update(actor, id, input);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : nomme un évaluateur de l’appel.' })
  addCallReviewer(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.lifecycle.addReviewer(actor, callId, userId);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : retire un évaluateur à qui rien n’a été confié.' })
  removeCallReviewer(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }) callId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.lifecycle.removeReviewer(actor, callId, userId);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : publie l’appel (grille et deux évaluateurs au moins).' })
  openCall(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.lifecycle.open(actor, id);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : passe à l’évaluation, après la dernière clôture.' })
  startCallReview(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.lifecycle.startReview(actor, id);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description:
      'Animateurs : affecte automatiquement les évaluateurs manquants, par charge ; rend le nombre d’affectations.',
  })
  assignReviewersAutomatically(@CurrentActor() actor: Actor, @Args('callId', { type: () => ID }) callId: string) {
    return this.assignment.assignAutomatically(actor, callId);
  }

  @SignedIn()
  @Mutation(() => CallModel, {
    description: 'Animateurs : ouvre le scrutin du comité (jugement majoritaire) sur les candidatures évaluées.',
  })
  openCallDeliberation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('closesAt', { type: () => GraphQLISODateTime }) closesAt: Date,
  ) {
    return this.lifecycle.openDeliberation(actor, id, closesAt);
  }

  @SignedIn()
  @Mutation(() => CallModel, {
    description: 'Animateurs : publie les décisions, une fois chaque candidature évaluée décidée.',
  })
  publishCallDecision(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.decisions.publish(actor, id);
  }

  @SignedIn()
  @Mutation(() => CallModel, { description: 'Animateurs : clôt un appel décidé.' })
  closeCall(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.lifecycle.close(actor, id);
  }

  @ResolveField(() => String, { description: 'Le texte de l’appel, en HTML sûr.' })
  bodyHtml(call: CallEntity) {
    return renderMarkdown(call.body);
  }

  @ResolveField(() => GroupModel, {
    nullable: true,
    description: 'Le comité de pilotage qui porte l’appel (null pour qui ne peut pas le voir).',
  })
  committee(call: CallEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(call.committeeId);
  }

  @ResolveField(() => CallViewerStandingModel)
  async viewerStanding(call: CallEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    const { viewer } = await this.service.get(actor, call.id);
    return { manages: callsPolicy.manages(viewer), reviewer: viewer.reviewer };
  }

  @ResolveField(() => [UserModel], {
    description: 'Les évaluateurs : aux animateurs seulement (vide pour les autres).',
  })
  async reviewers(call: CallEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    const { viewer } = await this.service.get(actor, call.id);
    if (!callsPolicy.manages(viewer)) return [];
    const ids = await this.service.reviewerIds(call.id);
    return (await userLoader(context, this.identity, actor).loadMany(ids)).filter(
      (user) => user && !(user instanceof Error),
    );
  }
}
