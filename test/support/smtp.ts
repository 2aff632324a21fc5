import { ParsedMail, simpleParser } from 'mailparser';
import { Socket } from 'node:net';
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
  /** Drops the held connections, as when their client dies mid-send. */
  dropHeld(): void;
  /** The mails to `address` received so far. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

const error = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

export async function startTestSmtp(mode: SmtpMode = 'accept'): Promise<TestSmtp> {
  const port = await freePort();
  const held = new Set<Socket>();
  const sockets = new Set<Socket>();
  const state: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    mails: [],
    mode,
    refused: new Set(),
    dataStarted: 0,
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
