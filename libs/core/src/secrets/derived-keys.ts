import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';

/**
 * A key for one purpose (signing unsubscribe links, sealing an invitation's link in its mail job),
 * derived from SESSION_SECRET (required in production); without it, from a secret generated once
 * and kept in DATA_DIR/mail-secret (mode 600), so that links in mails already sent survive a restart.
 */
export function derivedKey(config: AppConfig, purpose: string): Buffer {
  return createHmac('sha256', config.session.secret ?? storedSecret(config.dataDir))
    .update(`ouvroir:${purpose}`)
    .digest();
}

function storedSecret(dataDir: string): string {
  const file = join(dataDir, 'mail-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (error) {
      // Another instance wrote it first: theirs is the one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/** `text` encrypted and authenticated (AES-256-GCM), base64url: for a secret that must travel through a job. */
export function seal(key: Buffer, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

export function unseal(key: Buffer, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
