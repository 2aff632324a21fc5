import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError, loadConfig } from '@ouvroir/core';
import { simpleParser } from 'mailparser';
import { readFile } from 'node:fs/promises';
import { DevelopmentMailbox } from './development-mailbox';
import { MailTransport } from './mail-transport';

const mail = {
  to: 'aicha@ac-test.fr',
  subject: 'Ouvroir : le scrutin « Annuaire » est ouvert',
  html: '<html lang="fr"><body><h1>Du nouveau</h1></body></html>',
  text: 'Du nouveau',
  messageId: '<0b6f2a4e-3c1d-4f5e-8a9b-1c2d3e4f5a6b@ouvroir>',
  unsubscribeUrl: 'http://localhost:3000/desabonnement/abc.def',
};

describe('mails without an SMTP server', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ouvroir-mails-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const transportFor = (env: Record<string, string>) => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 'x'.repeat(32), ...env });
    const mailbox = new DevelopmentMailbox(config);
    return { mailbox, transport: new MailTransport(config, mailbox) };
  };

  it('are written as .eml files in development, with their headers, and listed for the demo page', async () => {
    const { mailbox, transport } = transportFor({ NODE_ENV: 'development' });
    expect(transport.sends).toBe(true);
    await transport.send(mail);
    const files = readdirSync(join(dataDir, 'mails'));
    const eml = files.find((file) => file.endsWith('.eml'))!;
    const parsed = await simpleParser(await readFile(join(dataDir, 'mails', eml)));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.messageId).toBe(mail.messageId);
    expect(parsed.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(await mailbox.list(10)).toEqual([
      expect.objectContaining({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html }),
    ]);
  });

  it('go nowhere in production or in tests, and the list is refused there', async () => {
    for (const env of ['production', 'test']) {
      const { mailbox, transport } = transportFor({ NODE_ENV: env });
      expect(transport.sends).toBe(false);
      await expect(mailbox.list(10)).rejects.toEqual(DomainError.of('MAILS_DEVELOPMENT_ONLY'));
    }
  });
});
