import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@ouvroir/core';
import { MESSAGE_STATUSES, MessageStatus } from '../discussion.entity';

export const MessageStatusEnum = enumOf(MESSAGE_STATUSES);
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'Visible, supprimé par son auteur, ou retiré.',
});

@ObjectType('Message', { description: 'Un message d’un salon, en Markdown.' })
export class MessageModel {
  @Field(() => ID, { description: 'Croissant : un client qui se reconnecte donne le dernier qu’il a.' })
  id: string;

  @Field({ description: 'Vide quand le message est supprimé ou retiré.' })
  body: string;

  @Field(() => MessageStatusEnum)
  status: MessageStatus;

  @Field(() => String, { nullable: true, description: 'Le motif du retrait, pour un message retiré.' })
  removalReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;

  channelId: string;
  authorId: string;
}

@ObjectType('MessagePage', { description: 'Une page d’historique, les plus récents d’abord.' })
export class MessagePage {
  @Field(() => [MessageModel])
  messages: MessageModel[];

  @Field({ description: 'Des messages plus anciens existent (demandez before: l’id du plus ancien reçu).' })
  hasMore: boolean;
}

@ObjectType('ChannelPermissions')
export class ChannelPermissionsModel {
  @Field()
  post: boolean;

  @Field()
  moderate: boolean;
}

@ObjectType('Channel', { description: 'Le salon d’un groupe ou d’une proposition : la discussion en direct.' })
export class ChannelModel {
  @Field(() => ID)
  id: string;

  groupId: string | null;
  proposalId: string | null;
}

export const CHANNEL_PAGE_MAX = 100;
export const MENTIONABLE_PAGE_MAX = 20;
