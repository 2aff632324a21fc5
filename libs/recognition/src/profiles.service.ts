import { Injectable } from '@nestjs/common';
import { CallCreditsService } from '@ouvroir/calls';
import { CommonsService, MaintainersService } from '@ouvroir/commons';
import { RECOGNITION_LIMITS } from '@ouvroir/contracts';
import { Connection, DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { IdentityService, UserEntity } from '@ouvroir/identity';
import { ContributionsService } from '@ouvroir/proposals';
import { isUUID } from 'class-validator';
import { AttestationEntity } from './attestation.entity';
import {
  AcceptedAmendmentModel,
  AttestationModel,
  CallWonModel,
  ContributedProposalModel,
  ContributorModel,
  CreditedPersonModel,
  MaintainedCommonModel,
} from './models/recognition.models';

/** The states of a proposal the committee adopted (and what followed). */
const ADOPTED_STATES = ['adopted', 'in_progress', 'implemented'] as const;

/**
 * The public profile: what a person who opened it did, gathered from the domains' services (each
 * applying its own visibility, as for the public), and the attestations they did not hide.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly identity: IdentityService,
    private readonly contributions: ContributionsService,
    private readonly maintainers: MaintainersService,
    private readonly commons: CommonsService,
    private readonly calls: CallCreditsService,
    private readonly groups: GroupsService,
  ) {}

  /** The person, if their profile is public; the same NOT_FOUND as an unknown person otherwise. */
  async contributor(id: string): Promise<ContributorModel> {
    const person = await this.identity.publicPerson(id);
    if (!person) throw DomainError.of('CONTRIBUTOR_NOT_FOUND');
    return {
      id: person.id,
      displayName: person.displayName,
      organisationId: person.organisation?.id ?? null,
      organisationName: person.organisation?.name ?? null,
    };
  }

  async proposals(
    personId: string,
    adoptedOnly: boolean,
    first: number,
    after?: string,
  ): Promise<Connection<ContributedProposalModel>> {
    const list = await this.contributions.publicProposalsOf(
      personId,
      adoptedOnly ? [...ADOPTED_STATES] : undefined,
      first,
      after,
    );
    return {
      totalCount: list.totalCount,
      pageInfo: list.pageInfo,
      nodes: list.nodes.map(({ id, title, state, updatedAt }) => ({ id, title, state, updatedAt })),
    };
  }

  async acceptedAmendments(personId: string): Promise<AcceptedAmendmentModel[]> {
    const rows = await this.contributions.publicAcceptedAmendmentsOf(personId, RECOGNITION_LIMITS.listedMax);
    return rows.map(({ amendment, proposal }) => ({
      id: amendment.id,
      proposalId: proposal.id,
      proposalTitle: proposal.title,
      decidedAt: amendment.decidedAt ?? amendment.createdAt,
    }));
  }

  async maintainedCommons(personId: string): Promise<MaintainedCommonModel[]> {
    const commons = await this.maintainers.maintainedBy(personId, RECOGNITION_LIMITS.listedMax);
    return commons.map(({ id, slug, name, maintainerSince }) => ({ id, slug, name, since: maintainerSince }));
  }

  /** Each linked to the laureate's catalogue entry once it has one, else (by the page) to the call's results. */
  async callsWon(personId: string): Promise<CallWonModel[]> {
    const won = await this.calls.callsWonBy(personId, RECOGNITION_LIMITS.listedMax);
    const catalogued = won.flatMap(({ commonId }) => (commonId ? [commonId] : []));
    const commons = catalogued.length ? await this.commons.findByIds(catalogued) : [];
    const slugs = new Map(commons.map((common) => [common.id, common.slug]));
    return won.map((call) => ({
      id: call.submissionId,
      callId: call.callId,
      callTitle: call.callTitle,
      commonName: call.commonName,
      commonSlug: (call.commonId && slugs.get(call.commonId)) ?? null,
      withConditions: call.decision === 'retained_with_conditions',
      decidedAt: call.decidedAt,
    }));
  }

  reviewsDone(personId: string): Promise<number> {
    return this.calls.reviewsDoneBy(personId);
  }

  /** Attestations as shown: their author's name, and their group's only if the group is public. */
  async attestationModels(attestations: AttestationEntity[]): Promise<AttestationModel[]> {
    const groupIds = [...new Set(attestations.map((attestation) => attestation.groupId))];
    const authorIds = [...new Set(attestations.map((attestation) => attestation.authorId))];
    const [groups, authors] = await Promise.all([
      this.groups.visibleByIds(null, groupIds),
      this.identity.activeUsers(authorIds),
    ]);
    const groupNames = new Map(groupIds.map((id, index) => [id, groups[index]?.name ?? null]));
    const authorNames = new Map(authors.map((author: UserEntity) => [author.id, author.displayName]));
    return attestations.map((attestation) => ({
      id: attestation.id,
      reason: attestation.reason,
      createdAt: attestation.createdAt,
      hidden: attestation.hidden,
      subjectId: attestation.subjectId,
      authorName: authorNames.get(attestation.authorId) ?? 'Ancien membre',
      groupName: groupNames.get(attestation.groupId) ?? null,
    }));
  }

  /** The name of the person an attestation is about (as the credential names them). */
  async subjectName(personId: string): Promise<string> {
    const [person] = await this.identity.activeUsers([personId]);
    return person?.displayName ?? 'Ancien membre';
  }

  /** An organisation's people who opened their profile, by name, each with a short summary of what they did. */
  async credited(organisationId: string): Promise<CreditedPersonModel[]> {
    if (!isUUID(organisationId)) return [];
    const people = await this.identity.publicPeopleOf(organisationId, RECOGNITION_LIMITS.creditedMax);
    const ids = people.map((person) => person.id);
    const [adopted, maintained] = await Promise.all([
      this.contributions.publicProposalCounts(ids, [...ADOPTED_STATES]),
      this.maintainers.maintainedCounts(ids, RECOGNITION_LIMITS.listedMax),
    ]);
    return people.map(({ id, displayName }) => ({
      id,
      displayName,
      adoptedProposalCount: adopted.get(id) ?? 0,
      maintainedCommonCount: maintained.get(id) ?? 0,
    }));
  }
}
