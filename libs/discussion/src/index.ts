import { CreateDiscussion1764380000000 } from './migrations/1764380000000-CreateDiscussion';
import { CreateMessageMention1764390000000 } from './migrations/1764390000000-CreateMessageMention';

export { ChannelEntity, ChannelReadEntity, MessageEntity, MessageMentionEntity } from './discussion.entity';
export { DiscussionModule } from './discussion.module';
export { DISCUSSION_RESOLVERS } from './discussion.resolver';
export { DiscussionService } from './discussion.service';
export { LiveAdapter } from './live-adapter';
export { SESSION_RECHECK_MS } from './live.gateway';

/** This library's tables, in the order they were added. */
export const discussionMigrations = [CreateDiscussion1764380000000, CreateMessageMention1764390000000];
