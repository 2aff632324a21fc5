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

  assertRead(proposal: ProposalEntity | null, viewer: ProposalViewer): asserts proposal is ProposalEntity {
    if (!proposal || !this.canRead(proposal, viewer)) {
      throw new DomainError('NOT_FOUND', 'Cette proposition n’existe pas, ou elle ne vous est pas visible.');
    }
  }

  isAuthor(viewer: ProposalViewer): boolean {
    return viewer.authorship === 'accepted';
  }

  assertAuthor(viewer: ProposalViewer): void {
    if (!this.isAuthor(viewer)) {
      throw new DomainError('FORBIDDEN', 'Seuls les auteurs de la proposition peuvent faire cela.');
    }
  }

  /** Members and facilitators of the group (and administrators) draft proposals in a working group. */
  assertMayDraft(groupRole: MembershipRole | null, actor: Actor): void {
    if (actor.platformRole !== 'admin' && !(groupRole && WRITING_ROLES.includes(groupRole))) {
      throw new DomainError('FORBIDDEN', 'Seuls les membres du groupe rédigent des propositions.');
    }
  }

  mayTakePart(viewer: ProposalViewer): boolean {
    return (
      isAdmin(viewer) || this.isAuthor(viewer) || viewer.groupRole === 'facilitator' || viewer.groupRole === 'member'
    );
  }

  assertTakePart(viewer: ProposalViewer): void {
    if (!viewer.actor) throw new DomainError('UNAUTHENTICATED', 'Identifiez-vous pour participer.');
    if (!this.mayTakePart(viewer)) {
      throw new DomainError('FORBIDDEN', 'Seuls les membres du groupe participent à cette proposition.');
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
      throw new DomainError('FORBIDDEN', 'Seuls les animateurs du groupe modèrent les commentaires.');
    }
  }

  assertState(proposal: ProposalEntity, allowed: ProposalState[], what: string): void {
    if (!allowed.includes(proposal.state)) {
      throw new DomainError(
        'CONFLICT',
        `La proposition est « ${stateName(proposal.state)} » : ${what} n’est pas possible dans cet état.`,
      );
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
    if (!this.mayMake(transition, viewer)) {
      const who = {
        authors: 'ses auteurs',
        group: 'les animateurs du groupe',
        group_or_committee: 'les animateurs du groupe ou du comité',
      }[TRANSITIONS[transition].by];
      throw new DomainError('FORBIDDEN', `Seuls ${who} peuvent faire avancer la proposition ainsi.`);
    }
    const allowed: readonly ProposalState[] = TRANSITIONS[transition].from;
    if (!allowed.includes(proposal.state)) {
      throw new DomainError(
        'CONFLICT',
        `La proposition est « ${stateName(proposal.state)} » : elle ne peut pas passer à « ${stateName(TRANSITIONS[transition].to)} ».`,
      );
    }
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
