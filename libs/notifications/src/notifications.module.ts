import { Module } from '@nestjs/common';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { VotesModule } from '@ouvroir/votes';
import { FollowsService } from './follows.service';
import { InboxService } from './inbox.service';
import { DevelopmentMailbox } from './mail/development-mailbox';
import { MailDeliveriesService } from './mail/mail-deliveries.service';
import { UnsubscribeController } from './mail/unsubscribe.controller';
import { UnsubscribeService } from './mail/unsubscribe.service';
import { NOTIFICATIONS_RESOLVERS } from './notifications.resolver';
import { NotificationsRepository } from './notifications.repository';
import { PreferencesService } from './preferences.service';

const SERVICES = [
  InboxService,
  PreferencesService,
  FollowsService,
  UnsubscribeService,
  MailDeliveriesService,
  DevelopmentMailbox,
];

@Module({
  imports: [GroupsModule, IdentityModule, ProposalsModule, VotesModule],
  controllers: [UnsubscribeController],
  providers: [NotificationsRepository, ...SERVICES, ...NOTIFICATIONS_RESOLVERS],
  exports: SERVICES,
})
export class NotificationsModule {}
