import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { RECOGNITION_LIMITS } from '@ouvroir/contracts';
import { DomainError, DomainEvents } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ContributionsService } from '@ouvroir/proposals';
import { isUUID } from 'class-validator';
import { AttestationEntity } from './attestation.entity';
import { recognitionPolicy } from './recognition.policy';
import { RecognitionRepository } from './recognition.repository';

/** Attestations « contribution reconnue »: given by a facilitator, hidden or shown by the person attested. */
@Injectable()
export class AttestationsService {
  constructor(
    private readonly repository: RecognitionRepository,
    private readonly identity: IdentityService,
    private readonly groups: GroupsService,
    private readonly contributions: ContributionsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** The groups where the actor may attest this person's contribution (for the form). */
  async attestableGroupIds(actor: Actor | null, subjectId: string): Promise<string[]> {
    if (!actor || actor.id === subjectId) return [];
    const [facilitated, contributed] = await Promise.all([
      this.groups.groupIdsWithRole(actor, ['facilitator']),
      this.contributions.contributedGroupIds(subjectId),
    ]);
    return facilitated.filter((groupId) => contributed.includes(groupId));
  }

  async attest(actor: Actor, subjectId: string, groupId: string, reasonInput: string): Promise<AttestationEntity> {
    const reason = reasonInput.trim();
    if (reason.length < RECOGNITION_LIMITS.reasonMin || reason.length > RECOGNITION_LIMITS.reasonMax) {
      throw DomainError.of('ATTESTATION_REASON_LENGTH');
    }
    if (subjectId === actor.id) throw DomainError.of('ATTESTATION_SELF');
    const [subject] = isUUID(subjectId) ? await this.identity.activeUsers([subjectId]) : [];
    if (!subject) throw DomainError.of('ATTESTATION_PERSON_NOT_FOUND');
    const [roleInGroup, contributedGroupIds] = await Promise.all([
      isUUID(groupId) ? this.groups.roleOf(actor.id, groupId) : null,
      this.contributions.contributedGroupIds(subjectId),
    ]);
    if (!recognitionPolicy.canAttest({ actorId: actor.id, subjectId, roleInGroup, contributedGroupIds, groupId })) {
      throw DomainError.of('ATTESTATION_NOT_ALLOWED');
    }
    return this.repository.transaction(async (manager) => {
      const attestation = await this.repository.insert(manager, { subjectId, authorId: actor.id, groupId, reason });
      await this.audit.record(manager, {
        action: 'contribution_attested',
        actorId: actor.id,
        groupId,
        targetType: 'attestation',
        targetId: attestation.id,
        subjectUserId: subjectId,
      });
      await this.events.publish(manager, 'contribution_attested', {
        actorId: actor.id,
        attestationId: attestation.id,
        groupId,
        personId: subjectId,
      });
      return attestation;
    });
  }

  /** The person hides an attestation from their public profile, or shows it again. */
  async setHidden(actor: Actor, id: string, hidden: boolean): Promise<AttestationEntity> {
    const attestation = await this.repository.findById(id);
    if (!attestation || !recognitionPolicy.canHide(attestation, actor.id))
      throw DomainError.of('ATTESTATION_NOT_FOUND');
    await this.repository.setHidden(id, hidden);
    return { ...attestation, hidden };
  }

  /** The actor's own attestations, hidden ones included, for their profile page. */
  mine(actor: Actor): Promise<AttestationEntity[]> {
    return this.repository.ofSubject(actor.id, true, RECOGNITION_LIMITS.listedMax);
  }

  /** What a public profile shows: the attestations the person did not hide. */
  shown(subjectId: string): Promise<AttestationEntity[]> {
    return this.repository.ofSubject(subjectId, false, RECOGNITION_LIMITS.listedMax);
  }

  /** One attestation anyone may see: shown, on a public profile; NOT_FOUND otherwise (the owner sees theirs). */
  async visible(actor: Actor | null, id: string): Promise<AttestationEntity> {
    const attestation = await this.repository.findById(id);
    const ownerAsking = attestation && actor?.id === attestation.subjectId;
    if (
      !attestation ||
      (!ownerAsking && (attestation.hidden || !(await this.identity.publicPerson(attestation.subjectId))))
    ) {
      throw DomainError.of('ATTESTATION_NOT_FOUND');
    }
    return attestation;
  }
}
