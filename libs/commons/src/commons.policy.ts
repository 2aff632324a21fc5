import type { SubmissionDecision } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';

/** Where a viewer stands towards one common. */
export interface CommonViewer {
  actor: Actor | null;
  /** A maintainer in person, or a person of a maintaining organisation. */
  maintainer: boolean;
  /** A facilitator of the common's stewarding group. */
  stewardFacilitator: boolean;
  /** The organisation the viewer belongs to, if any. */
  organisationId: string | null;
}

/**
 * A laureate as a call's published decision names it: built by libs/calls inside the publication's
 * transaction, after its own policy let the call's facilitators publish; never from a form.
 */
export interface CallLaureate {
  callId: string;
  submissionId: string;
  decision: SubmissionDecision;
  /** The submission's accepted applicants, lead first: the entry's maintainers. */
  applicantIds: string[];
}

/** What the common's page offers the viewer. */
export interface CommonPermissions {
  edit: boolean;
  declareUsage: boolean;
  contact: boolean;
  confirmMaintenance: boolean;
}

const isAdmin = (actor: Actor | null) => actor?.platformRole === 'admin';

/**
 * Who may do what in the catalogue. Everyone reads it, archived commons included. Members and
 * administrators publish. The maintainers, the stewarding group's facilitators and the
 * administrators edit a common and everything about it (status, repositories, ScoLOMFR,
 * maintainers, maintenance, the publiccode.yml report). A person declares (and withdraws) the use of
 * their own organisation, an administrator any. Signed-in people write to the maintainers. The
 * proposal's authors or the common's stewards link a decision. A laureate enters the catalogue, or
 * an entry becomes one, only through a call's published decision (`assertLaureate`): no edit sets
 * `laureate_call_id`.
 */
export const commonsPolicy = {
  mayCreate(actor: Actor | null): boolean {
    return actor !== null && (actor.platformRole === 'member' || actor.platformRole === 'admin');
  },

  assertCreate(actor: Actor | null): void {
    if (!actor) throw DomainError.of('SIGN_IN_REQUIRED');
    if (!this.mayCreate(actor)) throw DomainError.of('COMMON_MEMBERS_ONLY');
  },

  /** A retained submission with applicants to maintain it; nothing else becomes a laureate. */
  assertLaureate(laureate: CallLaureate): void {
    if (
      (laureate.decision !== 'retained' && laureate.decision !== 'retained_with_conditions') ||
      laureate.applicantIds.length === 0
    ) {
      throw DomainError.of('COMMON_LAUREATE_INVALID');
    }
  },

  mayManage(viewer: CommonViewer): boolean {
    return isAdmin(viewer.actor) || (viewer.actor !== null && (viewer.maintainer || viewer.stewardFacilitator));
  },

  assertManage(viewer: CommonViewer): void {
    if (!viewer.actor) throw DomainError.of('SIGN_IN_REQUIRED');
    if (!this.mayManage(viewer)) throw DomainError.of('COMMON_MAINTAINERS_ONLY');
  },

  /** The publiccode.yml report is for those who manage the common: null for others. */
  mayReadReport(viewer: CommonViewer): boolean {
    return this.mayManage(viewer);
  },

  mayDeclareUsageFor(viewer: CommonViewer, organisationId: string): boolean {
    return isAdmin(viewer.actor) || (viewer.actor !== null && viewer.organisationId === organisationId);
  },

  assertDeclareUsageFor(viewer: CommonViewer, organisationId: string): void {
    if (!viewer.actor) throw DomainError.of('SIGN_IN_REQUIRED');
    if (!this.mayDeclareUsageFor(viewer, organisationId)) throw DomainError.of('USAGE_OWN_ORGANISATION_ONLY');
  },

  mayContact(actor: Actor | null): boolean {
    return actor !== null;
  },

  assertContact(actor: Actor | null): void {
    if (!actor) throw DomainError.of('COMMON_CONTACT_SIGN_IN');
  },

  mayLinkDecision(viewer: CommonViewer, authorOfProposal: boolean): boolean {
    return viewer.actor !== null && (authorOfProposal || this.mayManage(viewer));
  },

  assertLinkDecision(viewer: CommonViewer, authorOfProposal: boolean): void {
    if (!viewer.actor) throw DomainError.of('SIGN_IN_REQUIRED');
    if (!this.mayLinkDecision(viewer, authorOfProposal)) throw DomainError.of('DECISION_LINK_FORBIDDEN');
  },

  permissions(viewer: CommonViewer): CommonPermissions {
    const manages = this.mayManage(viewer);
    return {
      edit: manages,
      declareUsage: viewer.actor !== null && (isAdmin(viewer.actor) || viewer.organisationId !== null),
      contact: this.mayContact(viewer.actor),
      confirmMaintenance: manages,
    };
  },
};
