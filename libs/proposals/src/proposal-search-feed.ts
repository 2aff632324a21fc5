import { Injectable } from '@nestjs/common';
import { SearchIndex } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { EntityManager } from 'typeorm';
import { proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * Keeps the portal's search (core's SearchIndex) up to date with a proposal, in the transaction of
 * each act that changes its text, its state or its authors: whoever may read it (as
 * `proposalsPolicy.searchReaders` says) finds it, and the messages of its channel follow.
 */
@Injectable()
export class ProposalSearchFeed {
  constructor(
    private readonly index: SearchIndex,
    private readonly repository: ProposalsRepository,
    private readonly groups: GroupsService,
  ) {}

  async changed(manager: EntityManager, proposalId: string): Promise<void> {
    const { proposal, authorIds } = await this.repository.searchable(manager, proposalId);
    const group = await this.groups.groupForNotices(proposal.groupId);
    await this.index.upsert(manager, {
      kind: 'proposal',
      id: proposal.id,
      title: proposal.title,
      summary: proposal.summary,
      body: proposal.body,
      readers: proposalsPolicy.searchReaders(proposal, authorIds),
      domainId: group?.domainId ?? null,
      path: `/propositions/${proposal.id}`,
      updatedAt: proposal.updatedAt,
    });
  }
}
