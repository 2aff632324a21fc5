import { Injectable } from '@nestjs/common';
import { CALL_STATES, CallState } from '@ouvroir/contracts';
import { Connection, decodeCursor, DomainError, toConnection } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { CallAccess } from './call-access';
import { CallEntity } from './call.entity';
import { CallViewer } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { MilestoneEntity, ReviewEntity } from './review.entity';
import { ApplicantEntity, SubmissionEntity } from './submission.entity';

/** Reading calls: the list (drafts to their committee's facilitators only), one call, and the batched parts of submissions. */
@Injectable()
export class CallsService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
    private readonly groups: GroupsService,
  ) {}

  async list(
    actor: Actor | null,
    states: CallState[] | null,
    first: number,
    after?: string,
  ): Promise<Connection<CallEntity>> {
    const wanted = states?.length ? states : CALL_STATES.filter((state) => state !== 'draft');
    if (wanted.some((state) => !CALL_STATES.includes(state)))
      throw DomainError.of('CALL_FIELD_INVALID', { field: 'states', label: 'États', rule: 'inconnu' });
    const drafts =
      actor?.platformRole === 'admin' ? null : actor ? await this.groups.groupIdsWithRole(actor, ['facilitator']) : [];
    const cursor = after ? decodeCursor(after) : undefined;
    const { rows, total } = await this.repository.listCalls([...wanted], drafts, first, cursor);
    return toConnection(rows, first, total, (call) => [call.createdAt.toISOString(), call.id]);
  }

  get(actor: Actor | null, id: string): Promise<{ call: CallEntity; viewer: CallViewer }> {
    return this.access.toCall(actor, id);
  }

  /** The call's reviewers, for its facilitators (others get an empty list). */
  reviewerIds(callId: string): Promise<string[]> {
    return this.repository.reviewerIds(callId);
  }

  calls(ids: readonly string[]): Promise<(CallEntity | null)[]> {
    return Promise.all(ids.map((id) => this.repository.findCall(id)));
  }

  submissions(ids: readonly string[]): Promise<SubmissionEntity[]> {
    return this.repository.findSubmissions(ids);
  }

  /** For the catalogue's pages: the laureate submissions these commons became. */
  laureatesOfCommons(commonIds: readonly string[]): Promise<SubmissionEntity[]> {
    return this.repository.laureatesOfCommons(commonIds);
  }

  applicantsOf(submissionIds: readonly string[]): Promise<ApplicantEntity[]> {
    return this.repository.applicantsOf(submissionIds);
  }

  reviewsOf(submissionIds: readonly string[]): Promise<ReviewEntity[]> {
    return this.repository.reviewsOfSubmissions(submissionIds);
  }

  milestonesOf(submissionIds: readonly string[]): Promise<MilestoneEntity[]> {
    return this.repository.milestonesOf(submissionIds);
  }

  /** For notifications (whoever asks: they check each recipient's reading): a call and its committee's ids. */
  async callForNotices(callId: string): Promise<CallEntity | null> {
    return this.repository.findCall(callId);
  }

  /** For notifications: a submission, its call and its accepted applicants. */
  async submissionForNotices(
    submissionId: string,
  ): Promise<{ submission: SubmissionEntity; applicantIds: string[] } | null> {
    const [submission] = await this.repository.findSubmissions([submissionId]);
    if (!submission) return null;
    const applicants = await this.repository.applicantsOf([submissionId]);
    return { submission, applicantIds: applicants.filter((row) => row.accepted).map((row) => row.userId) };
  }

  /** For notifications: a milestone still late by the database's day, with its submission; null otherwise. */
  async lateMilestoneForNotices(
    milestoneId: string,
  ): Promise<{ milestone: MilestoneEntity; submission: SubmissionEntity } | null> {
    const milestone = await this.repository.findLateMilestone(milestoneId);
    if (!milestone) return null;
    const [submission] = await this.repository.findSubmissions([milestone.submissionId]);
    return submission ? { milestone, submission } : null;
  }

  submissionViewer(actor: Actor | null, call: CallEntity, submission: SubmissionEntity) {
    return this.access.submissionViewer(actor, call, submission);
  }
}
