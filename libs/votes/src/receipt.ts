import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so that a receipt read aloud or retyped stays right. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new receipt: 80 random bits, as `XXXX-XXXX-XXXX-XXXX`. */
export function newReceipt(): string {
  let bits = 0n;
  for (const byte of randomBytes(10)) bits = (bits << 8n) | BigInt(byte);
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
