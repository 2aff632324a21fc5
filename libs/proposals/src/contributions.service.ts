import { Injectable } from '@nestjs/common';
import { decodeCursor, toConnection } from '@ouvroir/core';
import { GroupsService } from '@ouvroir/groups';
import { AmendmentEntity } from './proposal-parts.entity';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { ProposalsRepository } from './proposals.repository';
import { ProposalList, ProposalsService } from './proposals.service';

/** An accepted amendment, with the proposal it changed. */
export interface AcceptedAmendment {
  amendment: AmendmentEntity;
  proposal: ProposalEntity;
}

/**
 * For the recognition: what a person did in the proposals, as the public may read it (never a
 * draft, never a members-only group's proposal), and where they contributed.
 */
@Injectable()
export class ContributionsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly proposals: ProposalsService,
    private readonly groups: GroupsService,
  ) {}

  /** The proposals the person wrote or co-wrote (accepted authorship) that anyone may read, latest changed first. */
  async publicProposalsOf(
    userId: string,
    states: ProposalState[] | undefined,
    first: number,
    after?: string,
  ): Promise<ProposalList> {
    const groupIds = (await this.groups.visibleGroupIds(null)) ?? [];
    const page = await this.repository.page(
      {
        scope: { groupIds, committeeIds: [], facilitatedGroupIds: [], authoredGroupIds: [], authorId: null },
        states,
        authoredBy: { userId, status: 'accepted' },
      },
      first,
      after ? decodeCursor(after) : undefined,
    );
    const connection = toConnection(page.rows, first, page.total, (proposal) => [
      proposal.updatedAt.toISOString(),
      proposal.id,
    ]);
    return { ...connection, authors: page.authors };
  }

  /** For each person, how many proposals anyone may read they wrote or co-wrote in these states: one statement for them all. */
  async publicProposalCounts(userIds: readonly string[], states: ProposalState[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const groupIds = (await this.groups.visibleGroupIds(null)) ?? [];
    return this.repository.authoredCounts(userIds, groupIds, states);
  }

  /** The person's accepted amendments on proposals anyone may read, the latest decided first (at most `limit`). */
  async publicAcceptedAmendmentsOf(userId: string, limit: number): Promise<AcceptedAmendment[]> {
    // Read more than asked: some may be on proposals the public may not read.
    const amendments = await this.parts.acceptedAmendmentsOf(userId, limit * 4);
    const proposals = await this.proposals.visibleByIds(
      null,
      amendments.map((amendment) => amendment.proposalId),
    );
    return amendments
      .map((amendment, index) => ({ amendment, proposal: proposals[index] }))
      .filter((row): row is AcceptedAmendment => row.proposal !== null)
      .slice(0, limit);
  }

  /**
   * The groups where the person contributed: an accepted author of a proposal past its draft, or
   * the author of an accepted amendment.
   */
  contributedGroupIds(userId: string): Promise<string[]> {
    return this.repository.contributedGroupIds(userId);
  }
}
