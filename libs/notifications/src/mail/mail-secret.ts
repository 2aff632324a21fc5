import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@ouvroir/core';

/**
 * The key that signs unsubscribe links (and seals invitation links in their mail job), derived
 * from SESSION_SECRET (required in production); without it, one generated once and kept in
 * DATA_DIR/mail-secret (mode 600), so that the links of mails already sent survive a restart.
 */
export function mailKey(config: AppConfig, purpose: 'unsubscribe' | 'invitation'): Buffer {
  return createHmac('sha256', config.session.secret ?? storedSecret(config.dataDir))
    .update(`ouvroir:mail:${purpose}`)
    .digest();
}

function storedSecret(dataDir: string): string {
  const file = join(dataDir, 'mail-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}
