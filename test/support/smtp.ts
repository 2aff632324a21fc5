import { ParsedMail, simpleParser } from 'mailparser';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../setup/test-server';

/** How the server answers, changeable while it runs. */
export type SmtpMode =
  /** Accepts every mail (except the refused recipients). */
  | 'accept'
  /** Answers 421 (service unavailable, try later) to MAIL FROM. */
  | 'unavailable'
  /** Accepts the connection and never greets: the client times out. */
  | 'silent'
  /** Reads DATA and never answers it: the sending process may be killed meanwhile. */
  | 'hold';

export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
  raw: Buffer;
}

/** A real SMTP server on a free local port, for the mail tests. */
export interface TestSmtp {
  url: string;
  mails: ReceivedMail[];
  mode: SmtpMode;
  /** Addresses refused at RCPT TO with 550 (a bounce). */
  refused: Set<string>;
  /** DATA commands begun (a held one included). */
  dataStarted: number;
  /** Every RCPT TO received, refused ones included: how often an address was tried. */
  recipientsTried: string[];
  /** Drops the held connections, as when their client dies mid-send. */
  dropHeld(): void;
  /** The mails to `address` received so far. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

const error = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

/**
 * Starts the server; with `folder`, each accepted mail is also written there (`<n>.eml`), for tests in
 * another process than the server's (the browser tests' global setup starts it).
 */
export async function startTestSmtp(mode: SmtpMode = 'accept', folder?: string): Promise<TestSmtp> {
  const port = await freePort();
  const held = new Set<Socket>();
  const sockets = new Set<Socket>();
  const state: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    mails: [],
    mode,
    refused: new Set(),
    dataStarted: 0,
    recipientsTried: [],
    dropHeld: () => {
      for (const socket of held) socket.destroy();
      held.clear();
    },
    to: (address) => state.mails.filter((mail) => mail.to.includes(address)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(session, callback) {
      if (state.mode === 'silent') return; // never greets
      callback();
    },
    onMailFrom(_address, _session, callback) {
      if (state.mode === 'unavailable') return callback(error('Service indisponible, réessayez', 421));
      callback();
    },
    onRcptTo(address, _session, callback) {
      state.recipientsTried.push(address.address);
      if (state.refused.has(address.address)) return callback(error('Boîte inconnue', 550));
      callback();
    },
    onData(stream, session, callback) {
      state.dataStarted += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.mode === 'hold') return; // the message is never accepted
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((parsed) => {
          state.mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed, raw });
          if (folder) writeFileSync(join(folder, `${state.mails.length}.eml`), raw);
          callback();
        }, callback);
      });
    },
  });
  // The connections, to drop the held ones (a client killed mid-send) and close all at the end.
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    if (state.mode === 'hold') held.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      held.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return state;
}

/** Polls until `check` holds (no fixed sleep), failing with `what` after `seconds`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  seconds = 30,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The mails a test SMTP server wrote to `folder` for `address`, parsed, oldest first. */
export async function mailsInFolder(folder: string, address: string): Promise<ParsedMail[]> {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.eml'))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const mails = await Promise.all(files.map((name) => simpleParser(readFileSync(join(folder, name)))));
  return mails.filter((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.some((list) => list.value.some((entry) => entry.address === address));
  });
}
