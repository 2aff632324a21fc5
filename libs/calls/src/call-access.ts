import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { DomainError, DomainEvents } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CallEntity } from './call.entity';
import { CallAct } from './calls.audit';
import { CallViewer, callsPolicy, SubmissionViewer } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { SubmissionEntity } from './submission.entity';

export interface SubmissionInView {
  call: CallEntity;
  submission: SubmissionEntity;
  viewer: SubmissionViewer;
  reading: 'full' | 'outline';
}

/**
 * The one way to a call or a submission: the object and where the viewer stands (their role in
 * the committee, reviewer or not, applicant or not, their review), NOT_FOUND when hidden from them;
 * and the journal of the calls' acts.
 */
@Injectable()
export class CallAccess {
  constructor(
    private readonly repository: CallsRepository,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    /** For those who must learn of an act (libs/notifications), published in its transaction. */
    readonly events: DomainEvents,
  ) {}

  async viewerOf(actor: Actor | null, call: CallEntity): Promise<CallViewer> {
    if (!actor) return { actor, committeeRole: null, reviewer: false };
    const [committeeRole, reviewer] = await Promise.all([
      this.groups.roleOf(actor.id, call.committeeId),
      this.repository.isReviewer(call.id, actor.id),
    ]);
    return { actor, committeeRole, reviewer };
  }

  async toCall(actor: Actor | null, id: string): Promise<{ call: CallEntity; viewer: CallViewer }> {
    const call = isUUID(id) ? await this.repository.findCall(id) : null;
    const viewer = call && (await this.viewerOf(actor, call));
    if (!call || !viewer || !callsPolicy.canSee(call, viewer)) throw DomainError.of('CALL_NOT_FOUND');
    return { call, viewer };
  }

  /** The call its facilitators act on, locked in the act's transaction. */
  async toManagedCall(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ call: CallEntity; viewer: CallViewer }> {
    const { viewer } = await this.toCall(actor, id);
    callsPolicy.assertManage(viewer);
    return { call: (await this.repository.lockCall(manager, id))!, viewer };
  }

  async toSubmission(actor: Actor | null, id: string): Promise<SubmissionInView> {
    const submission = isUUID(id) ? await this.repository.findSubmission(id) : null;
    const call = submission && (await this.repository.findCall(submission.callId));
    if (!submission || !call) throw DomainError.of('SUBMISSION_NOT_FOUND');
    const viewer = await this.submissionViewer(actor, call, submission);
    const reading = callsPolicy.reading(call, submission, viewer);
    if (!reading) throw DomainError.of('SUBMISSION_NOT_FOUND');
    return { call, submission, viewer, reading };
  }

  async submissionViewer(
    actor: Actor | null,
    call: CallEntity,
    submission: SubmissionEntity,
  ): Promise<SubmissionViewer> {
    const base = await this.viewerOf(actor, call);
    if (!actor) return { ...base, applicant: null, review: null };
    const [applicants, reviews] = await Promise.all([
      this.repository.applicantsOf([submission.id]),
      base.reviewer ? this.repository.reviewsOfSubmissions([submission.id]) : Promise.resolve([]),
    ]);
    const applicant = applicants.find((row) => row.userId === actor.id);
    const review = reviews.find((row) => row.reviewerId === actor.id);
    return {
      ...base,
      applicant: applicant ? { role: applicant.role, accepted: applicant.accepted } : null,
      review: review ? { id: review.id, state: review.state } : null,
    };
  }

  /** One act on many objects (assignments), in one insert. */
  journalEach(
    manager: EntityManager,
    action: CallAct,
    actor: Actor | null,
    call: Pick<CallEntity, 'committeeId'>,
    items: { target: { type: 'call_review'; id: string }; details: Record<string, unknown>; subjectUserId: string }[],
  ): Promise<void> {
    if (!items.length) return Promise.resolve();
    return this.audit.record(
      manager,
      ...items.map((item) => ({
        action,
        actorId: actor?.id ?? null,
        groupId: call.committeeId,
        targetType: item.target.type,
        targetId: item.target.id,
        subjectUserId: item.subjectUserId,
        details: item.details,
      })),
    );
  }

  journal(
    manager: EntityManager,
    action: CallAct,
    actor: Actor | null,
    call: Pick<CallEntity, 'committeeId'>,
    target: { type: 'call' | 'call_submission' | 'call_review' | 'call_milestone'; id: string },
    details: Record<string, unknown>,
    subjectUserId: string | null = null,
  ): Promise<void> {
    return this.audit.record(manager, {
      action,
      actorId: actor?.id ?? null,
      groupId: call.committeeId,
      targetType: target.type,
      targetId: target.id,
      subjectUserId,
      details,
    });
  }
}
