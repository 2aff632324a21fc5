import type { FollowSubject, NotificationKind } from '@ouvroir/contracts';
import type { NotificationSubject } from '../notification.entity';

/** What one event becomes: a notification of `kind` on its subject, for `recipients` (before the checks). */
export interface NoticePlan {
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: string;
  groupId: string | null;
  /** The path the notification and its mail open. */
  link: string;
  data: Record<string, unknown>;
  recipients: string[];
  /**
   * Whether each recipient must still be able to read the subject. False only where the event
   * itself concerns them and gives them the page (an invitation opens its group; a decision on
   * one's own join request).
   */
  readersOnly: boolean;
  /** People who follow the subject from now on, unless they unfollowed it (a commenter). */
  autoFollow?: { subjectType: FollowSubject; subjectId: string; userIds: string[] };
  /** An invitation to an address: its mail, apart from any account. */
  invitationMail?: { invitationId: string; sealedMail: string };
}
