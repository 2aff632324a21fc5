import { AUDIT_ERRORS } from './audit';
import { COMMON_ERRORS } from './commons';
import { CALL_ERRORS } from './calls';
import { CORE_ERRORS } from './core';
import { DISCUSSION_ERRORS } from './discussion';
import { DOMAIN_ERRORS } from './domains';
import { GROUP_ERRORS } from './groups';
import { IDENTITY_ERRORS } from './identity';
import { INDICATOR_ERRORS } from './indicators';
import { LIVE_ERRORS } from './live';
import { NOTIFICATION_ERRORS } from './notifications';
import { PROPOSAL_ERRORS } from './proposals';
import { PUBLICCODE_ERRORS } from './publiccode';
import { SEARCH_ERRORS } from './search';
import { RECOGNITION_ERRORS } from './recognition';
import { VOTE_ERRORS } from './votes';

/**
 * What the API and the web client share without a GraphQL round trip: limits, error reasons and
 * the live events. Plain TypeScript, no dependency: the web client imports it as the server does.
 */
export { ERROR_CODES, errorReasons, interpolate } from './errors';
export type { ErrorCode, ErrorReasonText } from './errors';
export { AUDIT_LIMITS } from './audit';
export {
  COMMON_KINDS,
  COMMON_LIMITS,
  COMMON_SLUG_PATTERN,
  COMMON_STATUSES,
  FORGES,
  OPEN_LICENCE_IDS,
  RECOMMENDED_LICENCES,
  REPOSITORY_ROLES,
  SCOLOMFR_VOCABULARIES,
  SCOLOMFR_VOCABULARY_NAMES,
} from './commons';
export type { CommonKind, CommonStatus, Forge, RepositoryRole, ScolomfrVocabulary } from './commons';
export {
  CALL_LIMITS,
  CALL_OPEN_LICENCES,
  CALL_STATES,
  COMMON_DRAFT_KINDS,
  DEFAULT_CALL_CRITERIA,
  MILESTONE_STATUSES,
  REVIEW_LINKS,
  REVIEW_STATES,
  SUBMISSION_DECISIONS,
  SUBMISSION_STATES,
} from './calls';
export type {
  CallState,
  CommonDraftKind,
  MilestoneStatus,
  ReviewLink,
  ReviewState,
  SubmissionDecision,
  SubmissionState,
} from './calls';
export { CORE_ERRORS, PAGE_SIZE_MAX } from './core';
export { DISCUSSION_LIMITS } from './discussion';
export { DOMAIN_LIMITS } from './domains';
export { beginsWithVowelSound, elide, ELIDING_WORDS } from './french';
export type { ElidingWord } from './french';
export { EMAIL_PATTERN, GROUP_LIMITS, GROUP_SLUG_PATTERN } from './groups';
export { ORGANISATION_RULES } from './identity';
export { INDICATOR_LIMITS, INDICATOR_SMALL_COUNT_TEXT } from './indicators';
export type { LiveAck, LiveClientEvents, LiveMessage, LiveRefusal, LiveServerEvents, LiveWatch } from './live';
export {
  DEFAULT_CADENCES,
  FOLLOW_SUBJECTS,
  NOTIFICATION_CADENCES,
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
} from './notifications';
export type {
  AnyDomainEvent,
  DomainEventKind,
  DomainEventMap,
  DomainEventOf,
  FollowSubject,
  NotificationCadence,
  NotificationKind,
} from './notifications';
export { PROPOSAL_LIMITS } from './proposals';
export { PUBLICCODE_LIMITS, PUBLICCODE_REPORT_SEVERITIES } from './publiccode';
export type { PubliccodeReportItem, PubliccodeReportSeverity } from './publiccode';
export { SEARCH_KINDS, SEARCH_LIMITS } from './search';
export type { SearchKind } from './search';
export { RECOGNITION_LIMITS } from './recognition';
export { VOTE_LIMITS } from './votes';

/** Every reason a request may be refused for (`extensions.reason`), with its code and texts. */
export const ERROR_REASONS = {
  ...CORE_ERRORS,
  ...IDENTITY_ERRORS,
  ...DOMAIN_ERRORS,
  ...AUDIT_ERRORS,
  ...GROUP_ERRORS,
  ...PROPOSAL_ERRORS,
  ...VOTE_ERRORS,
  ...DISCUSSION_ERRORS,
  ...LIVE_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...COMMON_ERRORS,
  ...PUBLICCODE_ERRORS,
  ...SEARCH_ERRORS,
  ...CALL_ERRORS,
  ...RECOGNITION_ERRORS,
  ...INDICATOR_ERRORS,
};

export type ErrorReason = keyof typeof ERROR_REASONS;
export * from './commons';
