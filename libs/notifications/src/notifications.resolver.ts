import { CallsService } from '@ouvroir/calls';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotificationCadence, NotificationKind } from '@ouvroir/contracts';
import { DomainError, PageArgs, Public, requestLoader, SignedIn } from '@ouvroir/core';
import { GroupEntity, groupLoader, GroupModel, GroupsService } from '@ouvroir/groups';
import { Actor, CurrentActor, personField, actorOf } from '@ouvroir/identity';
import { ProposalEntity, ProposalModel, ProposalsService } from '@ouvroir/proposals';
import { VotesService } from '@ouvroir/votes';
import { FollowsService } from './follows.service';
import { InboxService } from './inbox.service';
import { DevelopmentMailbox } from './mail/development-mailbox';
import { MailDeliveriesService } from './mail/mail-deliveries.service';
import { UnsubscribeService } from './mail/unsubscribe.service';
import {
  DevelopmentMailModel,
  FollowInput,
  MailDeliveryConnection,
  MailDeliveryModel,
  NotificationCadenceEnum,
  NotificationConnection,
  NotificationDataModel,
  NotificationFilterInput,
  NotificationGroupPreferenceModel,
  NotificationKindEnum,
  NotificationModel,
  NotificationPreferencesModel,
  UnsubscribeLinkModel,
} from './models/notification.models';
import { ADDRESSED_KINDS } from './delivery/notice-plan';
import { NotificationEntity } from './notification.entity';
import { PreferencesService } from './preferences.service';
import { CommonSubjects } from './delivery/common-subjects';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly commons: CommonSubjects,
    private readonly calls: CallsService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Mes notifications, les plus récentes d’abord.' })
  notifications(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: PageArgs,
    @Args('filter', { type: () => NotificationFilterInput, nullable: true }) filter?: NotificationFilterInput,
  ) {
    return this.inbox.list(
      actor,
      { unread: filter?.unread ?? undefined, kind: filter?.kind ?? undefined },
      first,
      after ?? undefined,
    );
  }

  @SignedIn()
  @Query(() => Int, { description: 'Combien de mes notifications sont non lues (la cloche).' })
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.inbox.unreadCount(actor);
  }

  @SignedIn()
  @Mutation(() => Int, {
    description:
      'Marque lues ces notifications (100 au plus) ; celles qui ne sont pas à moi sont ignorées. Combien l’ont été.',
  })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.inbox.markRead(actor, ids);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marque lues toutes mes notifications. Combien l’ont été.' })
  markAllNotificationsRead(@CurrentActor() actor: Actor) {
    return this.inbox.markAllRead(actor);
  }

  @ResolveField(() => NotificationDataModel)
  data(notification: NotificationEntity): NotificationDataModel {
    const { accepted, state, outcome, closesAt, message } = notification.data;
    return {
      accepted: typeof accepted === 'boolean' ? accepted : null,
      state: typeof state === 'string' ? state : null,
      outcome: typeof outcome === 'string' ? outcome : null,
      closesAt: typeof closesAt === 'string' ? new Date(closesAt) : null,
      message: typeof message === 'string' ? message : null,
    };
  }

  @ResolveField(() => GroupModel, { nullable: true, description: 'Le groupe concerné, s’il m’est visible.' })
  group(@Parent() notification: NotificationEntity, @Context() context: object, @CurrentActor() actor: Actor) {
    return notification.groupId ? groupLoader(context, this.groups, actor).load(notification.groupId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Le titre actuel de ce dont elle parle (proposition, scrutin, groupe), s’il m’est encore visible.',
  })
  async subjectTitle(
    @Parent() notification: NotificationEntity,
    @Context() context: object,
    @CurrentActor() actor: Actor,
  ): Promise<string | null> {
    const { subjectType, subjectId } = notification;
    if (ADDRESSED_KINDS.includes(notification.kind))
      return (await this.groups.groupForNotices(subjectId))?.name ?? null;
    if (subjectType === 'group') return (await groupLoader(context, this.groups, actor).load(subjectId))?.name ?? null;
    if (subjectType === 'common' || subjectType === 'common_message') return this.commons.title(subjectType, subjectId);
    if (subjectType === 'proposal') {
      const proposal = await requestLoader(context, 'visibleProposals', (ids: readonly string[]) =>
        this.proposals.visibleByIds(actor, ids),
      ).load(subjectId);
      return proposal?.title ?? null;
    }
    const read =
      subjectType === 'call'
        ? this.calls.get(actor, subjectId).then(({ call }) => call)
        : this.votes.get(actor, subjectId);
    return read.then(
      (subject) => subject.title,
      (error: unknown) => {
        if (error instanceof DomainError) return null;
        throw error;
      },
    );
  }
}

