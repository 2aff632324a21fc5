import { DomainLibrary } from '@ouvroir/core';
import { CreateNotifications1780000100000 } from './migrations/1780000100000-CreateNotifications';
import { NotificationCursorsToMilliseconds1782200000002 } from './migrations/1782200000002-NotificationCursorsToMilliseconds';
import {
  FollowEntity,
  MailBounceEntity,
  MailDeliveryEntity,
  NotificationEntity,
  NotificationEventEntity,
  NotificationPreferenceEntity,
} from './notification.entity';
import { NotificationsModule } from './notifications.module';
import { NOTIFICATIONS_RESOLVERS } from './notifications.resolver';

export const notificationsLibrary: DomainLibrary = {
  name: 'notifications',
  module: NotificationsModule,
  entities: [
    NotificationEntity,
    NotificationEventEntity,
    NotificationPreferenceEntity,
    FollowEntity,
    MailDeliveryEntity,
    MailBounceEntity,
  ],
  migrations: [CreateNotifications1780000100000, NotificationCursorsToMilliseconds1782200000002],
  resolvers: NOTIFICATIONS_RESOLVERS,
};
