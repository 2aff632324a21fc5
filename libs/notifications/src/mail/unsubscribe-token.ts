import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, NotificationKind } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';

/** What a link unsubscribes from, and when it was issued (a later choice outdates it). */
export interface UnsubscribeClaim {
  userId: string;
  kind: NotificationKind;
  groupId: string | null;
  issuedAt: Date;
}

/**
 * `<payload>.<signature>`, base64url, under the 100 characters of a route parameter: the payload
 * is the user's id (16 bytes), the group's (16 bytes, zeros for all groups), the kind's index (1
 * byte) and the issue time in milliseconds (6 bytes); the signature, HMAC-SHA-256 cut to 128 bits.
 */
const PAYLOAD_BYTES = 39;
const SIGNATURE_BYTES = 16;
const NO_GROUP = Buffer.alloc(16);

export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  uuidBytes(claim.userId).copy(payload, 0);
  (claim.groupId ? uuidBytes(claim.groupId) : NO_GROUP).copy(payload, 16);
  payload.writeUInt8(NOTIFICATION_KINDS.indexOf(claim.kind), 32);
  payload.writeUIntBE(claim.issuedAt.getTime(), 33, 6);
  return `${payload.toString('base64url')}.${signature(key, payload).toString('base64url')}`;
}

/** The claim of a link signed by us; UNSUBSCRIBE_LINK_INVALID for anything else. */
export function verifyUnsubscribe(key: Buffer, token: string): UnsubscribeClaim {
  const invalid = () => DomainError.of('UNSUBSCRIBE_LINK_INVALID');
  const [encoded, given, ...rest] = token.split('.');
  if (!encoded || !given || rest.length > 0 || !/^[\w-]+$/.test(encoded + given)) throw invalid();
  const payload = Buffer.from(encoded, 'base64url');
  const received = Buffer.from(given, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || received.length !== SIGNATURE_BYTES) throw invalid();
  // base64url's last character carries unused bits: another one may decode to the same bytes. Only
  // the encoding we wrote is accepted, so that an altered link is never taken for the original.
  if (payload.toString('base64url') !== encoded || received.toString('base64url') !== given) throw invalid();
  if (!timingSafeEqual(signature(key, payload), received)) throw invalid();
  const kind = NOTIFICATION_KINDS[payload.readUInt8(32)];
  if (!kind) throw invalid();
  const group = payload.subarray(16, 32);
  return {
    userId: uuidOf(payload.subarray(0, 16)),
    kind,
    groupId: group.equals(NO_GROUP) ? null : uuidOf(group),
    issuedAt: new Date(payload.readUIntBE(33, 6)),
  };
}

const signature = (key: Buffer, payload: Buffer) =>
  createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

const uuidOf = (bytes: Buffer) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
