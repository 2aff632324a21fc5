import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { ChannelEntity, isMessageId, MessageEntity, MessageMentionEntity } from './discussion.entity';

/** How many missed messages a reconnecting client gets at most; it pages the rest through GraphQL. */
export const MISSED_MAX = 500;

/** The first key of the advisory locks that serialise one author's sends (the second: their id's hash). */
const MESSAGE_RATE_LOCK = 7_301;

@Injectable()
export class DiscussionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The channel of a group or a proposal, created on first use (concurrent first uses get the same one). */
  async channelOf(subject: { groupId: string } | { proposalId: string }): Promise<ChannelEntity> {
    const [column, id] =
      'groupId' in subject ? (['group_id', subject.groupId] as const) : (['proposal_id', subject.proposalId] as const);
    await this.ensureChannels(column, [id]);
    return this.dataSource.manager.findOneByOrFail(
      ChannelEntity,
      column === 'group_id' ? { groupId: id } : { proposalId: id },
    );
  }

  /** Creates the channels these groups do not have yet, in one statement. */
  ensureGroupChannels(groupIds: readonly string[]): Promise<void> {
    return this.ensureChannels('group_id', groupIds);
  }

  /** Creates the channels these subjects do not have yet; a concurrent creation wins quietly. */
  private async ensureChannels(column: 'group_id' | 'proposal_id', ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO "channel" ("${column}") SELECT unnest($1::uuid[])
       ON CONFLICT ("${column}") WHERE "${column}" IS NOT NULL DO NOTHING`,
      [ids],
    );
  }

  findChannel(id: string): Promise<ChannelEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(ChannelEntity, { id }) : Promise.resolve(null);
  }

  findMessage(id: string): Promise<MessageEntity | null> {
    return isMessageId(id) ? this.dataSource.manager.findOneBy(MessageEntity, { id }) : Promise.resolve(null);
  }

  /** A page of history, newest first, before the message `before`. */
  history(channelId: string, first: number, before?: string): Promise<MessageEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(MessageEntity, 'message')
      .where('message.channel_id = :channelId', { channelId });
    if (before) query.andWhere('message.id < :before', { before });
    return query
      .orderBy('message.id', 'DESC')
      .limit(first + 1)
      .getMany();
  }

  /** The messages after `after`, oldest first: what a reconnecting client missed. */
  after(channelId: string, after: string): Promise<MessageEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(MessageEntity, 'message')
      .where('message.channel_id = :channelId AND message.id > :after', { channelId, after })
      .orderBy('message.id', 'ASC')
      .limit(MISSED_MAX)
      .getMany();
  }

  /**
   * Inserts and returns the message (the generated id, time and status come back with the insert),
   * with whom it mentions, unless its author already sent `rate.count` messages, in every channel,
   * within the last `rate.seconds` (by the database clock): then null. Counting and inserting hold
   * a lock on the author, so that concurrent sends, on any instance, never pass the limit together.
   */
  insertMessage(
    channelId: string,
    authorId: string,
    body: string,
    mentionIds: string[],
    rate: { count: number; seconds: number },
    within?: (manager: EntityManager, message: MessageEntity) => Promise<void>,
  ): Promise<MessageEntity | null> {
    const values = { channelId, authorId, body, removalReason: null, editedAt: null };
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MESSAGE_RATE_LOCK, authorId]);
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM "message" WHERE "author_id" = $1 AND "created_at" > clock_timestamp() - make_interval(secs => $2)`,
        [authorId, rate.seconds],
      );
      if (count >= rate.count) return null;
      const { generatedMaps } = await manager.insert(MessageEntity, values);
      const message = manager.create(MessageEntity, { ...values, ...generatedMaps[0] });
      await this.insertMentions(manager, message.id, mentionIds);
      await within?.(manager, message);
      return message;
    });
  }

  /**
   * Updates a message; with `mentionIds`, whom it mentions becomes exactly them. Answers who was
   * added; `within` runs in the same transaction, knowing them.
   */
  updateMessage(
    id: string,
    values: Partial<MessageEntity>,
    mentionIds?: string[],
    within?: (manager: EntityManager, mentioned: string[]) => Promise<void>,
  ): Promise<{ message: MessageEntity; mentioned: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(MessageEntity, { id }, values);
      let mentioned: string[] = [];
      if (mentionIds) {
        const before = await manager.findBy(MessageMentionEntity, { messageId: id });
        mentioned = mentionIds.filter((userId) => !before.some((mention) => mention.userId === userId));
        await manager.delete(MessageMentionEntity, { messageId: id, userId: Not(In(mentionIds)) });
        await this.insertMentions(manager, id, mentioned);
      }
      await within?.(manager, mentioned);
      return { message: await manager.findOneByOrFail(MessageEntity, { id }), mentioned };
    });
  }

  private async insertMentions(manager: EntityManager, messageId: string, userIds: string[]) {
    if (userIds.length)
      await manager.insert(
        MessageMentionEntity,
        userIds.map((userId) => ({ messageId, userId })),
      );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Moves the read position forward only. */
  async markRead(channelId: string, userId: string, messageId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "channel_read" ("channel_id", "user_id", "last_read_id") VALUES ($1, $2, $3)
       ON CONFLICT ("channel_id", "user_id") DO UPDATE SET "last_read_id" = GREATEST("channel_read"."last_read_id", EXCLUDED."last_read_id")`,
      [channelId, userId, messageId],
    );
  }

  /**
   * Per channel, the messages of others, still visible, after the reader's position: how many, and
   * how many of them mention the reader.
   */
  async unread(
    userId: string,
    channelIds: readonly string[],
  ): Promise<Map<string, { messages: number; mentions: number }>> {
    const rows: { channel_id: string; messages: number; mentions: number }[] = await this.dataSource.query(
      `SELECT m."channel_id", count(*)::int AS messages, count(mm."user_id")::int AS mentions FROM "message" m
       LEFT JOIN "channel_read" r ON r."channel_id" = m."channel_id" AND r."user_id" = $1
       LEFT JOIN "message_mention" mm ON mm."message_id" = m."id" AND mm."user_id" = $1
       WHERE m."channel_id" = ANY($2::uuid[]) AND m."author_id" <> $1 AND m."status" = 'visible'
         AND m."id" > coalesce(r."last_read_id", 0)
       GROUP BY m."channel_id"`,
      [userId, channelIds],
    );
    return new Map(rows.map((row) => [row.channel_id, { messages: row.messages, mentions: row.mentions }]));
  }

  /**
   * The channels of these groups, and the proposals' channels the user has read or was mentioned
   * in; the most recently active first.
   */
  channelsOfReader(userId: string, groupIds: readonly string[]): Promise<ChannelEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ChannelEntity, 'channel')
      .where('channel.group_id = ANY(:groupIds)', { groupIds })
      .orWhere(
        `channel.proposal_id IS NOT NULL AND (
           EXISTS (SELECT 1 FROM channel_read r WHERE r.channel_id = channel.id AND r.user_id = :userId)
           OR EXISTS (SELECT 1 FROM message_mention mm JOIN message m ON m.id = mm.message_id
                      WHERE m.channel_id = channel.id AND mm.user_id = :userId))`,
        { userId },
      )
      .orderBy('(SELECT max(m.id) FROM message m WHERE m.channel_id = channel.id)', 'DESC', 'NULLS LAST')
      .addOrderBy('channel.created_at', 'DESC')
      .getMany();
  }
}
