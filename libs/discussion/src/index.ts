export { ChannelEntity, ChannelReadEntity, MessageEntity, MessageMentionEntity } from './discussion.entity';
export { DiscussionModule } from './discussion.module';
export { DISCUSSION_RESOLVERS } from './discussion.resolver';
export { DiscussionService } from './discussion.service';
export { discussionLibrary } from './discussion.library';
