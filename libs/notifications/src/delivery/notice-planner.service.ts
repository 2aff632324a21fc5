import { Injectable } from '@nestjs/common';
import { CallsService } from '@ouvroir/calls';
import type { AnyDomainEvent, DomainEventOf } from '@ouvroir/contracts';
import { GroupsService } from '@ouvroir/groups';
import { ProposalEntity, ProposalsService } from '@ouvroir/proposals';
import { CommonsService, RelayService } from '@ouvroir/commons';
import { VotesService } from '@ouvroir/votes';
import { FollowsService } from '../follows.service';
import { ADDRESSED_KINDS, NoticePlan } from './notice-plan';

/**
 * Whom each domain event concerns, found through the domains' services (never their tables):
 * the facilitators of a group for a join request, a proposal's authors and followers for its
 * comments, a vote's roll for its opening… The actor, inactive accounts and those who may not
 * read the subject are removed afterwards (Notifier). Null when the subject is gone.
 */
@Injectable()
export class NoticePlanner {
  constructor(
    private readonly groups: GroupsService,
    private readonly proposals: ProposalsService,
    private readonly votes: VotesService,
    private readonly follows: FollowsService,
    private readonly commons: CommonsService,
    private readonly relay: RelayService,
    private readonly calls: CallsService,
  ) {}

  async plan(event: AnyDomainEvent): Promise<NoticePlan | null> {
    switch (event.kind) {
      case 'group_invitation':
        return this.invitation(event);
      case 'join_request_received':
      case 'join_request_decided':
        return this.joinRequest(event);
      case 'coauthor_invited':
        return this.onProposal(event, event.proposalId, () => Promise.resolve([event.inviteeId]));
      case 'coauthor_answered':
        return this.onProposal(event, event.proposalId, (proposal) => this.authorIds(proposal), {
          accepted: event.accepted,
        });
      case 'amendment_proposed':
        return this.onProposal(event, event.proposalId, (proposal) => this.authorIds(proposal));
      case 'amendment_decided':
        return this.onProposal(event, event.proposalId, () => Promise.resolve([event.authorId]), {
          accepted: event.accepted,
        });
      case 'comment':
        return this.comment(event);
      case 'proposal_moved':
        return this.onProposal(
          event,
          event.proposalId,
          async (proposal) => [
            ...new Set([...(await this.proposalFollowers(proposal)), ...(await this.groupFollowers(proposal))]),
          ],
          { state: event.state },
        );
      case 'mention':
        return this.mention(event);
      case 'vote_opened':
      case 'vote_closing':
      case 'vote_closed':
      case 'proxy_given':
      case 'proxy_used':
        return this.onVote(event);
      case 'common_maintainer_message':
        return this.maintainerMessage(event);
      case 'common_maintainer_added':
        return this.onCommon(event, event.commonId, () => Promise.resolve([event.userId]));
      case 'common_usage_declared':
      case 'common_maintenance_due':
        return this.onCommon(event, event.commonId, (commonId) => this.maintainerPeople(commonId));
      case 'call_opened':
        return this.onCall(event, event.callId, async (call) => this.groups.memberIds(call.committeeId));
      case 'review_assigned':
        return this.onCall(event, event.callId, () => Promise.resolve(event.reviewerIds));
      case 'eligibility_decided':
      case 'submission_decided':
        return this.onSubmission(event);
      case 'milestone_late':
        return this.lateMilestone(event);
      case 'contribution_attested':
        return this.attestation(event);
    }
  }

  private async onCommon(
    event: AnyDomainEvent,
    commonId: string,
    recipients: (commonId: string) => Promise<string[]>,
  ): Promise<NoticePlan | null> {
    const [common] = await this.commons.findByIds([commonId]);
    if (!common) return null;
    return {
      kind: event.kind,
      subjectType: 'common',
      subjectId: common.id,
      groupId: null,
      link: `/communs/${common.slug}`,
      data: {},
      recipients: await recipients(common.id),
      readersOnly: false,
    };
  }

