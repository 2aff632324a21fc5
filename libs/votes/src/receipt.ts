import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { VOTE_LIMITS } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';

/** Crockford's base 32: no I, L, O or U, so that a receipt read aloud or retyped stays right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ballot secret: at least 128 random bits in base64url (22 characters), made by the voter's browser. */
const SECRET = new RegExp(`^[A-Za-z0-9_-]{${VOTE_LIMITS.ballotSecretMin},${VOTE_LIMITS.ballotSecretMax}}$`);

/** What a ballot secret gives: the receipt (the public tracker) and the hash of the change key (stored). */
export interface BallotKeys {
  receipt: string;
  changeKeyHash: string;
}

/**
 * Derives a ballot's receipt and change key from the secret the voter's browser made, for this
 * vote only. Two domain-separated HMACs: the receipt may be shown to anyone without giving the
 * change key, and only a hash of the change key is stored, so that reading the database does not
 * allow changing a ballot. The same secret always gives the same receipt: a retried ballot finds
 * its own (docs/votes.md).
 */
export function ballotKeys(voteId: string, secret: string | null | undefined): BallotKeys {
  if (!secret || !SECRET.test(secret)) {
    throw DomainError.of('BALLOT_SECRET_UNREADABLE', { field: 'secret' });
  }
  const key = Buffer.from(secret, 'base64url');
  const mac = (purpose: string) => createHmac('sha256', key).update(`ouvroir-${purpose}/1\0${voteId}`).digest();
  const changeKey = mac('change-key');
  return { receipt: receiptOf(mac('receipt')), changeKeyHash: createHash('sha256').update(changeKey).digest('hex') };
}

/** Whether a stored change-key hash is the one a secret gives, in constant time. */
export const sameChangeKey = (stored: string, given: string): boolean =>
  stored.length === given.length && timingSafeEqual(Buffer.from(stored), Buffer.from(given));

/** The first 80 bits, as `XXXX-XXXX-XXXX-XXXX`. */
function receiptOf(bytes: Buffer): string {
  let bits = 0n;
  for (const byte of bytes.subarray(0, 10)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 16; i += 1) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join('-');
}

/** A receipt as typed by someone: case, spaces and dashes ignored, O read as 0 and I or L as 1. */
export function normaliseReceipt(typed: string): string {
  const code = typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === 16 ? code.match(/.{4}/g)!.join('-') : code;
}
