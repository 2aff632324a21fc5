import { CreateDiscussion1764380000000 } from './migrations/1764380000000-CreateDiscussion';

export { ChannelEntity, ChannelReadEntity, MessageEntity } from './discussion.entity';
export { DiscussionModule } from './discussion.module';
export { DISCUSSION_RESOLVERS } from './discussion.resolver';
export { DiscussionService } from './discussion.service';
export { LiveAdapter } from './live-adapter';

/** This library's tables, in the order they were added. */
export const discussionMigrations = [CreateDiscussion1764380000000];
