import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@ouvroir/core';
import { createTransport, Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DevelopmentMailbox } from './development-mailbox';

/** A mail ready to go: French subject, HTML and plain text, and its one-click unsubscribe link. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `<delivery id@ouvroir>`: the same at every attempt, so a receiver can drop a duplicate. */
  messageId: string;
  unsubscribeUrl: string | null;
}

/** The SMTP server refused: `permanent` for a 5xx on the recipient (a bounce), else temporary. */
export class SendRefusal extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  message?: string;
  rejected?: unknown[];
}

/**
 * Where mails go: the SMTP server of SMTP_URL; without it, in development, `.eml` files in
 * DATA_DIR/mails (DevelopmentMailbox); in production, nowhere (the start log says so).
 */
@Injectable()
export class MailTransport {
  private readonly smtp: Transporter | null;
  private readonly files: Transporter;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly mailbox: DevelopmentMailbox,
  ) {
    const timeout = config.mail.timeoutSeconds * 1000;
    this.smtp = config.mail.smtpUrl
      ? createTransport({
          url: config.mail.smtpUrl,
          connectionTimeout: timeout,
          greetingTimeout: timeout,
          socketTimeout: timeout,
        } as SMTPTransport.Options)
      : null;
    this.files = createTransport({ streamTransport: true, buffer: true });
  }

  /** Whether mails go anywhere: not in production without SMTP_URL. */
  get sends(): boolean {
    return Boolean(this.smtp) || this.mailbox.enabled;
  }

  describe(logger: Logger): void {
    if (this.smtp) logger.log(`Courriels envoyés par ${new URL(this.config.mail.smtpUrl!).host}`);
    else if (this.mailbox.enabled) logger.log(`SMTP_URL absent : courriels écrits dans ${this.config.dataDir}/mails`);
    else logger.warn('SMTP_URL absent : aucun courriel ne sera envoyé (notifications dans l’application seulement)');
  }

  /** Sends (or writes) the mail; its Message-ID. Throws SendRefusal when the server refuses it. */
  async send(mail: OutgoingMail): Promise<string> {
    const message = {
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      headers: mail.unsubscribeUrl
        ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
        : {},
    };
    if (this.smtp) {
      try {
        await this.smtp.sendMail(message);
      } catch (error) {
        throw refusal(error as SmtpError);
      }
      return mail.messageId;
    }
    const written = (await this.files.sendMail(message)) as { message: Buffer };
    await this.mailbox.write(`${Date.now()}-${randomUUID().slice(0, 8)}`, written.message, {
      to: mail.to,
      subject: mail.subject,
      date: new Date(),
      text: mail.text,
      html: mail.html,
    });
    return mail.messageId;
  }
}

/** Permanent: a 5xx answer to the recipient (RCPT TO) or to the whole envelope; everything else may pass later. */
function refusal(error: SmtpError): SendRefusal {
  const code = error.responseCode ?? 0;
  const onRecipient = error.code === 'EENVELOPE' || error.command === 'RCPT TO';
  const text = `${code ? `${code} ` : ''}${error.message ?? 'erreur SMTP'}`.slice(0, 500);
  return new SendRefusal(text, code >= 500 && code < 600 && onRecipient);
}
