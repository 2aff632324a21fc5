import { errorReasons } from './errors';

/**
 * The live connection's events (Socket.IO), shared by the server's gateways and the web client so
 * that both agree on names and payloads: `Server<LiveClientEvents, LiveServerEvents>` on one side,
 * `Socket<LiveServerEvents, LiveClientEvents>` on the other. Documented in docs/discussion.md.
 */

/** A message as live connections receive it. */
export interface LiveMessage {
  id: string;
  channelId: string;
  author: { id: string; displayName: string };
  body: string;
  bodyHtml: string;
  status: string;
  removalReason: string | null;
  createdAt: string;
  editedAt: string | null;
  mentionIds: string[];
}

/** A refused event, as its acknowledgement and the `ouvroir:error` event say it. */
export interface LiveRefusal {
  code: string;
  reason?: string;
  message: string;
}

/** What every client event answers through its acknowledgement. */
export type LiveAck<T extends object = object> = ({ ok: true } & T) | { ok: false; error: LiveRefusal };

/** Events the server sends. */
export interface LiveServerEvents {
  message: (message: LiveMessage) => void;
  'message:updated': (message: LiveMessage) => void;
  presence: (presence: { channelId: string; count: number; people: { id: string; displayName: string }[] }) => void;
  typing: (typing: { channelId: string; userId: string; displayName: string }) => void;
  'channel:activity': (activity: { channelId: string; messageId: string; authorId: string }) => void;
  'channel:read': (read: { channelId: string; lastReadId: string }) => void;
  mention: (mention: { channelId: string; messageId: string; author: { id: string; displayName: string } }) => void;
  'proposal:changed': (change: { id: string; what: 'state' | 'revision' | 'comment' | 'amendment' }) => void;
  'vote:changed': (change: { id: string; status: string; turnout: number }) => void;
  /** A notification was stored for the person (sent to their own room): the bell's new count. */
  'notification:new': (news: { unreadCount: number }) => void;
  /** Rooms may have missed events (Redis was away): join them again and read the pages again. */
  'live:resync': (nothing: Record<string, never>) => void;
  'ouvroir:error': (refusal: LiveRefusal & { event: string }) => void;
}

/** A room to follow: `{ proposalId }`, `{ voteId }`, or any kind a domain provides as `{ <kind>Id }`. */
export type LiveWatch = Partial<Record<`${string}Id`, string>>;

/** Events the client sends, each answered through its acknowledgement. */
export interface LiveClientEvents {
  'channel:join': (
    join: { channelId: string; after?: string },
    ack: (answer: LiveAck<{ missed: LiveMessage[]; truncated: boolean }>) => void,
  ) => void;
  'channel:leave': (leave: { channelId: string }, ack: (answer: LiveAck) => void) => void;
  'message:send': (
    send: { channelId: string; body: string },
    ack: (answer: LiveAck<{ message: LiveMessage }>) => void,
  ) => void;
  typing: (typing: { channelId: string }, ack: (answer: LiveAck<{ sent: boolean }>) => void) => void;
  'unread:follow': (nothing: Record<string, never>, ack: (answer: LiveAck<{ channelIds: string[] }>) => void) => void;
  watch: (watch: LiveWatch, ack: (answer: LiveAck) => void) => void;
  unwatch: (watch: LiveWatch, ack: (answer: LiveAck) => void) => void;
}

export const LIVE_ERRORS = errorReasons({
  LIVE_FIELD_INVALID: {
    code: 'BAD_USER_INPUT',
    fr: 'Champ « {{field}} » manquant ou invalide.',
    en: 'Field “{{field}}” is missing or invalid.',
  },
  LIVE_SESSION_ENDED: {
    code: 'UNAUTHENTICATED',
    fr: 'Votre session a pris fin : identifiez-vous de nouveau.',
    en: 'Your session has ended: sign in again.',
  },
  LIVE_ROOM_UNKNOWN: {
    code: 'BAD_USER_INPUT',
    fr: 'Indiquez ce que vous voulez suivre : une proposition, un scrutin…',
    en: 'Say what you want to follow: a proposal, a vote…',
  },
});
