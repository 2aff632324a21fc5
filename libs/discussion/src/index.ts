export { ChannelEntity, ChannelReadEntity, MessageEntity, MessageMentionEntity } from './discussion.entity';
export { DiscussionModule } from './discussion.module';
export { DISCUSSION_RESOLVERS } from './discussion.resolver';
export { DiscussionService } from './discussion.service';
export { LiveAdapter } from './live-adapter';
export { SESSION_RECHECK_MS } from './live.gateway';
export { discussionLibrary } from './discussion.library';
