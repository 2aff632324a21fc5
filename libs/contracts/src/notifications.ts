import { errorReasons } from './errors';

/**
 * What happens to someone that they should learn without visiting a page: the kinds of
 * notifications, the domain events behind them, the cadences of their e-mails. Shared with the web
 * client, which composes each notification's sentence from its kind and data (docs/notifications.md).
 */
export const NOTIFICATION_KINDS = [
  'group_invitation',
  'join_request_received',
  'join_request_decided',
  'coauthor_invited',
  'coauthor_answered',
  'amendment_proposed',
  'amendment_decided',
  'mention',
  'comment',
  'proposal_moved',
  'vote_opened',
  'vote_closing',
  'vote_closed',
  'proxy_given',
  'proxy_used',
  'common_maintainer_message',
  'common_maintainer_added',
  'common_usage_declared',
  'common_maintenance_due',
  'call_opened',
  'review_assigned',
  'eligibility_decided',
  'submission_decided',
  'milestone_late',
  'contribution_attested',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CADENCES = ['immediately', 'daily', 'weekly', 'never'] as const;
export type NotificationCadence = (typeof NOTIFICATION_CADENCES)[number];

/**
 * Each kind's cadence when the person chose none: what asks for an answer or a ballot comes at
 * once; conversation (comments, mentions, moves of a followed proposal) in the daily digest.
 */
export const DEFAULT_CADENCES: Record<NotificationKind, NotificationCadence> = {
  group_invitation: 'immediately',
  join_request_received: 'immediately',
  join_request_decided: 'immediately',
  coauthor_invited: 'immediately',
  coauthor_answered: 'immediately',
  amendment_proposed: 'daily',
  amendment_decided: 'daily',
  mention: 'daily',
  comment: 'daily',
  proposal_moved: 'daily',
  vote_opened: 'immediately',
  vote_closing: 'immediately',
  vote_closed: 'immediately',
  proxy_given: 'immediately',
  proxy_used: 'immediately',
  common_maintainer_message: 'immediately',
  common_maintainer_added: 'immediately',
  common_usage_declared: 'daily',
  common_maintenance_due: 'immediately',
  call_opened: 'daily',
  review_assigned: 'immediately',
  eligibility_decided: 'immediately',
  submission_decided: 'immediately',
  milestone_late: 'daily',
  contribution_attested: 'immediately',
};

export const FOLLOW_SUBJECTS = ['proposal', 'group'] as const;
export type FollowSubject = (typeof FOLLOW_SUBJECTS)[number];

/**
 * The domain events: kind → payload. Ids only, never texts: a notification shows what the object
 * says when it is read, and an event enqueued with a title would keep a text its author changed or
 * hid. `actorId` is who acted (never notified of their own act); null for the clock.
 */
export interface DomainEventMap {
  /**
   * A nominative invitation (`inviteeId`) or one by e-mail (`sealedMail`: the address and the
   * link, encrypted for the mail job, since the link's token is kept nowhere).
   */
  group_invitation: {
    actorId: string;
    groupId: string;
    invitationId: string;
    inviteeId: string | null;
    sealedMail: string | null;
  };
  join_request_received: { actorId: string; groupId: string; requestId: string };
  join_request_decided: { actorId: string; groupId: string; requestId: string; requesterId: string; accepted: boolean };
  coauthor_invited: { actorId: string; proposalId: string; inviteeId: string };
  coauthor_answered: { actorId: string; proposalId: string; accepted: boolean };
  amendment_proposed: { actorId: string; proposalId: string; amendmentId: string };
  amendment_decided: { actorId: string; proposalId: string; amendmentId: string; authorId: string; accepted: boolean };
  mention: {
    actorId: string;
    channelId: string;
    messageId: string;
    mentionedIds: string[];
    groupId: string | null;
    proposalId: string | null;
  };
  comment: { actorId: string; proposalId: string; commentId: string };
  proposal_moved: { actorId: string | null; proposalId: string; state: string };
  vote_opened: { actorId: string | null; voteId: string };
  vote_closing: { actorId: null; voteId: string };
  vote_closed: { actorId: null; voteId: string; outcome: string };
  proxy_given: { actorId: string; voteId: string; holderId: string };
  proxy_used: { actorId: string; voteId: string; grantorId: string };
  /** A message relayed to the maintainers in person of a common (its text is kept by the catalogue). */
  common_maintainer_message: { actorId: string; commonId: string; messageId: string };
  common_maintainer_added: { actorId: string; commonId: string; userId: string };
  common_usage_declared: { actorId: string; commonId: string; organisationId: string };
  /** The maintenance was confirmed more than 12 months ago (the daily job). */
  common_maintenance_due: { actorId: null; commonId: string };
  /** To the members of the call's committee. */
  call_opened: { actorId: string; callId: string };
  /** To the reviewers given new assignments. */
  review_assigned: { actorId: string; callId: string; reviewerIds: string[] };
  /** To the submission's applicants. */
  eligibility_decided: { actorId: string; submissionId: string; eligible: boolean };
  /** To the submission's applicants, when the decisions are published. */
  submission_decided: { actorId: string; submissionId: string; retained: boolean };
  /** To the call's facilitators, due the day after the milestone's date (nothing if done or abandoned by then). */
  milestone_late: { actorId: null; milestoneId: string };
  /** A facilitator attested the person's contribution in a group (recognition). */
  contribution_attested: { actorId: string; attestationId: string; groupId: string; personId: string };
}
export type DomainEventKind = keyof DomainEventMap;
export type DomainEventOf<K extends DomainEventKind> = { kind: K; id: string; at: string } & DomainEventMap[K];
export type AnyDomainEvent = { [K in DomainEventKind]: DomainEventOf<K> }[DomainEventKind];

export const NOTIFICATION_LIMITS = {
  /** Ids one mark-read may name. */
  markReadMax: 100,
  /** A page of the notifications list. */
  pageMax: 100,
} as const;

export const NOTIFICATION_ERRORS = errorReasons({
  NOTIFICATION_IDS_TOO_MANY: {
    code: 'BAD_USER_INPUT',
    fr: 'Pas plus de {{max}} notifications à la fois.',
    en: 'No more than {{max}} notifications at once.',
  },
  NOTIFICATION_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Cette notification n’existe pas, ou elle ne vous est pas adressée.',
    en: 'This notification does not exist, or it is not addressed to you.',
  },
  NOTIFICATION_PREFERENCE_NOT_MEMBER: {
    code: 'FORBIDDEN',
    fr: 'Vous ne pouvez régler les notifications que des groupes dont vous êtes membre.',
    en: 'You may only set notifications for groups you are a member of.',
  },
  FOLLOW_SUBJECT_NOT_FOUND: {
    code: 'NOT_FOUND',
    fr: 'Ce que vous voulez suivre n’existe pas, ou il ne vous est pas visible.',
    en: 'What you want to follow does not exist, or you cannot see it.',
  },
  UNSUBSCRIBE_LINK_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Ce lien de désabonnement n’est pas valide : il a peut-être été mal copié.',
    en: 'This unsubscribe link is not valid: it may have been copied wrongly.',
  },
  UNSUBSCRIBE_LINK_OUTDATED: {
    code: 'CONFLICT',
    fr: 'Ce lien de désabonnement est plus ancien que votre dernier choix pour ces notifications : il ne s’applique plus. Réglez vos préférences depuis votre compte.',
    en: 'This unsubscribe link is older than your last choice for these notifications: it no longer applies. Set your preferences from your account.',
  },
  MAILS_PAGE_SIZE: {
    code: 'BAD_USER_INPUT',
    fr: 'Entre 1 et {{max}} courriels à la fois.',
    en: 'Between 1 and {{max}} mails at once.',
  },
  MAILS_DEVELOPMENT_ONLY: {
    code: 'NOT_FOUND',
    fr: 'Les messages écrits sur disque ne se lisent qu’en développement.',
    en: 'Mails written to disk can only be read in development.',
  },
});