  /** A relayed message: to the maintainers in person (organisations are shown on the page, not written to). */
  private async maintainerMessage(event: DomainEventOf<'common_maintainer_message'>): Promise<NoticePlan | null> {
    const [message] = await this.relay.messagesForNotices([event.messageId]);
    const [common] = message ? await this.commons.findByIds([message.commonId]) : [];
    if (!message || !common) return null;
    return {
      kind: event.kind,
      subjectType: 'common_message',
      subjectId: message.id,
      groupId: null,
      link: `/communs/${common.slug}`,
      data: { message: message.body },
      recipients: await this.maintainerPeople(common.id),
      readersOnly: false,
    };
  }

  private async maintainerPeople(commonId: string): Promise<string[]> {
    const maintainers = await this.commons.maintainersForNotices(commonId);
    return maintainers.flatMap((maintainer) => maintainer.userId ?? []);
  }

  private async onCall(
    event: AnyDomainEvent,
    callId: string,
    recipients: (call: { committeeId: string }) => Promise<string[]>,
    data: Record<string, unknown> = {},
  ): Promise<NoticePlan | null> {
    const call = await this.calls.callForNotices(callId);
    if (!call) return null;
    return {
      kind: event.kind,
      subjectType: 'call',
      subjectId: call.id,
      groupId: call.committeeId,
      link: `/appels/${call.id}`,
      data,
      recipients: await recipients(call),
      readersOnly: true,
    };
  }

  /** The applicants learn the decisions on their own submission (the call is public once open). */
  private async onSubmission(
    event: DomainEventOf<'eligibility_decided'> | DomainEventOf<'submission_decided'>,
  ): Promise<NoticePlan | null> {
    const found = await this.calls.submissionForNotices(event.submissionId);
    if (!found) return null;
    const accepted = event.kind === 'eligibility_decided' ? event.eligible : event.retained;
    const plan = await this.onCall(event, found.submission.callId, () => Promise.resolve(found.applicantIds), {
      accepted,
      common: found.submission.commonName,
    });
    return plan && { ...plan, link: `/appels/${found.submission.callId}/candidatures/${found.submission.id}` };
  }

  /** The call's facilitators learn of a laureate's milestone still open the day after its due date. */
  private async lateMilestone(event: DomainEventOf<'milestone_late'>): Promise<NoticePlan | null> {
    const found = await this.calls.lateMilestoneForNotices(event.milestoneId);
    if (!found) return null;
    return this.onCall(
      event,
      found.submission.callId,
      async (call) => (await this.groups.facilitatorIds([call.committeeId]))[0],
      { common: found.submission.commonName, milestone: found.milestone.title },
    );
  }

  /** An attestation: to the person attested, whether or not they still read the group. */
  private async attestation(event: DomainEventOf<'contribution_attested'>): Promise<NoticePlan | null> {
    const group = await this.groups.groupForNotices(event.groupId);
    if (!group) return null;
    return {
      kind: event.kind,
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      link: `/contributeurs/${event.personId}`,
      data: {},
      recipients: [event.personId],
      readersOnly: false,
    };
  }

  private async invitation(event: DomainEventOf<'group_invitation'>): Promise<NoticePlan | null> {
    const group = await this.groups.groupForNotices(event.groupId);
    if (!group) return null;
    return {
      kind: 'group_invitation',
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      link: `/groupes/${group.slug}`,
      data: {},
      recipients: event.inviteeId ? [event.inviteeId] : [],
      readersOnly: false,
      invitationMail: event.sealedMail ? { invitationId: event.invitationId, sealedMail: event.sealedMail } : undefined,
    };
  }

  private async joinRequest(
    event: DomainEventOf<'join_request_received'> | DomainEventOf<'join_request_decided'>,
  ): Promise<NoticePlan | null> {
    const group = await this.groups.groupForNotices(event.groupId);
    if (!group) return null;
    const decided = event.kind === 'join_request_decided';
    return {
      kind: event.kind,
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      link: `/groupes/${group.slug}`,
      data: decided ? { accepted: event.accepted } : {},
      recipients: decided ? [event.requesterId] : (await this.groups.facilitatorIds([group.id]))[0],
      readersOnly: !ADDRESSED_KINDS.includes(event.kind),
    };
  }