export const NotificationActorResolver = personField(
  NotificationModel,
  'actorId',
  'Qui a agi (le dernier, si elles sont regroupées).',
);

@Resolver(() => NotificationPreferencesModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @SignedIn()
  @Query(() => NotificationPreferencesModel, { description: 'Mes préférences de courriel, par type et par groupe.' })
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.preferences.of(actor);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferencesModel, {
    description: 'Règle quand recevoir un type par courriel, partout ou (groupId) dans un de mes groupes.',
  })
  async setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('cadence', { type: () => NotificationCadenceEnum }) cadence: NotificationCadence,
    @Args('groupId', { type: () => ID, nullable: true }) groupId?: string | null,
  ) {
    await this.preferences.set(actor, kind, groupId ?? null, cadence);
    return this.preferences.of(actor);
  }
}

@Resolver(() => NotificationGroupPreferenceModel)
export class NotificationGroupPreferenceResolver {
  constructor(private readonly groups: GroupsService) {}

  @ResolveField(() => GroupModel, { nullable: true })
  group(preference: NotificationGroupPreferenceModel, _args: unknown, context: object) {
    const actor = actorOf(context);
    return groupLoader(context, this.groups, actor).load(preference.groupId);
  }
}

@Resolver()
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Suivre une proposition ou le salon d’un groupe que je peux lire.' })
  follow(@CurrentActor() actor: Actor, @Args('subject') subject: FollowInput) {
    return this.follows.set(actor, subject.type, subject.id, true);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ne plus suivre (même ce que je suivais d’office).' })
  async unfollow(@CurrentActor() actor: Actor, @Args('subject') subject: FollowInput) {
    return !(await this.follows.set(actor, subject.type, subject.id, false));
  }
}

@Resolver(() => ProposalModel)
export class ProposalFollowingResolver {
  constructor(private readonly follows: FollowsService) {}

  @ResolveField(() => Boolean, { description: 'Si je la suis (auteurs, co-auteurs et commentateurs d’office).' })
  following(proposal: ProposalEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return requestLoader(context, 'followingProposals', (ids: readonly string[]) =>
      this.follows.following(actor, 'proposal', ids),
    ).load(proposal.id);
  }
}

@Resolver(() => GroupModel)
export class GroupFollowingResolver {
  constructor(private readonly follows: FollowsService) {}

  @ResolveField(() => Boolean, { description: 'Si je suis son salon (ses membres d’office).' })
  following(group: GroupEntity, _args: unknown, context: object) {
    const actor = actorOf(context);
    return requestLoader(context, 'followingGroups', (ids: readonly string[]) =>
      this.follows.following(actor, 'group', ids),
    ).load(group.id);
  }
}

@Resolver(() => MailDeliveryModel)
export class MailDeliveriesResolver {
  constructor(
    private readonly deliveries: MailDeliveriesService,
    private readonly unsubscribing: UnsubscribeService,
    private readonly mailbox: DevelopmentMailbox,
  ) {}

  @SignedIn()
  @Query(() => MailDeliveryConnection, {
    description:
      'Administrateurs : les courriels en échec (serveur injoignable ou refus temporaire après les nouvelles tentatives).',
  })
  failedMailDeliveries(@CurrentActor() actor: Actor, @Args() { first, after }: PageArgs) {
    return this.deliveries.failed(actor, first, after ?? undefined);
  }

  @Public()
  @Query(() => UnsubscribeLinkModel, {
    description: 'Ce dont désabonne le lien d’un courriel (la page de désabonnement), sans rien changer.',
  })
  unsubscribeLink(@Args('token') token: string) {
    return this.unsubscribing.read(token);
  }

  @Public()
  @Mutation(() => UnsubscribeLinkModel, {
    description:
      'Désabonne du type de notification du lien (réglage « jamais ») ; rejouer le lien ne fait rien de plus.',
  })
  unsubscribe(@Args('token') token: string) {
    return this.unsubscribing.confirm(token);
  }

  @Public()
  @Query(() => [DevelopmentMailModel], {
    description: 'Développement sans SMTP_URL : les courriels écrits sur disque, les plus récents d’abord.',
  })
  developmentMails(@Args('first', { type: () => Int, defaultValue: 50 }) first: number) {
    return this.mailbox.list(first);
  }
}

export const MailDeliveryRecipientResolver = personField(MailDeliveryModel, 'recipientId', 'À qui il était adressé.');

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const NOTIFICATIONS_RESOLVERS = [
  NotificationsResolver,
  NotificationActorResolver,
  NotificationPreferencesResolver,
  NotificationGroupPreferenceResolver,
  FollowsResolver,
  ProposalFollowingResolver,
  GroupFollowingResolver,
  MailDeliveriesResolver,
  MailDeliveryRecipientResolver,
];
