export { FollowsService } from './follows.service';
export { InboxService } from './inbox.service';
export { NotificationsModule } from './notifications.module';
export { NOTIFICATIONS_RESOLVERS } from './notifications.resolver';
export { PreferencesService } from './preferences.service';
export { UnsubscribeService } from './mail/unsubscribe.service';
export { notificationsLibrary } from './notifications.library';
