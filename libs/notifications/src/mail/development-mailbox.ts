import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError, InjectConfig } from '@ouvroir/core';

export interface DevelopmentMail {
  id: string;
  to: string;
  subject: string;
  date: Date;
  text: string;
  html: string;
}

const LIST_MAX = 100;

/**
 * Development without SMTP_URL: each mail is written to DATA_DIR/mails as `<id>.eml` (what would
 * have been sent, to open in a mail reader) beside `<id>.json` (for the demo's page to list).
 */
@Injectable()
export class DevelopmentMailbox {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** In development only: tests without an SMTP server send nothing and write nothing. */
  get enabled(): boolean {
    return this.config.env === 'development' && !this.config.mail.smtpUrl;
  }

  private get folder(): string {
    return join(this.config.dataDir, 'mails');
  }

  async write(id: string, raw: Buffer, mail: Omit<DevelopmentMail, 'id'>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFile(join(this.folder, `${id}.eml`), raw);
    await writeFile(join(this.folder, `${id}.json`), JSON.stringify(mail));
  }

  async list(first: number): Promise<DevelopmentMail[]> {
    if (!this.enabled) throw DomainError.of('MAILS_DEVELOPMENT_ONLY');
    if (first < 1 || first > LIST_MAX) throw DomainError.of('MAILS_PAGE_SIZE', { field: 'first', max: LIST_MAX });
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const mails = await Promise.all(
      names
        .filter((name) => name.endsWith('.json'))
        .map(async (name) => {
          const mail = JSON.parse(await readFile(join(this.folder, name), 'utf8')) as Omit<DevelopmentMail, 'id'>;
          return { ...mail, id: name.replace(/\.json$/, ''), date: new Date(mail.date) };
        }),
    );
    return mails.sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, first);
  }
}
