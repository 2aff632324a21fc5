import { Module } from '@nestjs/common';
import { CallsModule } from '@ouvroir/calls';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { NoticePlanner } from './delivery/notice-planner.service';
import { Notifier } from './delivery/notifier.service';
import { SubjectReaders } from './delivery/subject-readers';
import { FollowsService } from './follows.service';
import { InboxService } from './inbox.service';
import { DevelopmentMailbox } from './mail/development-mailbox';
import { DigestsService } from './mail/digests.service';
import { MailComposer } from './mail/mail-composer.service';
import { MailDeliveriesService } from './mail/mail-deliveries.service';
import { MailQueue } from './mail/mail-queue.service';
import { MailTransport } from './mail/mail-transport';
import { UnsubscribeController } from './mail/unsubscribe.controller';
import { UnsubscribeService } from './mail/unsubscribe.service';
import { NOTIFICATIONS_RESOLVERS } from './notifications.resolver';
import { NotificationsRepository } from './notifications.repository';
import { PreferencesService } from './preferences.service';

/** The services the app, the demo and the tests use. */
const SERVICES = [
  InboxService,
  PreferencesService,
  FollowsService,
  UnsubscribeService,
  MailDeliveriesService,
  DevelopmentMailbox,
  Notifier,
  MailQueue,
  DigestsService,
];

@Module({
  imports: [GroupsModule, IdentityModule, ProposalsModule, VotesModule, CallsModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsRepository,
    NoticePlanner,
    SubjectReaders,
    MailComposer,
    MailTransport,
    ...SERVICES,
    ...NOTIFICATIONS_RESOLVERS,
  ],
  exports: SERVICES,
})
export class NotificationsModule {}
