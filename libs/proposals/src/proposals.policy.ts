import type { ErrorReason } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import type { MembershipRole } from '@ouvroir/groups';
import type { Actor } from '@ouvroir/identity';
import type { CommentEntity } from './proposal-parts.entity';
import type { ProposalEntity, ProposalState } from './proposal.entity';

/** Who looks at a proposal: the actor and where they stand towards its group, committee and authors. */
export interface ProposalViewer {
  actor: Actor | null;
  /** Whether the proposal's group is visible to them (public, or they belong to it). */
  groupVisible: boolean;
  groupRole: MembershipRole | null;
  committeeRole: MembershipRole | null;
  authorship: 'accepted' | 'invited' | null;
}

/** The permissions the pages need, beside the allowed transitions. */
export interface ProposalPermissions {
  edit: boolean;
  comment: boolean;
  support: boolean;
  amend: boolean;
  inviteCoauthors: boolean;
  moderate: boolean;
}

/** A comment as a reader sees it: a hidden one without its text, except for the moderators. */
export type ShownComment = Omit<CommentEntity, 'body'> & { body: string | null };

/** The roles that write in a group: they draft, co-write, and stay authors only while they hold one. */
export const WRITING_ROLES: MembershipRole[] = ['facilitator', 'member'];

/** Who may make a transition: the authors, the group's facilitators, or those of the group or of the committee. */
type Steward = 'authors' | 'group' | 'group_or_committee';

export const TRANSITIONS = {
  submit_for_discussion: { from: ['draft'], to: 'in_discussion', by: 'authors' },
  withdraw: { from: ['draft', 'in_discussion', 'submitted'], to: 'withdrawn', by: 'authors' },
  finalise: { from: ['in_discussion'], to: 'submitted', by: 'group' },
  start_implementation: { from: ['adopted'], to: 'in_progress', by: 'group_or_committee' },
  mark_implemented: { from: ['in_progress'], to: 'implemented', by: 'group_or_committee' },
} as const satisfies Record<string, { from: ProposalState[]; to: ProposalState; by: Steward }>;
export type Transition = keyof typeof TRANSITIONS;

/** The refusal of a transition to someone who is not its steward. */
const STEWARD_ONLY: Record<Steward, ErrorReason> = {
  authors: 'TRANSITION_FOR_AUTHORS',
  group: 'TRANSITION_FOR_FACILITATORS',
  group_or_committee: 'TRANSITION_FOR_GROUP_OR_COMMITTEE_FACILITATORS',
};

/** States in which the committee's members read the proposal, whatever the group's visibility. */
const BEFORE_COMMITTEE: ProposalState[] = ['draft', 'in_discussion', 'withdrawn'];
export const EDITABLE: ProposalState[] = ['draft', 'in_discussion'];
export const OPEN_TO_COMMENTS: ProposalState[] = ['in_discussion', 'submitted', 'voting'];
export const OPEN_TO_SUPPORT: ProposalState[] = ['in_discussion', 'submitted', 'voting'];

const STATE_NAMES: Record<ProposalState, string> = {
  draft: 'brouillon',
  in_discussion: 'en concertation',
  submitted: 'soumise au comité',
  voting: 'au vote',
  adopted: 'adoptée',
  rejected: 'rejetée',
  in_progress: 'en cours de mise en œuvre',
  implemented: 'mise en œuvre',
  withdrawn: 'retirée',
};
export const stateName = (state: ProposalState) => STATE_NAMES[state];

/** The same name as a label or a sentence's end starts (« En concertation »), for the states' lists elsewhere. */
export const PROPOSAL_STATE_LABELS: Record<ProposalState, string> = Object.fromEntries(
  Object.entries(STATE_NAMES).map(([state, name]) => [state, name.charAt(0).toUpperCase() + name.slice(1)]),
) as Record<ProposalState, string>;

const isAdmin = (viewer: ProposalViewer) => viewer.actor?.platformRole === 'admin';

/**
 * Who may do what to which proposal. A proposal is read by whoever may see its group, except a
 * draft, which only its authors and the group's facilitators see; once submitted, the target
 * committee's members read it too. Others get NOT_FOUND. Authors edit in `draft` and
 * `in_discussion`; the group's facilitators and members take part (comments, supports,
 * amendments); observers read. The workflow's transitions are in TRANSITIONS; `voting`, `adopted`
 * and `rejected` come from the votes only (`ProposalsService.recordVote…`).
 */
class ProposalsPolicy {
  /**
   * Authorship counts while its holder writes in the group: removed from it (or made observer),
   * an author keeps the credit but no longer reads a members-only group's proposals or a draft,
   * nor edits, comments or withdraws, in any group; a public group's proposals stay readable to
   * them as to everyone.
   */
  standingAuthorship(
    status: 'accepted' | 'invited' | null,
    groupRole: MembershipRole | null,
  ): ProposalViewer['authorship'] {
    return groupRole && WRITING_ROLES.includes(groupRole) ? status : null;
  }

  canRead(proposal: ProposalEntity, viewer: ProposalViewer): boolean {
    if (isAdmin(viewer) || viewer.authorship) return true;
    if (proposal.state === 'draft') return viewer.groupRole === 'facilitator';
    if (viewer.groupVisible) return true;
    return viewer.committeeRole !== null && !BEFORE_COMMITTEE.includes(proposal.state);
  }

