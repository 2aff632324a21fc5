import { Injectable } from '@nestjs/common';
import { CALL_LIMITS, MILESTONE_STATUSES, MilestoneStatus } from '@ouvroir/contracts';
import { DomainError, validText } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { CallAccess } from './call-access';
import { CallsRepository } from './calls.repository';
import { MilestoneEntity } from './review.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const invalid = (field: string, rule: string) => DomainError.of('MILESTONE_INVALID', { field, rule });

/** The moves a milestone may make: forward, and `abandoned` from anywhere not done. */
const NEXT: Record<MilestoneStatus, MilestoneStatus[]> = {
  planned: ['planned', 'in_progress', 'done', 'abandoned'],
  in_progress: ['in_progress', 'done', 'abandoned'],
  done: ['done'],
  abandoned: ['abandoned'],
};

/**
 * A laureate's follow-up: milestones added and updated by its accepted applicants (its
 * maintainers), once the call is decided; each act journaled. Late ones (due before the
 * database's day, neither done nor abandoned) appear on the facilitators' board.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly repository: CallsRepository,
    private readonly access: CallAccess,
  ) {}

  async add(actor: Actor, submissionId: string, title: string, dueOn: string): Promise<MilestoneEntity> {
    const { call, submission, viewer } = await this.access.toSubmission(actor, submissionId);
    if (
      !viewer.applicant?.accepted ||
      !submission.decision ||
      submission.decision === 'not_retained' ||
      !['decided', 'closed'].includes(call.state)
    ) {
      throw DomainError.of('MILESTONE_LAUREATES_ONLY');
    }
    const name = validText(title, CALL_LIMITS.milestoneTitleMax, 'title', 'Titre du jalon', true);
    if (!DATE.test(dueOn) || Number.isNaN(Date.parse(dueOn))) throw invalid('dueOn', 'une date AAAA-MM-JJ');
    return this.repository.transaction(async (manager) => {
      await this.repository.lockSubmission(manager, submissionId);
      if ((await this.repository.countMilestones(manager, submissionId)) >= CALL_LIMITS.milestonesMax) {
        throw invalid('title', `${CALL_LIMITS.milestonesMax} jalons au plus`);
      }
      const milestone = await this.repository.saveMilestone(manager, {
        submissionId,
        title: name,
        dueOn,
        updatedBy: actor.id,
      });
      await this.access.journal(
        manager,
        'milestone_added',
        actor,
        call,
        { type: 'call_milestone', id: milestone.id },
        {
          call: call.title,
          common: submission.commonName,
          milestone: name,
        },
      );
      return milestone;
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: { status: MilestoneStatus; percent: number; evidenceUrl?: string | null },
  ): Promise<MilestoneEntity> {
    if (!MILESTONE_STATUSES.includes(input.status)) throw invalid('status', 'statut inconnu');
    if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
      throw invalid('percent', 'de 0 à 100');
    const evidenceUrl = validText(input.evidenceUrl ?? '', CALL_LIMITS.urlMax, 'evidenceUrl', 'Preuve') || null;
    if (evidenceUrl && !/^https?:\/\/[^\s]+\.[^\s]+/.test(evidenceUrl))
      throw invalid('evidenceUrl', 'une adresse http ou https');
    return this.repository.transaction(async (manager) => {
      const milestone = isUUID(id) ? await this.repository.lockMilestone(manager, id) : null;
      if (!milestone) throw DomainError.of('MILESTONE_NOT_FOUND');
      const { call, submission, viewer } = await this.access.toSubmission(actor, milestone.submissionId);
      if (!viewer.applicant?.accepted) throw DomainError.of('MILESTONE_LAUREATES_ONLY');
      if (!NEXT[milestone.status].includes(input.status)) throw invalid('status', 'un jalon ne revient pas en arrière');
      const percent = input.status === 'done' ? 100 : input.percent;
      const saved = await this.repository.saveMilestone(manager, {
        ...milestone,
        status: input.status,
        percent,
        evidenceUrl,
        updatedBy: actor.id,
      });
      await this.access.journal(
        manager,
        'milestone_updated',
        actor,
        call,
        { type: 'call_milestone', id },
        {
          call: call.title,
          common: submission.commonName,
          milestone: milestone.title,
          status: input.status,
          percent,
        },
      );
      return saved;
    });
  }
}
