import { Injectable } from '@nestjs/common';
import { CALL_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { CallAccess, SubmissionInView } from './call-access';
import { CallEntity } from './call.entity';
import { callsPolicy } from './calls.policy';
import { CallsRepository } from './calls.repository';
import { SubmissionEntity, SubmissionFields } from './submission.entity';
import {
  licenceOpen,
  SubmissionCheck,
  submissionChecks,
  SubmissionInputFields,
  validSubmissionFields,
} from './submission.rules';

const snapshotOf = (submission: SubmissionEntity): SubmissionFields => ({
  commonKind: submission.commonKind,
  commonName: submission.commonName,
  summary: submission.summary,
  licence: submission.licence,
  repositoryUrl: submission.repositoryUrl,
  maintainers: submission.maintainers,
  carryingGroupId: submission.carryingGroupId,
  pitch: submission.pitch,
  challenge: submission.challenge,
  amountAsked: submission.amountAsked,
  publishConsent: submission.publishConsent,
});

/**
 * Applying to an open call: any signed-in person (members and guests), alone or with co-applicants
 * who accept. A submission is written and submitted until its round's cut-off by the database clock
 * (SUBMISSION_CLOSED after), each save a revision; submitting needs every automatic check passed.
 */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  async get(actor: Actor | null, id: string): Promise<SubmissionInView> {
    return this.access.toSubmission(actor, id);
  }

  /** The checks of fields not saved yet: the form shows them while the applicant writes. */
  async checks(actor: Actor | null, callId: string, input: SubmissionInputFields): Promise<SubmissionCheck[]> {
    const { call } = await this.access.toCall(actor, callId);
    return submissionChecks(call, validSubmissionFields(input));
  }

  checksOf(call: CallEntity, submission: SubmissionEntity): SubmissionCheck[] {
    return submissionChecks(call, snapshotOf(submission));
  }

  async mine(actor: Actor): Promise<SubmissionEntity[]> {
    return this.repository.submissionsOfApplicant(actor.id, 100);
  }

  async create(
    actor: Actor,
    callId: string,
    input: SubmissionInputFields,
    coApplicantIds: string[] = [],
  ): Promise<SubmissionEntity> {
    const { call } = await this.access.toCall(actor, callId);
    const fields = validSubmissionFields(input);
    const coApplicants = [...new Set(coApplicantIds)];
    if (
      coApplicants.length > CALL_LIMITS.coApplicantsMax ||
      coApplicants.some((id) => !isUUID(id) || id === actor.id)
    ) {
      throw DomainError.of('SUBMISSION_CO_APPLICANT_UNKNOWN', { field: 'coApplicantIds' });
    }
    if ((await this.identity.activeUsers(coApplicants)).length !== coApplicants.length) {
      throw DomainError.of('SUBMISSION_CO_APPLICANT_UNKNOWN', { field: 'coApplicantIds' });
    }
    await this.assertCarryingGroup(actor, fields.carryingGroupId);
    return this.repository.transaction(async (manager) => {
      const locked = (await this.repository.lockCall(manager, call.id))!;
      callsPolicy.assertState(locked, ['open']);
      const cutoffAt = await this.repository.nextCutoff(manager, call.id);
      if (!cutoffAt) throw DomainError.of('SUBMISSION_CLOSED');
      const submission = await this.repository.saveSubmission(manager, {
        ...fields,
        callId: call.id,
        createdBy: actor.id,
        cutoffAt,
      });
      await this.repository.insertApplicants(manager, [
        { submissionId: submission.id, userId: actor.id, role: 'lead', accepted: true },
        ...coApplicants.map((userId) => ({ submissionId: submission.id, userId, role: 'co_applicant' as const })),
      ]);
      await this.repository.insertRevision(manager, {
        submissionId: submission.id,
        number: 1,
        authorId: actor.id,
        snapshot: fields,
      });
      return submission;
    });
  }

  /** A new revision, from the latest one (`baseRevision`), before the cut-off. */
  async update(
    actor: Actor,
    id: string,
    baseRevision: number,
    input: SubmissionInputFields,
  ): Promise<SubmissionEntity> {
    const { viewer } = await this.access.toSubmission(actor, id);
    callsPolicy.assertApplicant(viewer);
    const fields = validSubmissionFields(input);
    await this.assertCarryingGroup(actor, fields.carryingGroupId);
    return this.repository.transaction(async (manager) => {
      const submission = await this.editable(manager, id);
      if (submission.revision !== baseRevision) {
        throw DomainError.of('SUBMISSION_REVISION_STALE', { current: submission.revision });
      }
      const saved = await this.repository.saveSubmission(manager, {
        ...submission,
        ...fields,
        revision: submission.revision + 1,
      });
      await this.repository.insertRevision(manager, {
        submissionId: id,
        number: saved.revision,
        authorId: actor.id,
        snapshot: fields,
      });
      return saved;
    });
  }

  /** Every automatic check passed (a licence not open: SUBMISSION_LICENCE_NOT_OPEN), before the cut-off. */
  async submit(actor: Actor, id: string): Promise<SubmissionEntity> {
    const { call, viewer } = await this.access.toSubmission(actor, id);
    callsPolicy.assertApplicant(viewer);
    return this.repository.transaction(async (manager) => {
      const submission = await this.editable(manager, id);
      if (submission.state !== 'draft') {
        throw DomainError.of('SUBMISSION_STATE_INVALID', { state: submission.state });
      }
      if (!licenceOpen(submission.licence)) {
        throw DomainError.of('SUBMISSION_LICENCE_NOT_OPEN', { field: 'licence', licence: submission.licence });
      }
      const failed = this.checksOf(call, submission).filter((check) => !check.passed);
      if (failed.length) {
        throw DomainError.of('SUBMISSION_CHECKS_FAILED', {
          failed: failed.map((check) => check.message).join(' ; '),
          checks: failed.map((check) => check.check),
        });
      }
      const saved = await this.repository.saveSubmission(manager, {
        ...submission,
        state: 'submitted',
        submittedAt: await this.repository.now(manager),
      });
      await this.access.journal(
        manager,
        'submission_submitted',
        actor,
        call,
        { type: 'call_submission', id },
        { call: call.title, common: submission.commonName },
      );
      return saved;
    });
  }

  async acceptCoApplication(actor: Actor, id: string): Promise<SubmissionEntity> {
    const { call, viewer } = await this.access.toSubmission(actor, id);
    if (viewer.applicant?.role !== 'co_applicant') throw DomainError.of('SUBMISSION_APPLICANTS_ONLY');
    return this.repository.transaction(async (manager) => {
      const submission = await this.editable(manager, id);
      if (await this.repository.acceptApplicant(manager, id, actor.id)) {
        await this.access.journal(
          manager,
          'submission_co_applicant_accepted',
          actor,
          call,
          { type: 'call_submission', id },
          { call: call.title, common: submission.commonName },
        );
      }
      return submission;
    });
  }

  /** Locked, and still before its round's cut-off by the database clock; else SUBMISSION_CLOSED. */
  private async editable(manager: EntityManager, id: string): Promise<SubmissionEntity> {
    const found = await this.repository.lockSubmission(manager, id);
    if (!found) throw DomainError.of('SUBMISSION_NOT_FOUND');
    if (!found.beforeCutoff || (found.submission.state !== 'draft' && found.submission.state !== 'submitted')) {
      throw DomainError.of('SUBMISSION_CLOSED');
    }
    return found.submission;
  }

  private async assertCarryingGroup(actor: Actor, groupId: string | null): Promise<void> {
    if (!groupId) return;
    const role = isUUID(groupId) ? await this.groups.roleOf(actor.id, groupId) : null;
    if (role !== 'facilitator' && role !== 'member')
      throw DomainError.of('SUBMISSION_GROUP_INVALID', { field: 'carryingGroupId' });
  }
}
