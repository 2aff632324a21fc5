import { DomainLibrary } from '@ouvroir/core';
import { DISCUSSION_AUDIT_ACTIONS } from './discussion.audit';
import { ChannelEntity, ChannelReadEntity, MessageEntity, MessageMentionEntity } from './discussion.entity';
import { DiscussionModule } from './discussion.module';
import { DISCUSSION_RESOLVERS } from './discussion.resolver';
import { CreateDiscussion1764380000000 } from './migrations/1764380000000-CreateDiscussion';
import { CreateMessageMention1764390000000 } from './migrations/1764390000000-CreateMessageMention';

export const discussionLibrary: DomainLibrary = {
  name: 'discussion',
  module: DiscussionModule,
  entities: [ChannelEntity, MessageEntity, ChannelReadEntity, MessageMentionEntity],
  migrations: [CreateDiscussion1764380000000, CreateMessageMention1764390000000],
  resolvers: DISCUSSION_RESOLVERS,
  auditActions: DISCUSSION_AUDIT_ACTIONS,
};
