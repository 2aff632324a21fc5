import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CallState } from '@ouvroir/contracts';
import { readAfter } from '@ouvroir/core';
import { EntityManager, In, Repository } from 'typeorm';
import { CallEntity, CallReviewerEntity } from './call.entity';
import { MilestoneEntity, ReviewEntity, ReviewRow } from './review.entity';
import { ApplicantEntity, SubmissionEntity, SubmissionRevisionEntity, SubmissionRow } from './submission.entity';

/** The columns as the entity's properties, but those of `except`. */
const columns = (names: Record<string, string>, except: string[] = []) =>
  Object.entries(names)
    .filter(([property]) => !except.includes(property))
    .map(([property, column]) => `"${column}" AS "${property}"`)
    .join(', ');

/** Not read by the board: parsing a date costs more than reading it, and a large board has thousands (npm run bench). */
const TIMESTAMPS = ['createdAt', 'updatedAt'];

const SUBMISSION_NAMES = {
  id: 'id',
  callId: 'call_id',
  createdBy: 'created_by',
  state: 'state',
  cutoffAt: 'cutoff_at',
  revision: 'revision',
  commonKind: 'common_kind',
  commonName: 'common_name',
  summary: 'summary',
  licence: 'licence',
  repositoryUrl: 'repository_url',
  maintainers: 'maintainers',
  carryingGroupId: 'carrying_group_id',
  pitch: 'pitch',
  challenge: 'challenge',
  amountAsked: 'amount_asked',
  publishConsent: 'publish_consent',
  submittedAt: 'submitted_at',
  eligibilityReason: 'eligibility_reason',
  passedReview: 'passed_review',
  voteOption: 'vote_option',
  rank: 'rank',
  decision: 'decision',
  conditions: 'conditions',
  motivation: 'motivation',
  amountGranted: 'amount_granted',
  commonId: 'common_id',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const SUBMISSION_COLUMNS = columns(SUBMISSION_NAMES);

const REVIEW_NAMES = {
  id: 'id',
  callId: 'call_id',
  submissionId: 'submission_id',
  reviewerId: 'reviewer_id',
  state: 'state',
  link: 'link',
  linkText: 'link_text',
  scores: 'scores',
  weightedScore: 'weighted_score',
  assignedBy: 'assigned_by',
  submittedAt: 'submitted_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const REVIEW_COLUMNS = columns(REVIEW_NAMES);

/** The only class touching the calls' tables, but for the profiles' read-only credits (statistics/call-credits.repository.ts). */
@Injectable()
export class CallsRepository {
  constructor(@InjectRepository(CallEntity) private readonly calls: Repository<CallEntity>) {}

  private get manager(): EntityManager {
    return this.calls.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.manager.transaction(work);
  }

  /** The database clock: cut-offs and lateness are decided by it, never by the server's. */
  async now(manager: EntityManager = this.manager): Promise<Date> {
    const rows: { now: Date }[] = await manager.query('SELECT clock_timestamp() AS now');
    return rows[0].now;
  }

  // Calls

  findCall(id: string): Promise<CallEntity | null> {
    return this.manager.findOneBy(CallEntity, { id });
  }

  /** Locked: the call's moves are written one after the other. */
  lockCall(manager: EntityManager, id: string): Promise<CallEntity | null> {
    return manager.findOne(CallEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveCall(manager: EntityManager, call: Partial<CallEntity>): Promise<CallEntity> {
    return manager.save(CallEntity, call);
  }

  /** Calls in these states, newest first; drafts only of the committees given (null: all, administrators). */
  async listCalls(
    states: CallState[],
    draftCommitteeIds: string[] | null,
    first: number,
    after?: unknown[],
  ): Promise<{ rows: CallEntity[]; total: number }> {
    const query = this.manager
      .createQueryBuilder(CallEntity, 'call')
      .where('call.state IN (:...states)', { states })
      .andWhere(
        draftCommitteeIds === null ? 'TRUE' : `(call.state <> 'draft' OR call.committee_id = ANY(:committees::uuid[]))`,
        { committees: draftCommitteeIds ?? [] },
      );
    const total = await query.clone().getCount();
    if (after) {
      query.andWhere('(call.created_at, call.id) < (:afterSort, :afterId)', { afterSort: after[0], afterId: after[1] });
    }
    const rows = await readAfter(after, () =>
      query
        .orderBy('call.created_at', 'DESC')
        .addOrderBy('call.id', 'DESC')
        .limit(first + 1)
        .getMany(),
    );
    return { rows, total };
  }

  async reviewerIds(callId: string, manager: EntityManager = this.manager): Promise<string[]> {
    const rows = await manager.find(CallReviewerEntity, {
      where: { callId },
      order: { createdAt: 'ASC', userId: 'ASC' },
    });
    return rows.map((row) => row.userId);
  }

  async isReviewer(callId: string, userId: string): Promise<boolean> {
    return (await this.manager.countBy(CallReviewerEntity, { callId, userId })) > 0;
  }

  async addReviewer(manager: EntityManager, row: Partial<CallReviewerEntity>): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CallReviewerEntity)
      .values(row)
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  async removeReviewer(manager: EntityManager, callId: string, userId: string): Promise<boolean> {
    return ((await manager.delete(CallReviewerEntity, { callId, userId })).affected ?? 0) > 0;
  }

  /** The first of the call's cut-offs still ahead by the database clock; null when all are past. */
  async nextCutoff(manager: EntityManager, callId: string): Promise<Date | null> {
    const rows: { next: Date | null }[] = await manager.query(
      `SELECT min(cutoff) AS next FROM call, unnest(call.cutoffs) AS cutoff WHERE call.id = $1 AND cutoff > clock_timestamp()`,
      [callId],
    );
    return rows[0]?.next ?? null;
  }

  // Submissions

  findSubmission(id: string): Promise<SubmissionEntity | null> {
    return this.manager.findOneBy(SubmissionEntity, { id });
  }

  findSubmissions(ids: readonly string[]): Promise<SubmissionEntity[]> {
    return ids.length ? this.manager.findBy(SubmissionEntity, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The retained submissions these catalogue entries became (one per entry and call). */
  laureatesOfCommons(commonIds: readonly string[]): Promise<SubmissionEntity[]> {
    return commonIds.length
      ? this.manager.findBy(SubmissionEntity, {
          commonId: In([...commonIds]),
          decision: In(['retained', 'retained_with_conditions']),
        })
      : Promise.resolve([]);
  }

  /** Locked, with whether its round's cut-off is still ahead by the database clock. */
  async lockSubmission(
    manager: EntityManager,
    id: string,
  ): Promise<{ submission: SubmissionEntity; beforeCutoff: boolean } | null> {
    const submission = await manager.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!submission) return null;
    const rows: { before: boolean }[] = await manager.query(`SELECT clock_timestamp() < $1::timestamptz AS before`, [
      submission.cutoffAt,
    ]);
    return { submission, beforeCutoff: rows[0].before };
  }

  saveSubmission(manager: EntityManager, submission: Partial<SubmissionEntity>): Promise<SubmissionEntity> {
    return manager.save(SubmissionEntity, submission);
  }

  async insertRevision(manager: EntityManager, revision: Partial<SubmissionRevisionEntity>): Promise<void> {
    await manager.insert(SubmissionRevisionEntity, revision);
  }

  revisionCount(submissionId: string): Promise<number> {
    return this.manager.countBy(SubmissionRevisionEntity, { submissionId });
  }

  async insertApplicants(manager: EntityManager, rows: Partial<ApplicantEntity>[]): Promise<void> {
    if (rows.length) await manager.insert(ApplicantEntity, rows);
  }

  async acceptApplicant(manager: EntityManager, submissionId: string, userId: string): Promise<boolean> {
    const result = await manager.update(ApplicantEntity, { submissionId, userId, accepted: false }, { accepted: true });
    return (result.affected ?? 0) > 0;
  }

  applicantsOf(submissionIds: readonly string[], manager: EntityManager = this.manager): Promise<ApplicantEntity[]> {
    return submissionIds.length
      ? manager.find(ApplicantEntity, {
          where: { submissionId: In([...submissionIds]) },
          order: { role: 'DESC', userId: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /** The submissions where the user is an applicant (or invited as one), newest first. */
  submissionsOfApplicant(userId: string, limit: number): Promise<SubmissionEntity[]> {
    return this.manager
      .createQueryBuilder(SubmissionEntity, 'submission')
      .innerJoin(
        ApplicantEntity,
        'applicant',
        'applicant.submission_id = submission.id AND applicant.user_id = :userId',
        {
          userId,
        },
      )
      .orderBy('submission.created_at', 'DESC')
      .addOrderBy('submission.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Plain SQL: the board reads every submission of a call, and TypeORM's hydration cost more than the query (npm run bench). */
  submissionsOfCall(callId: string, manager: EntityManager = this.manager): Promise<SubmissionEntity[]> {
    return manager.query(
      `SELECT ${SUBMISSION_COLUMNS} FROM call_submission WHERE call_id = $1 ORDER BY created_at, id`,
      [callId],
    );
  }

  /** The call's submissions but drafts, as the facilitators' board reads them. */
  boardSubmissions(callId: string): Promise<SubmissionRow[]> {
    return this.manager.query(
      `SELECT ${columns(SUBMISSION_NAMES, TIMESTAMPS)} FROM call_submission
       WHERE call_id = $1 AND state <> 'draft' ORDER BY created_at, id`,
      [callId],
    );
  }

  /** Every applicant (accepted or not) of the call's submissions that are not drafts. */
  async applicantIdsOfCall(callId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      `SELECT DISTINCT applicant.user_id FROM call_submission_applicant applicant
       JOIN call_submission submission ON submission.id = applicant.submission_id
       WHERE submission.call_id = $1 AND submission.state <> 'draft'`,
      [callId],
    );
    return rows.map((row) => row.user_id);
  }

  // Reviews

  findReview(id: string): Promise<ReviewEntity | null> {
    return this.manager.findOneBy(ReviewEntity, { id });
  }

  lockReview(manager: EntityManager, id: string): Promise<ReviewEntity | null> {
    return manager.findOne(ReviewEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveReview(manager: EntityManager, review: Partial<ReviewEntity>): Promise<ReviewEntity> {
    return manager.save(ReviewEntity, review);
  }

  async insertReviews(manager: EntityManager, rows: Partial<ReviewEntity>[]): Promise<ReviewEntity[]> {
    if (!rows.length) return [];
    const { identifiers } = await manager.insert(ReviewEntity, rows);
    return manager.findBy(ReviewEntity, { id: In(identifiers.map((identifier) => identifier.id as string)) });
  }

  reviewsOfSubmissions(
    submissionIds: readonly string[],
    manager: EntityManager = this.manager,
  ): Promise<ReviewEntity[]> {
    return submissionIds.length
      ? manager.find(ReviewEntity, {
          where: { submissionId: In([...submissionIds]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /** Plain SQL, as the submissions: a large call has thousands of reviews. */
  reviewsOfCall(callId: string, manager: EntityManager = this.manager): Promise<ReviewEntity[]> {
    return manager.query(`SELECT ${REVIEW_COLUMNS} FROM call_review WHERE call_id = $1 ORDER BY created_at, id`, [
      callId,
    ]);
  }

  /** The call's reviews, as the facilitators' board reads them. */
  boardReviews(callId: string): Promise<ReviewRow[]> {
    return this.manager.query(
      `SELECT ${columns(REVIEW_NAMES, TIMESTAMPS)} FROM call_review WHERE call_id = $1 ORDER BY created_at, id`,
      [callId],
    );
  }

  reviewsOfReviewer(callId: string, reviewerId: string): Promise<ReviewEntity[]> {
    return this.manager.find(ReviewEntity, { where: { callId, reviewerId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  // Milestones

  milestonesOf(submissionIds: readonly string[]): Promise<MilestoneEntity[]> {
    return submissionIds.length
      ? this.manager.find(MilestoneEntity, {
          where: { submissionId: In([...submissionIds]) },
          order: { dueOn: 'ASC', id: 'ASC' },
        })
      : Promise.resolve([]);
  }

  lockMilestone(manager: EntityManager, id: string): Promise<MilestoneEntity | null> {
    return manager.findOne(MilestoneEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveMilestone(manager: EntityManager, milestone: Partial<MilestoneEntity>): Promise<MilestoneEntity> {
    return manager.save(MilestoneEntity, milestone);
  }

  countMilestones(manager: EntityManager, submissionId: string): Promise<number> {
    return manager.countBy(MilestoneEntity, { submissionId });
  }

  findLateMilestone(id: string): Promise<MilestoneEntity | null> {
    return this.manager
      .createQueryBuilder(MilestoneEntity, 'milestone')
      .where('milestone.id = :id', { id })
      .andWhere(`milestone.due_on < current_date AND milestone.status IN ('planned', 'in_progress')`)
      .getOne();
  }

  /** Milestones past their due date by the database's day and neither done nor abandoned. */
  lateMilestones(callId: string | null): Promise<MilestoneEntity[]> {
    const query = this.manager
      .createQueryBuilder(MilestoneEntity, 'milestone')
      .innerJoin(SubmissionEntity, 'submission', 'submission.id = milestone.submission_id')
      .where(`milestone.due_on < current_date AND milestone.status IN ('planned', 'in_progress')`)
      .orderBy('milestone.due_on', 'ASC')
      .addOrderBy('milestone.id', 'ASC')
      .limit(100);
    if (callId) query.andWhere('submission.call_id = :callId', { callId });
    return query.getMany();
  }

  /** For the statistics: counts only. */
  async statistics(callId: string | null): Promise<Record<string, number>> {
    const rows: Record<string, number>[] = await this.manager.query(
      `SELECT
         count(*) FILTER (WHERE s.state <> 'draft')::int AS submitted,
         count(*) FILTER (WHERE s.state = 'eligible')::int AS eligible,
         count(*) FILTER (WHERE s.state = 'ineligible')::int AS ineligible,
         count(*) FILTER (WHERE s.decision IN ('retained', 'retained_with_conditions'))::int AS laureates,
         (SELECT count(*) FROM call_milestone m JOIN call_submission ms ON ms.id = m.submission_id
           WHERE ($1::uuid IS NULL OR ms.call_id = $1) AND m.status = 'done')::int AS "milestonesDone",
         (SELECT count(*) FROM call_milestone m JOIN call_submission ms ON ms.id = m.submission_id
           WHERE ($1::uuid IS NULL OR ms.call_id = $1) AND m.due_on < current_date
             AND m.status IN ('planned', 'in_progress'))::int AS "milestonesLate",
         (SELECT count(*) FROM call c WHERE ($1::uuid IS NULL OR c.id = $1) AND c.state <> 'draft')::int AS calls
       FROM call_submission s WHERE ($1::uuid IS NULL OR s.call_id = $1)`,
      [callId],
    );
    return rows[0];
  }
}