  /**
   * `canRead` as the search's readers' keys (docs/search.md), for the proposal's document: its
   * authors while they write in the group; a draft, the group's facilitators; then whoever sees the
   * group, and the committee's members once it reaches them. Administrators read without keys.
   */
  searchReaders(proposal: ProposalEntity, authorIds: readonly string[]): string[] {
    const readers = authorIds.map((userId) => `author:${proposal.groupId}:${userId}`);
    if (proposal.state === 'draft') return [`facilitator:${proposal.groupId}`, ...readers];
    readers.unshift(`group:${proposal.groupId}`);
    if (proposal.committeeId && !BEFORE_COMMITTEE.includes(proposal.state)) {
      readers.unshift(`member:${proposal.committeeId}`);
    }
    return readers;
  }

  assertRead(proposal: ProposalEntity | null, viewer: ProposalViewer | null): asserts proposal is ProposalEntity {
    if (!proposal || !viewer || !this.canRead(proposal, viewer)) {
      throw DomainError.of('PROPOSAL_NOT_FOUND');
    }
  }

  isAuthor(viewer: ProposalViewer): boolean {
    return viewer.authorship === 'accepted';
  }

  assertAuthor(viewer: ProposalViewer): void {
    if (!this.isAuthor(viewer)) {
      throw DomainError.of('PROPOSAL_AUTHORS_ONLY');
    }
  }

  /** Members and facilitators of the group (and administrators) draft proposals in a working group. */
  assertMayDraft(groupRole: MembershipRole | null, actor: Actor): void {
    if (actor.platformRole !== 'admin' && !(groupRole && WRITING_ROLES.includes(groupRole))) {
      throw DomainError.of('PROPOSAL_DRAFTING_MEMBERS_ONLY');
    }
  }

  mayTakePart(viewer: ProposalViewer): boolean {
    return (
      isAdmin(viewer) || this.isAuthor(viewer) || viewer.groupRole === 'facilitator' || viewer.groupRole === 'member'
    );
  }

  assertTakePart(viewer: ProposalViewer): void {
    if (!viewer.actor) throw DomainError.of('PROPOSAL_SIGN_IN_TO_TAKE_PART');
    if (!this.mayTakePart(viewer)) {
      throw DomainError.of('PROPOSAL_MEMBERS_ONLY');
    }
  }

  mayModerate(viewer: ProposalViewer): boolean {
    return isAdmin(viewer) || viewer.groupRole === 'facilitator';
  }

  /** The text of a hidden comment is for those who moderate it, the reason for everyone. */
  shownComment(comment: CommentEntity, moderates: boolean): ShownComment {
    return comment.status === 'hidden' && !moderates ? { ...comment, body: null } : comment;
  }

  assertModerate(viewer: ProposalViewer): void {
    if (!this.mayModerate(viewer)) {
      throw DomainError.of('COMMENT_MODERATION_FACILITATORS_ONLY');
    }
  }

  /** Refuses the act for `reason` unless the proposal is in one of the `allowed` states. */
  assertState(proposal: ProposalEntity, allowed: readonly ProposalState[], reason: ErrorReason): void {
    if (!allowed.includes(proposal.state)) {
      throw DomainError.of(reason, { state: proposal.state, stateName: stateName(proposal.state) });
    }
  }

  mayMake(transition: Transition, viewer: ProposalViewer): boolean {
    const facilitates = (role: MembershipRole | null) => isAdmin(viewer) || role === 'facilitator';
    switch (TRANSITIONS[transition].by) {
      case 'authors':
        return this.isAuthor(viewer);
      case 'group':
        return facilitates(viewer.groupRole);
      case 'group_or_committee':
        return facilitates(viewer.groupRole) || facilitates(viewer.committeeRole);
    }
  }

  assertTransition(proposal: ProposalEntity, transition: Transition, viewer: ProposalViewer): void {
    if (!this.mayMake(transition, viewer)) throw DomainError.of(STEWARD_ONLY[TRANSITIONS[transition].by]);
    const allowed: readonly ProposalState[] = TRANSITIONS[transition].from;
    const to = TRANSITIONS[transition].to;
    if (!allowed.includes(proposal.state)) {
      throw DomainError.of('TRANSITION_NOT_ALLOWED', {
        state: proposal.state,
        stateName: stateName(proposal.state),
        to,
        toName: stateName(to),
      });
    }
  }

  /** What the viewer may do now besides transitions: the pages show only the buttons that work. */
  permissions(proposal: ProposalEntity, viewer: ProposalViewer): ProposalPermissions {
    const author = this.isAuthor(viewer);
    const takesPart = viewer.actor !== null && this.mayTakePart(viewer);
    return {
      edit: author && EDITABLE.includes(proposal.state),
      comment: takesPart && OPEN_TO_COMMENTS.includes(proposal.state),
      support: takesPart && OPEN_TO_SUPPORT.includes(proposal.state),
      amend: takesPart && !author && proposal.state === 'in_discussion',
      inviteCoauthors: author && EDITABLE.includes(proposal.state),
      moderate: this.mayModerate(viewer),
    };
  }

  /** The transitions this viewer may make now: the pages show exactly these buttons. */
  allowedTransitions(proposal: ProposalEntity, viewer: ProposalViewer): Transition[] {
    return (Object.keys(TRANSITIONS) as Transition[]).filter(
      (transition) =>
        (TRANSITIONS[transition].from as readonly ProposalState[]).includes(proposal.state) &&
        this.mayMake(transition, viewer),
    );
  }
}

export const proposalsPolicy: ProposalsPolicy = new ProposalsPolicy();
