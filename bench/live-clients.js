// Socket.IO clients of the live figures in `npm run bench`, run by bench/live.js (pinned to the
// load core) and driven over IPC. Messages carry their send time, `bench <seq> <sent ms>`, on the
// monotonic clock that every process of the machine shares, so that a receiver reports
// send→receive without asking the sender.
const { io } = require('socket.io-client');

/** Milliseconds on the machine's monotonic clock, to the microsecond. */
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;

const sockets = [];
/** The clients that joined the channel. */
const members = new Set();
/** [sent ms, received ms] of every message received, flattened. */
let receipts = [];
/** Receivers so far of each message, when the parent waits for each message to reach them all. */
const reached = new Map();
let notify = false;
let joined = 0;
/** Joined clients still connected when the parent started waiting for each message to reach them all. */
let expected = 0;
/** Why connected clients were disconnected, with how many. */
const disconnections = new Map();
/** Presence events received by the joined clients, and the people they listed in all. */
const presence = { events: 0, people: 0 };

function onMessage(message) {
  const [tag, seq, sent] = String(message.body).split(' ');
  if (tag !== 'bench') return;
  receipts.push(Number(sent), now());
  if (!notify) return;
  const count = (reached.get(seq) ?? 0) + 1;
  reached.set(seq, count);
  if (count >= expected) {
    reached.delete(seq);
    process.send({ type: 'delivered', seq });
  }
}

function connectOne(url, cookie) {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      sockets.push(socket);
      socket.on('disconnect', (reason) => {
        disconnections.set(reason, (disconnections.get(reason) ?? 0) + 1);
        if (!notify || !members.has(socket)) return;
        // A message being waited for may now have reached every client still connected.
        expected--;
        for (const [seq, count] of reached) {
          if (count < expected) continue;
          reached.delete(seq);
          process.send({ type: 'delivered', seq });
        }
      });
      resolve();
    });
  });
}

async function joinOne(socket, channelId) {
  socket.on('message', onMessage);
  socket.on('presence', (payload) => {
    presence.events++;
    presence.people += payload.people.length;
  });
  const answer = await socket.timeout(900_000).emitWithAck('channel:join', { channelId });
  if (!answer.ok) throw new Error(`channel:join: ${answer.error.code}`);
  members.add(socket);
  joined++;
}

/** Runs `work(item)` for each item, `concurrency` at a time; counts the errors by message. */
async function each(items, concurrency, work, errors) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch((error) => errors.set(error.message, (errors.get(error.message) ?? 0) + 1));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Connects `cookies.length` clients, `concurrency` handshakes at a time, then, once all are
 * connected, joins them to `channelId` if given.
 */
async function connect({ url, cookies, channelId, concurrency = 50 }) {
  const started = now();
  const errors = new Map();
  await each(cookies, concurrency, (cookie) => connectOne(url, cookie), errors);
  const connectMs = now() - started;
  if (channelId) await each([...sockets], concurrency, (socket) => joinOne(socket, channelId), errors);
  return {
    connected: sockets.filter((socket) => socket.connected).length,
    joined,
    errors: [...errors],
    connectMs,
    joinMs: now() - started - connectMs,
  };
}

/**
 * Every joined client sends a message each `interval` ms from `start` until `until` (monotonic ms),
 * spread evenly over the interval; answers with the acknowledgements' outcomes once all came back.
 */
async function send({ channelId, interval, start, until }) {
  const outcomes = new Map();
  const count = (key) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  const senders = sockets.filter((socket) => socket.connected);
  let seq = 0;
  await Promise.all(
    senders.map(async (socket, index) => {
      const pending = [];
      for (let at = start + (index / senders.length) * interval; at < until; at += interval) {
        const wait = at - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        pending.push(
          socket
            .timeout(30_000)
            .emitWithAck('message:send', { channelId, body: `bench ${process.pid}-${seq++} ${now()}` })
            .then(
              (answer) => count(answer.ok ? 'ok' : answer.error.code),
              () => count('no acknowledgement in 30 s'),
            ),
        );
      }
      await Promise.all(pending);
    }),
  );
  return { outcomes: [...outcomes] };
}

const commands = {
  connect,
  send,
  /** Presence received, disconnections, and the joined clients still connected. */
  state: async () => ({
    presence,
    disconnections: [...disconnections],
    connected: sockets.filter((socket) => socket.connected && members.has(socket)).length,
  }),
  notify: async ({ on }) => {
    notify = on;
    expected = sockets.filter((socket) => socket.connected && members.has(socket)).length;
    return { expected };
  },
  /** The receipts so far, then forgets them. */
  receipts: async () => {
    const taken = receipts;
    receipts = [];
    return { receipts: taken };
  },
  close: async () => {
    for (const socket of sockets) socket.disconnect();
    return {};
  },
};

process.on('message', ({ id, command, ...args }) => {
  commands[command](args).then(
    (result) => process.send({ type: 'reply', id, ...result }),
    (error) => process.send({ type: 'reply', id, error: error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
