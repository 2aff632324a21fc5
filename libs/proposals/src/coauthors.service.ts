import { Injectable } from '@nestjs/common';
import { DomainError } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { isUUID } from 'class-validator';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService } from './proposal-access.service';
import { ProposalAuthorEntity } from './proposal-parts.entity';
import { EDITABLE, proposalsPolicy, WRITING_ROLES } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/** Co-authors: an author invites a member of the group to co-write; they accept or decline. */
@Injectable()
export class CoauthorsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly access: ProposalAccessService,
    private readonly groups: GroupsService,
    private readonly acts: ProposalActs,
  ) {}

  async inviteCoauthor(actor: Actor, id: string, userId: string): Promise<void> {
    const { proposal, viewer, authors } = await this.access.readable(actor, id);
    proposalsPolicy.assertAuthor(viewer);
    proposalsPolicy.assertState(proposal, EDITABLE, 'COAUTHOR_INVITATION_CLOSED');
    if (!isUUID(userId)) throw DomainError.of('COAUTHOR_ID_INVALID');
    const role = await this.groups.roleOf(userId, proposal.groupId);
    if (!role || !WRITING_ROLES.includes(role)) throw DomainError.of('COAUTHOR_NOT_MEMBER');
    if (authors.some((author) => author.userId === userId)) throw DomainError.of('COAUTHOR_ALREADY_INVITED');
    await this.repository.transaction(async (manager) => {
      await this.repository.insert(manager, ProposalAuthorEntity, {
        proposalId: id,
        userId,
        status: 'invited',
        invitedBy: actor.id,
      });
      await this.acts.indexed(manager, id);
      await this.acts.journal(
        manager,
        actor,
        proposal,
        'proposal_coauthor_invited',
        { type: 'proposal', id },
        {},
        userId,
      );
      await this.acts.events.publish(manager, 'coauthor_invited', {
        actorId: actor.id,
        proposalId: id,
        inviteeId: userId,
      });
    });
  }

  async respondToCoauthorship(actor: Actor, id: string, accept: boolean): Promise<void> {
    const { proposal, authors } = await this.access.readable(actor, id);
    const authorship = authors.find((author) => author.userId === actor.id);
    if (authorship?.status !== 'invited') throw DomainError.of('COAUTHOR_INVITATION_MISSING');
    await this.repository.transaction(async (manager) => {
      await this.acts.events.publish(manager, 'coauthor_answered', {
        actorId: actor.id,
        proposalId: id,
        accepted: accept,
      });
      if (!accept) {
        await this.repository.deleteAuthorship(manager, id, actor.id);
        return this.acts.indexed(manager, id);
      }
      await this.repository.acceptAuthorship(manager, id, actor.id);
      await this.acts.journal(
        manager,
        actor,
        proposal,
        'proposal_coauthor_joined',
        { type: 'proposal', id },
        {},
        actor.id,
      );
    });
  }
}
