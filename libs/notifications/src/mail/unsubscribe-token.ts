import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, NotificationKind } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { isUUID } from 'class-validator';

/** What a link unsubscribes from, and when it was issued (a later choice outdates it). */
export interface UnsubscribeClaim {
  userId: string;
  kind: NotificationKind;
  groupId: string | null;
  issuedAt: Date;
}

const TOKEN_MAX = 512;

/** `<payload>.<signature>`, both base64url: the payload is `[user, kind, group, issued-at ms]`. */
export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(
    JSON.stringify([claim.userId, claim.kind, claim.groupId, claim.issuedAt.getTime()]),
  ).toString('base64url');
  return `${payload}.${signature(key, payload)}`;
}

/** The claim of a link signed by us; UNSUBSCRIBE_LINK_INVALID for anything else. */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeClaim {
  const invalid = () => DomainError.of('UNSUBSCRIBE_LINK_INVALID');
  if (token.length > TOKEN_MAX) throw invalid();
  const [payload, given, ...rest] = token.split('.');
  if (!payload || !given || rest.length > 0) throw invalid();
  const expected = Buffer.from(signature(key, payload));
  const received = Buffer.from(given);
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) throw invalid();
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parts) || parts.length !== 4) throw invalid();
  const [userId, kind, groupId, issuedAt] = parts as unknown[];
  if (
    typeof userId !== 'string' ||
    !isUUID(userId) ||
    !NOTIFICATION_KINDS.includes(kind as NotificationKind) ||
    (groupId !== null && (typeof groupId !== 'string' || !isUUID(groupId))) ||
    typeof issuedAt !== 'number'
  ) {
    throw invalid();
  }
  return { userId, kind: kind as NotificationKind, groupId, issuedAt: new Date(issuedAt) };
}

const signature = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
