import { Injectable } from '@nestjs/common';
import { AuditService } from '@ouvroir/audit';
import { DomainError } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { ProposalEntity, ProposalsService } from '@ouvroir/proposals';
import { isUUID } from 'class-validator';
import { CommonPartsRepository } from './common-parts.repository';
import { CommonsAccessService } from './commons-access.service';
import { commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';

/** The proposals that concern a common, shown to those who may read them. */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly parts: CommonPartsRepository,
    private readonly access: CommonsAccessService,
    private readonly proposals: ProposalsService,
    private readonly audit: AuditService,
  ) {}

  /** For each common, the linked proposals the actor may read, latest linked first. */
  async decisionsOf(actor: Actor | null, commonIds: readonly string[]): Promise<ProposalEntity[][]> {
    const links = await this.parts.decisionsOf(commonIds);
    const proposalIds = [...new Set(links.map((link) => link.proposalId))];
    const readable = proposalIds.length ? await this.proposals.visibleByIds(actor, proposalIds) : [];
    const byId = new Map(proposalIds.map((id, index) => [id, readable[index]]));
    return commonIds.map((commonId) =>
      links
        .filter((link) => link.commonId === commonId)
        .map((link) => byId.get(link.proposalId))
        .filter((proposal): proposal is ProposalEntity => !!proposal),
    );
  }

  /** The proposal's authors or the common's stewards link a proposal they may read. */
  async link(actor: Actor, commonId: string, proposalId: string): Promise<CommonRow> {
    const author = await this.authorOf(actor, proposalId);
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertLinkDecision(viewer, author.isAuthor);
      if (!(await this.parts.insertDecision(manager, commonId, proposalId, actor.id))) {
        throw DomainError.of('DECISION_ALREADY_LINKED');
      }
      await this.audit.record(manager, {
        action: 'common_decision_linked',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: commonId,
        details: { name: common.name, slug: common.slug, proposalId, title: author.title },
      });
      return common;
    });
  }

  async unlink(actor: Actor, commonId: string, proposalId: string): Promise<CommonRow> {
    const author = await this.authorOf(actor, proposalId);
    return this.repository.transaction(async (manager) => {
      const { common, viewer } = await this.access.standing(actor, commonId, manager);
      commonsPolicy.assertLinkDecision(viewer, author.isAuthor);
      if (!(await this.parts.deleteDecision(manager, commonId, proposalId))) {
        throw DomainError.of('DECISION_NOT_LINKED');
      }
      await this.audit.record(manager, {
        action: 'common_decision_unlinked',
        actorId: actor.id,
        groupId: common.stewardingGroupId,
        targetType: 'common',
        targetId: commonId,
        details: { name: common.name, slug: common.slug, proposalId, title: author.title },
      });
      return common;
    });
  }

  /** The proposal as the actor reads it (PROPOSAL_NOT_FOUND otherwise) and whether they author it. */
  private async authorOf(actor: Actor, proposalId: string): Promise<{ isAuthor: boolean; title: string }> {
    if (!isUUID(proposalId)) throw DomainError.of('PROPOSAL_NOT_FOUND');
    const { proposal, viewer } = await this.proposals.readable(actor, proposalId);
    return { isAuthor: viewer.authorship === 'accepted', title: proposal.title };
  }
}
