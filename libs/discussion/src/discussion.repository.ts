import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ChannelEntity, MessageEntity } from './discussion.entity';

/** How many missed messages a reconnecting client gets at most; it pages the rest through GraphQL. */
export const MISSED_MAX = 500;

@Injectable()
export class DiscussionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The channel of a group or a proposal, created on first use (concurrent first uses get the same one). */
  async channelOf(subject: { groupId: string } | { proposalId: string }): Promise<ChannelEntity> {
    const [column, id] = 'groupId' in subject ? ['group_id', subject.groupId] : ['proposal_id', subject.proposalId];
    await this.dataSource.query(
      `INSERT INTO "channel" ("${column}") VALUES ($1) ON CONFLICT ("${column}") WHERE "${column}" IS NOT NULL DO NOTHING`,
      [id],
    );
    return this.dataSource.manager.findOneByOrFail(
      ChannelEntity,
      column === 'group_id' ? { groupId: id } : { proposalId: id },
    );
  }

  findChannel(id: string): Promise<ChannelEntity | null> {
    return isUUID(id) ? this.dataSource.manager.findOneBy(ChannelEntity, { id }) : Promise.resolve(null);
  }

  findMessage(id: string): Promise<MessageEntity | null> {
    return /^\d{1,18}$/.test(id) ? this.dataSource.manager.findOneBy(MessageEntity, { id }) : Promise.resolve(null);
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

  /** How many messages the author sent, in every channel, within the last `seconds` (by the database clock). */
  async sentRecently(authorId: string, seconds: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM "message" WHERE "author_id" = $1 AND "created_at" > clock_timestamp() - make_interval(secs => $2)`,
      [authorId, seconds],
    );
    return count;
  }

  /** Inserts and returns the message in one statement (the generated id, time and status come back with it). */
  async insertMessage(channelId: string, authorId: string, body: string): Promise<MessageEntity> {
    const values = { channelId, authorId, body, removalReason: null, editedAt: null };
    const { generatedMaps } = await this.dataSource.manager.insert(MessageEntity, values);
    return this.dataSource.manager.create(MessageEntity, { ...values, ...generatedMaps[0] });
  }

  async updateMessage(id: string, values: Partial<MessageEntity>): Promise<MessageEntity> {
    await this.dataSource.manager.update(MessageEntity, { id }, values);
    return this.dataSource.manager.findOneByOrFail(MessageEntity, { id });
  }

  transaction<T>(work: (manager: import('typeorm').EntityManager) => Promise<T>): Promise<T> {
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

  /** Messages of others, still visible, after the reader's position, per channel. */
  async unread(userId: string, channelIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { channel_id: string; count: number }[] = await this.dataSource.query(
      `SELECT m."channel_id", count(*)::int AS count FROM "message" m
       LEFT JOIN "channel_read" r ON r."channel_id" = m."channel_id" AND r."user_id" = $1
       WHERE m."channel_id" = ANY($2::uuid[]) AND m."author_id" <> $1 AND m."status" = 'visible'
         AND m."id" > coalesce(r."last_read_id", 0)
       GROUP BY m."channel_id"`,
      [userId, channelIds],
    );
    return new Map(rows.map((row) => [row.channel_id, row.count]));
  }
}
