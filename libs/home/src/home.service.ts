import { Injectable } from '@nestjs/common';
import { AuditEntryEntity } from '@ouvroir/audit';
import { Connection } from '@ouvroir/core';
import {
  GroupEntity,
  GroupJournalService,
  GroupsService,
  JoinRequestsService,
  MEMBERSHIP_ROLES,
} from '@ouvroir/groups';
import { Actor } from '@ouvroir/identity';
import { ProposalBrowse, ProposalList, ProposalsService } from '@ouvroir/proposals';
import { VoteEntity, VotesService } from '@ouvroir/votes';

/** A group's join requests awaiting its facilitators' decision. */
export interface PendingRequests {
  groupId: string;
  count: number;
}

/** The proposal states a group's facilitators move on from: finalising what was discussed. */
const TO_MOVE: ProposalBrowse['states'] = ['in_discussion'];
/** What the programme shows as decisions: adopted proposals, and those being carried out. */
const DECIDED: ProposalBrowse['states'] = ['adopted', 'in_progress', 'implemented'];

/**
 * What waits for a person, and the programme for visitors (the invitations addressed to them are
 * `myInvitations`, which the groups' page shows too, with their acceptance). It owns nothing: each block is a read
 * of the domain that owns it, which applies its own policy, so a block holds only what the person
 * may read.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly groups: GroupsService,
    private readonly joinRequests: JoinRequestsService,
    private readonly journal: GroupJournalService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
  ) {}

  /** Open votes awaiting the person's ballot, or that of someone whose proxy they hold; closing soonest first. */
  ballotsToCast(actor: Actor, first: number, after?: string): Promise<Connection<VoteEntity>> {
    return this.votes.awaitingBallot(actor, first, after);
  }

  /** Proposals whose authors invited the person to co-write them. */
  coauthorshipsToAnswer(actor: Actor, first: number, after?: string): Promise<ProposalList> {
    return this.proposals.browse(actor, { authorship: 'invited' }, first, after);
  }

  /** The person's own proposals still being written: drafts and those in discussion. */
  drafts(actor: Actor, first: number, after?: string): Promise<ProposalList> {
    return this.proposals.browse(actor, { authorship: 'accepted', states: ['draft', 'in_discussion'] }, first, after);
  }

  /** The groups the person facilitates with join requests to decide, and how many. */
  joinRequestsToDecide(actor: Actor, first: number): Promise<PendingRequests[]> {
    return this.joinRequests.pendingCountsOfMine(actor, first);
  }

  /** Proposals in discussion in the groups the person facilitates: theirs to finalise. */
  async proposalsToMove(actor: Actor, first: number, after?: string): Promise<ProposalList> {
    const facilitated = await this.groups.groupIdsWithRole(actor, ['facilitator']);
    return this.proposals.browse(actor, { groupIds: facilitated, states: TO_MOVE }, first, after);
  }

  /** Proposals submitted to the committees the person sits on, waiting for a vote. */
  async awaitingVote(actor: Actor, first: number, after?: string): Promise<ProposalList> {
    const committees = await this.groups.groupIdsWithRole(actor, [...MEMBERSHIP_ROLES]);
    return this.proposals.browse(actor, { committeeIds: committees, states: ['submitted'] }, first, after);
  }

  /** The latest acts in the person's groups that every member may know. */
  news(actor: Actor, first: number, after?: string): Promise<Connection<AuditEntryEntity>> {
    return this.journal.news(actor, first, after);
  }

  /** The programme's latest decisions: adopted proposals of public groups, whoever asks. */
  decisions(first: number, after?: string): Promise<ProposalList> {
    return this.proposals.browse(null, { states: DECIDED }, first, after);
  }

  /** Public working groups one may join, at once or on request. */
  async openGroups(first: number, after?: string): Promise<Connection<GroupEntity>> {
    return this.groups.directory(
      null,
      { kind: 'working_group', status: 'active', joinPolicies: ['open', 'request'] },
      first,
      after,
    );
  }
}