  private async onProposal(
    event: AnyDomainEvent,
    proposalId: string,
    recipients: (proposal: ProposalEntity) => Promise<string[]>,
    data: Record<string, unknown> = {},
  ): Promise<NoticePlan | null> {
    const [proposal] = await this.proposals.proposalsForNotices([proposalId]);
    if (!proposal) return null;
    return {
      kind: event.kind,
      subjectType: 'proposal',
      subjectId: proposal.id,
      groupId: proposal.groupId,
      link: `/propositions/${proposal.id}`,
      data,
      recipients: await recipients(proposal),
      readersOnly: true,
    };
  }

  private async comment(event: DomainEventOf<'comment'>): Promise<NoticePlan | null> {
    const plan = await this.onProposal(event, event.proposalId, (proposal) => this.proposalFollowers(proposal));
    if (!plan) return null;
    return { ...plan, autoFollow: { subjectType: 'proposal', subjectId: event.proposalId, userIds: [event.actorId] } };
  }

  private async mention(event: DomainEventOf<'mention'>): Promise<NoticePlan | null> {
    if (event.proposalId) {
      const plan = await this.onProposal(event, event.proposalId, () => Promise.resolve(event.mentionedIds));
      return plan && { ...plan, link: `${plan.link}#discussion` };
    }
    const group = event.groupId ? await this.groups.groupForNotices(event.groupId) : null;
    if (!group) return null;
    return {
      kind: 'mention',
      subjectType: 'group',
      subjectId: group.id,
      groupId: group.id,
      link: `/groupes/${group.slug}#discussion`,
      data: {},
      recipients: event.mentionedIds,
      readersOnly: true,
    };
  }

  private async onVote(
    event:
      | DomainEventOf<'vote_opened'>
      | DomainEventOf<'vote_closing'>
      | DomainEventOf<'vote_closed'>
      | DomainEventOf<'proxy_given'>
      | DomainEventOf<'proxy_used'>,
  ): Promise<NoticePlan | null> {
    const roll = await this.votes.rollForNotices(event.voteId, event.kind === 'vote_closing');
    if (!roll) return null;
    const { vote } = roll;
    // A reminder due after the vote closed early or was cancelled has nothing to remind.
    if (event.kind === 'vote_closing' && vote.status !== 'open') return null;
    let recipients = roll.voterIds;
    const data: Record<string, unknown> = { closesAt: vote.closesAt.toISOString() };
    if (event.kind === 'proxy_given') recipients = [event.holderId];
    if (event.kind === 'proxy_used') recipients = [event.grantorId];
    if (event.kind === 'vote_closed') {
      data.outcome = event.outcome;
      // The authors and followers of the proposal voted on learn its result too.
      const [proposal] = vote.proposalId ? await this.proposals.proposalsForNotices([vote.proposalId]) : [null];
      if (proposal) recipients = [...recipients, ...(await this.proposalFollowers(proposal))];
    }
    return {
      kind: event.kind,
      subjectType: 'vote',
      subjectId: vote.id,
      groupId: vote.committeeId,
      link: `/scrutins/${vote.id}`,
      data,
      recipients,
      readersOnly: true,
    };
  }

  private async authorIds(proposal: ProposalEntity): Promise<string[]> {
    const [authors] = await this.proposals.authorsOf([proposal.id]);
    return authors.filter((author) => author.status === 'accepted').map((author) => author.userId);
  }

  /**
   * Who follows the discussion of the proposal's group: its members unless they unfollowed it, and
   * whoever chose to; they learn where the group's proposals go (entering discussion, submitted, adopted).
   */
  private async groupFollowers(proposal: ProposalEntity): Promise<string[]> {
    return this.follows.followersAmong('group', proposal.groupId, await this.groups.memberIds(proposal.groupId));
  }

  /** Who follows a proposal: its authors unless they unfollowed it, and whoever chose to. */
  private async proposalFollowers(proposal: ProposalEntity): Promise<string[]> {
    return this.follows.followersAmong('proposal', proposal.id, await this.authorIds(proposal));
  }
}
