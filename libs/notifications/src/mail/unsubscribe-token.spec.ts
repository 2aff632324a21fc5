import { randomBytes } from 'node:crypto';
import { DomainError } from '@ouvroir/core';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

const key = randomBytes(32);
const claim = {
  userId: '0b6f2a4e-3c1d-4f5e-8a9b-1c2d3e4f5a6b',
  kind: 'comment' as const,
  groupId: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
  issuedAt: new Date('2026-12-06T10:00:00.123Z'),
};

const reasonOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.reason : String(error);
  }
  return 'accepted';
};

describe('unsubscribe tokens', () => {
  it('carry the person, the kind, the group and the issue time, under the 100 characters of a route parameter', () => {
    const token = signUnsubscribe(key, claim);
    expect(token.length).toBeLessThan(100);
    expect(verifyUnsubscribe(key, token)).toEqual(claim);
    expect(verifyUnsubscribe(key, signUnsubscribe(key, { ...claim, groupId: null }))).toEqual({
      ...claim,
      groupId: null,
    });
  });

  it('refuse any alteration, another key, and what is not a token', () => {
    const token = signUnsubscribe(key, claim);
    const [payload, signature] = token.split('.');
    const flipped = Buffer.from(payload, 'base64url');
    flipped[32] = 0; // another kind
    for (const forged of [
      `${flipped.toString('base64url')}.${signature}`,
      // Another last character (it carries 2 bits: A, Q, g or w), never the signature's own.
      `${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'Q' : 'A'}`,
      // One decoding to the same bytes (unused bits set): only our own encoding is accepted.
      `${payload}.${signature.slice(0, -1)}${String.fromCharCode(signature.charCodeAt(signature.length - 1) + 1)}`,
      `${payload}.`,
      payload,
      `${token}.x`,
      '',
      'a'.repeat(5000),
      `${payload}.${signature}%00`,
    ]) {
      expect(reasonOf(() => verifyUnsubscribe(key, forged))).toBe('UNSUBSCRIBE_LINK_INVALID');
    }
    expect(reasonOf(() => verifyUnsubscribe(randomBytes(32), token))).toBe('UNSUBSCRIBE_LINK_INVALID');
  });
});
