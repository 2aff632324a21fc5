export { ChannelEntity, ChannelReadEntity, MessageEntity, MessageMentionEntity } from './discussion.entity';
export { DiscussionModule } from './discussion.module';
export { DISCUSSION_RESOLVERS } from './discussion.resolver';
export { DiscussionService } from './discussion.service';
export { DiscussionStatisticsService } from './statistics/discussion-statistics.service';
export type { MessagesInWeek } from './statistics/discussion-statistics.service';
export { discussionLibrary } from './discussion.library';
