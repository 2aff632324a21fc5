import { Injectable } from '@nestjs/common';
import { SearchIndex } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { EntityManager } from 'typeorm';
import { proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * The searchable document of a proposal, weighted title > summary > body, as the trigger
 * `proposal_search_document` computes it from the new row (`NEW.title`…) into `search_document`,
 * which the GIN index `proposal_search_idx` covers. Stored rather than computed at query time, so
 * that ranking thousands of matches reads it instead of re-parsing every text.
 */
export const proposalDocument = (row: string) =>
  `setweight(to_tsvector('french_unaccent'::regconfig, ${row}.title), 'A') || setweight(to_tsvector('french_unaccent'::regconfig, ${row}.summary), 'B') || setweight(to_tsvector('french_unaccent'::regconfig, ${row}.body), 'C')`;

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
