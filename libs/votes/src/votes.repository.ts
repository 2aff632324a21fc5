import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetPage, Page } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { Choice } from './counting';
import { BallotEntity, LedgerEntryEntity, ParticipationEntity, ProxyEntity, VoterEntity } from './vote-parts.entity';
import { VoteEntity, VoteStatus } from './vote.entity';

/** Votes with a status change due by the database clock: to open, or to close. */
const DUE = `(("status" = 'scheduled' AND "opens_at" <= clock_timestamp()) OR ("status" = 'open' AND "closes_at" <= clock_timestamp()))`;

@Injectable()
export class VotesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager = this.dataSource.manager): Promise<VoteEntity | null> {
    return isUUID(id) ? manager.findOneBy(VoteEntity, { id }) : Promise.resolve(null);
  }

  /** Locks the vote for a ballot or a proxy, and reads the database clock once it holds the lock. */
  async lock(manager: EntityManager, id: string): Promise<{ vote: VoteEntity; now: Date } | null> {
    if (!isUUID(id)) return null;
    const { entities, raw } = await manager
      .createQueryBuilder(VoteEntity, 'vote')
      .addSelect('clock_timestamp()', 'now')
      .where('vote.id = :id', { id })
      .setLock('pessimistic_write')
      .getRawAndEntities<{ now: Date }>();
    return entities.length ? { vote: entities[0], now: raw[0].now } : null;
  }

  /** Moves a vote to `to` if `from` still holds and the change is due (or forced): true for exactly one caller. */
  async advance(
    manager: EntityManager,
    id: string,
    from: VoteStatus,
    to: VoteStatus,
    set: string,
    onlyWhenDue: boolean,
  ): Promise<VoteEntity | null> {
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE "vote" SET "status" = $3, ${set}, "updated_at" = clock_timestamp()
       WHERE "id" = $1 AND "status" = $2 ${onlyWhenDue ? `AND ${DUE}` : ''} RETURNING "id"`,
      [id, from, to],
    );
    return rows.length ? manager.findOneByOrFail(VoteEntity, { id }) : null;
  }

  /** Cancels the vote if still scheduled or open: true for exactly one caller. */
  async cancel(manager: EntityManager, id: string, reason: string): Promise<boolean> {
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE "vote" SET "status" = 'cancelled', "cancel_reason" = $2, "updated_at" = clock_timestamp()
       WHERE "id" = $1 AND "status" IN ('scheduled', 'open') RETURNING "id"`,
      [id, reason],
    );
    return rows.length > 0;
  }

  dueIds(committeeId?: string): Promise<string[]> {
    return this.dataSource
      .query(
        `SELECT "id" FROM "vote" WHERE ${DUE} ${committeeId ? 'AND "committee_id" = $1' : ''}`,
        committeeId ? [committeeId] : [],
      )
      .then((rows: { id: string }[]) => rows.map((row) => row.id));
  }

  agenda(committeeId: string, statuses: VoteStatus[], first: number, after?: unknown[]): Promise<Page<VoteEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(VoteEntity, 'vote')
      .where('vote.committee_id = :committeeId', { committeeId })
      .andWhere('vote.status = ANY(:statuses)', { statuses });
    // Upcoming and open votes soonest first; closed ones latest first.
    const direction = statuses.every((status) => status === 'closed' || status === 'cancelled') ? 'DESC' : 'ASC';
    return keysetPage(query, 'vote.closes_at', 'vote.id', first, after, direction);
  }

  ofProposals(proposalIds: readonly string[]): Promise<VoteEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(VoteEntity, 'vote')
      .where('vote.proposal_id = ANY(:proposalIds)', { proposalIds })
      .orderBy('vote.created_at', 'DESC')
      .getMany();
  }

  insert<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T> | Partial<T>[]) {
    return manager.insert(entity, values as never);
  }

  update(manager: EntityManager, id: string, values: Partial<VoteEntity>) {
    return manager.update(VoteEntity, { id }, values);
  }

  /**
   * Stores the ledger's new head and the turnout after a ballot, leaving `updated_at` alone: the
   * vote row would otherwise date every ballot.
   */
  recordHead(manager: EntityManager, vote: VoteEntity) {
    return manager.query(
      `UPDATE "vote" SET "entry_count" = $2, "head_hash" = $3, "ballot_count" = $4 WHERE "id" = $1`,
      [vote.id, vote.entryCount, vote.headHash, vote.ballotCount],
    );
  }

  async onRoll(voteId: string, userIds: string[], manager = this.dataSource.manager): Promise<Set<string>> {
    const rows = await manager.findBy(
      VoterEntity,
      userIds.map((userId) => ({ voteId, userId })),
    );
    return new Set(rows.map((row) => row.userId));
  }

  roll(voteId: string): Promise<string[]> {
    return this.dataSource.manager
      .find(VoterEntity, { where: { voteId }, order: { userId: 'ASC' } })
      .then((rows) => rows.map((row) => row.userId));
  }

  /** The voters on the roll who have not voted yet (nor through their proxy). */
  async notVoted(voteId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT "voter"."user_id" FROM "vote_voter" "voter"
       WHERE "voter"."vote_id" = $1 AND NOT EXISTS (
         SELECT 1 FROM "vote_participation" "p" WHERE "p"."vote_id" = $1 AND "p"."voter_id" = "voter"."user_id")
       ORDER BY "voter"."user_id"`,
      [voteId],
    );
    return rows.map((row) => row.user_id);
  }

  participation(voteId: string, voterIds: string[], manager = this.dataSource.manager) {
    return manager.findBy(
      ParticipationEntity,
      voterIds.map((voterId) => ({ voteId, voterId })),
    );
  }

  /**
   * Rewrites a secret vote's participation in the voters' order, in the ballot's transaction: the
   * rows' order and place on disk then follow the voters' ids, never the order of the ballots.
   */
  async rewriteParticipation(manager: EntityManager, voteId: string): Promise<void> {
    await manager.query(
      `WITH gone AS (DELETE FROM "vote_participation" WHERE "vote_id" = $1 RETURNING *)
       INSERT INTO "vote_participation" ("vote_id", "voter_id", "cast_by")
       SELECT "vote_id", "voter_id", "cast_by" FROM gone ORDER BY "voter_id"`,
      [voteId],
    );
  }

  ballotByReceipt(voteId: string, receipt: string, manager = this.dataSource.manager) {
    return manager.findOneBy(BallotEntity, { voteId, receipt });
  }

  ballotOfVoter(voteId: string, voterId: string, manager = this.dataSource.manager) {
    return manager.findOneBy(BallotEntity, { voteId, voterId });
  }

  setChoice(manager: EntityManager, voteId: string, receipt: string, choice: Choice) {
    return manager.update(BallotEntity, { voteId, receipt }, { choice });
  }

  /** Every counted choice of a vote, for the tally. */
  async choices(manager: EntityManager, voteId: string): Promise<Choice[]> {
    const rows: { choice: Choice }[] = await manager.query('SELECT "choice" FROM "ballot" WHERE "vote_id" = $1', [
      voteId,
    ]);
    return rows.map((row) => row.choice);
  }

  ballots(voteId: string, first: number, after?: unknown[]): Promise<Page<BallotEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(BallotEntity, 'ballot')
      .where('ballot.vote_id = :voteId', { voteId });
    return keysetPage(query, 'ballot.receipt', 'ballot.vote_id', first, after);
  }

  activeProxies(voteId: string, manager = this.dataSource.manager): Promise<ProxyEntity[]> {
    return manager
      .createQueryBuilder(ProxyEntity, 'proxy')
      .where('proxy.vote_id = :voteId AND proxy.revoked_at IS NULL', { voteId })
      .getMany();
  }

  async insertProxy(manager: EntityManager, values: Pick<ProxyEntity, 'voteId' | 'giverId' | 'holderId'>) {
    const { identifiers } = await manager.insert(ProxyEntity, values);
    return identifiers[0].id as string;
  }

  proxy(manager: EntityManager, id: string): Promise<ProxyEntity> {
    return manager.findOneByOrFail(ProxyEntity, { id });
  }

  revokeProxy(manager: EntityManager, id: string) {
    return manager.query(`UPDATE "vote_proxy" SET "revoked_at" = clock_timestamp() WHERE "id" = $1`, [id]);
  }

  ledgerEntries(voteId: string): Promise<LedgerEntryEntity[]> {
    return this.dataSource.manager.find(LedgerEntryEntity, { where: { voteId }, order: { seq: 'ASC' } });
  }
}
