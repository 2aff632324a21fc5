// Live figures in `npm run bench`, each next to a bare Socket.IO server (bench/bare-socketio-server.js,
// on the same core as the built server) in the same run: memory per idle connection with 5,000
// connections, delivery latency of a message to 1,000 clients in one room, and what a room of 50
// active members sustains within the rate limit. Clients are socket.io-client processes
// (bench/live-clients.js) on the load core.
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const { io } = require('socket.io-client');
const { sessionCookie } = require('./votes');

const IDLE = 5000;
const RECEIVERS = 1000;
const SENDERS = 10;
const MESSAGES = 50;
const MEMBERS = 50;
/** Seconds measured in the room of 50, after 2 s unmeasured. */
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 10);
/**
 * The gateway lets a member send 10 messages in 5 s (libs/discussion, counted in PostgreSQL):
 * 2 per second sustained, 100 messages/s for 50 members. Each sends one every 550 ms (1.8/s), so
 * that a rolling 5-second window never holds more than 10 of them, whatever the jitter.
 */
const INTERVAL = 550;
const PROCESSES = 4;
const root = join(__dirname, '..');

const now = () => Number(process.hrtime.bigint() / 1000n) / 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** NaN when nothing was received. */
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const fmt = (value, digits = 1) => value.toFixed(digits).padStart(7);
const thousands = (value) => value.toLocaleString('en');

/** Resident memory of a process, in KiB. */
const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
/** CPU time of a process so far, in clock ticks (1/100 s). */
const cpu = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/**
 * Waits until `pids` together have used under 4 % of a core for a second (at most `limit` ms),
 * and says how long it took.
 */
async function quiet(pids, limit = 60_000) {
  const started = now();
  const total = () => [pids].flat().reduce((sum, pid) => sum + cpu(pid), 0);
  let last = total();
  while (now() - started < limit) {
    await sleep(1000);
    const current = total();
    if (current - last <= 4) break;
    last = current;
  }
  return now() - started;
}

/** `count` client processes on core 1, driven through `ask(command, args)`. */
function clientProcesses(count) {
  return Array.from({ length: count }, () => {
    const child = spawn('taskset', ['-c', '1', process.execPath, 'bench/live-clients.js'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const waiting = new Map();
    const listeners = new Set();
    let lastId = 0;
    child.on('message', (message) => {
      if (message.type !== 'reply') return listeners.forEach((listener) => listener(message));
      const { resolve, reject } = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    });
    child.once('exit', (code) => {
      for (const { reject } of waiting.values()) reject(new Error(`live-clients.js exited with ${code}`));
    });
    return {
      child,
      listeners,
      ask: (command, args = {}) =>
        new Promise((resolve, reject) => {
          const id = ++lastId;
          waiting.set(id, { resolve, reject });
          child.send({ id, command, ...args });
        }),
    };
  });
}

function stop(processes) {
  for (const { child } of processes) if (child.exitCode === null) child.kill('SIGKILL');
}

/** Splits `items` into `parts` nearly equal slices. */
const split = (items, parts) =>
  Array.from({ length: parts }, (_, i) =>
    items.slice(Math.floor((i * items.length) / parts), Math.floor(((i + 1) * items.length) / parts)),
  );

async function connectAll(processes, target, cookies, channelId) {
  const answers = await Promise.all(
    split(cookies, processes.length).map((part, i) =>
      processes[i].ask('connect', { url: target.url, cookies: part, channelId }),
    ),
  );
  const sum = (key) => answers.reduce((total, answer) => total + answer[key], 0);
  const longest = (key) => Math.max(...answers.map((answer) => answer[key]));
  const figures = {
    connected: sum('connected'),
    joined: sum('joined'),
    connectMs: longest('connectMs'),
    joinMs: longest('joinMs'),
  };
  const errors = answers.flatMap((answer) => answer.errors);
  if (figures.connected < cookies.length || (channelId && figures.joined < cookies.length)) {
    console.log(
      `      ${target.name}: ${figures.connected} of ${cookies.length} connected, ${figures.joined} joined; ${JSON.stringify(errors)}`,
    );
  }
  return figures;
}

/** Server RSS before and after 5,000 idle signed-in connections, per connection. */
async function idleMemory(target) {
  const warmUp = clientProcesses(1);
  try {
    await connectAll(warmUp, target, target.cookies.slice(0, 20));
  } finally {
    stop(warmUp);
  }
  await quiet(target.pid);
  const before = rss(target.pid);
  const processes = clientProcesses(PROCESSES);
  try {
    const { connected } = await connectAll(processes, target, target.cookies.slice(0, IDLE));
    await quiet(target.pid);
    const after = rss(target.pid);
    return { perConnection: ((after - before) * 1024) / connected, before, after, connected };
  } finally {
    stop(processes);
    await quiet(target.pid);
  }
}

/** Send→receive of messages sent one after the other to a room of 1,000 clients. */
async function delivery(target) {
  const processes = clientProcesses(PROCESSES);
  const senders = [];
  try {
    const joined = await connectAll(processes, target, target.cookies.slice(0, RECEIVERS), target.channels.large);
    // Clients and server idle: what the joins sent (presence) is read before the first message.
    const joinQuiet = await quiet([target.pid, ...processes.map(({ child }) => child.pid)], 900_000);
    const presence = { events: 0, people: 0 };
    const disconnections = new Map();
    let connected = 0;
    for (const { ask } of processes) {
      const state = await ask('state');
      presence.events += state.presence.events;
      presence.people += state.presence.people;
      connected += state.connected;
      for (const [reason, count] of state.disconnections) {
        disconnections.set(reason, (disconnections.get(reason) ?? 0) + count);
      }
    }
    for (const cookie of target.cookies.slice(RECEIVERS, RECEIVERS + SENDERS)) {
      const socket = io(target.url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        extraHeaders: cookie ? { cookie } : {},
      });
      senders.push(socket);
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
    }
    await Promise.all(processes.map(({ ask }) => ask('notify', { on: true })));
    let lost = 0;
    let measuredFrom = Infinity;
    // 5 unmeasured, then MESSAGES measured; each sender sends one in ten, within the rate limit.
    for (let seq = 0; seq < 5 + MESSAGES; seq++) {
      const reached = processes.map(
        ({ listeners }) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => {
              listeners.delete(listener);
              lost++;
              resolve();
            }, 10_000);
            const listener = (message) => {
              if (message.type !== 'delivered' || message.seq !== String(seq)) return;
              clearTimeout(timer);
              listeners.delete(listener);
              resolve();
            };
            listeners.add(listener);
          }),
      );
      const sent = now();
      if (seq === 5) measuredFrom = sent;
      const answer = await senders[seq % SENDERS]
        .timeout(30_000)
        .emitWithAck('message:send', { channelId: target.channels.large, body: `bench ${seq} ${sent}` });
      if (!answer.ok) throw new Error(`message:send: ${JSON.stringify(answer.error)}`);
      await Promise.all(reached);
    }
    const latencies = [];
    for (const { ask } of processes) {
      const { receipts } = await ask('receipts');
      for (let i = 0; i < receipts.length; i += 2) {
        if (receipts[i] >= measuredFrom) latencies.push(receipts[i + 1] - receipts[i]);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      received: latencies.length,
      expected: MESSAGES * connected,
      joined: joined.joined,
      connected,
      disconnections: [...disconnections].map(([reason, count]) => `${count} ${reason}`).join(', ') || 'none',
      lost,
      joinMs: joined.joinMs,
      joinQuiet,
      presence,
    };
  } finally {
    for (const socket of senders) socket.disconnect();
    stop(processes);
    await quiet(target.pid);
  }
}

/** A room of 50 members each sending one message every INTERVAL ms: deliveries per second and latency. */
async function activeRoom(target) {
  const processes = clientProcesses(2);
  try {
    await connectAll(processes, target, target.cookies.slice(0, MEMBERS), target.channels.small);
    await quiet([target.pid, ...processes.map(({ child }) => child.pid)]);
    const start = now() + 500;
    const from = start + 2000;
    const until = from + SECONDS * 1000;
    const answers = await Promise.all(
      processes.map(({ ask }, i) =>
        ask('send', {
          channelId: target.channels.small,
          interval: INTERVAL,
          start: start + (i * INTERVAL) / MEMBERS,
          until,
        }),
      ),
    );
    await sleep(1000);
    const outcomes = new Map();
    for (const answer of answers) {
      for (const [key, count] of answer.outcomes) outcomes.set(key, (outcomes.get(key) ?? 0) + count);
    }
    const latencies = [];
    for (const { ask } of processes) {
      const { receipts } = await ask('receipts');
      for (let i = 0; i < receipts.length; i += 2) {
        if (receipts[i] >= from && receipts[i] < until) latencies.push(receipts[i + 1] - receipts[i]);
      }
    }
    latencies.sort((a, b) => a - b);
    const deliveries = latencies.length / SECONDS;
    return {
      deliveries,
      messages: deliveries / MEMBERS,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      outcomes: [...outcomes].map(([key, count]) => `${key} ${count}`).join(', '),
    };
  } finally {
    stop(processes);
    await quiet(target.pid);
  }
}

/** Users, sessions and the two groups of the live figures; the groups' channels, read as a member. */
async function seed({ apiPort, databaseUrl, sessionSecret }) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const domainId = (await client.query('SELECT id FROM domain ORDER BY slug LIMIT 1')).rows[0].id;
  const people = (
    await client.query(
      `INSERT INTO user_account (display_name, email)
       SELECT 'Connecté ' || n, 'connecte' || n || '@ac-bench.fr' FROM generate_series(1, ${IDLE}) n
       RETURNING id`,
    )
  ).rows.map((row) => row.id);
  const channels = {};
  for (const [key, slug, members] of [
    ['large', 'salon-banc-1000', people.slice(0, RECEIVERS + SENDERS)],
    ['small', 'salon-banc-50', people.slice(0, MEMBERS)],
  ]) {
    const groupId = (
      await client.query(
        `INSERT INTO work_group (domain_id, kind, name, slug, visibility, join_policy)
         VALUES ($1, 'working_group', $2, $2, 'members', 'invitation') RETURNING id`,
        [domainId, slug],
      )
    ).rows[0].id;
    await client.query(
      `INSERT INTO membership (group_id, user_id, role)
       SELECT $1, id, CASE WHEN id = $2 THEN 'facilitator' ELSE 'member' END FROM unnest($3::uuid[]) AS t(id)`,
      [groupId, members[0], members],
    );
    channels[key] = slug;
  }
  const cookies = [];
  for (const id of people) cookies.push(await sessionCookie(client, id, sessionSecret));
  await client.end();
  for (const [key, slug] of Object.entries(channels)) {
    const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[0] },
      body: JSON.stringify({ query: `{ group(slug: "${slug}") { channel { id } } }` }),
    });
    const answer = await response.json();
    if (!answer.data?.group?.channel?.id) throw new Error(`no channel for ${slug}: ${JSON.stringify(answer)}`);
    channels[key] = answer.data.group.channel.id;
  }
  return { cookies, channels };
}

/**
 * `startPinned(args, env, ready)` starts a server on the servers' core (bench/run.js) and resolves
 * with `{ line, pid }`; `apiPid` is the built server's process.
 */
async function benchLive({ apiPort, apiPid, databaseUrl, sessionSecret, startPinned, freePort }) {
  const barePort = await freePort();
  const bare = await startPinned(['bench/bare-socketio-server.js'], { PORT: String(barePort) }, /^ready$/);
  const { cookies, channels } = await seed({ apiPort, databaseUrl, sessionSecret });
  const targets = [
    { name: 'Ouvroir', url: `http://127.0.0.1:${apiPort}`, pid: apiPid, cookies, channels },
    {
      name: 'bare socket.io',
      url: `http://127.0.0.1:${barePort}`,
      pid: bare.pid,
      cookies: cookies.map(() => ''),
      channels: { large: 'large', small: 'small' },
    },
  ];
  console.log(
    `${thousands(IDLE)} users, each with their own session; servers on core 0, ${PROCESSES} socket.io-client processes on core 1`,
  );

  const memory = [];
  for (const target of targets) memory.push(await idleMemory(target));
  const [own, base] = memory;
  console.log(
    `live: memory per idle connection (${thousands(IDLE)})  ${fmt(own.perConnection / 1024)} KiB   (bare socket.io: ${(base.perConnection / 1024).toFixed(1)} KiB)   RSS ${(own.before / 1024).toFixed(0)} → ${(own.after / 1024).toFixed(0)} MiB (bare ${(base.before / 1024).toFixed(0)} → ${(base.after / 1024).toFixed(0)})`,
  );

  const latency = [];
  for (const target of targets) latency.push(await delivery(target));
  const [ownLatency, baseLatency] = latency;
  console.log(
    `live: delivery to ${thousands(RECEIVERS)} clients  p50 ${fmt(ownLatency.p50)} ms  p99 ${fmt(ownLatency.p99)} ms   (bare socket.io: p50 ${baseLatency.p50.toFixed(1)} p99 ${baseLatency.p99.toFixed(1)})   ${MESSAGES} messages one after the other`,
  );
  for (const [target, figures] of targets.map((target, i) => [target, latency[i]])) {
    console.log(
      `      ${target.name}: ${thousands(figures.received)} of ${thousands(figures.expected)} receipts, ${figures.lost} late over 10 s; ${figures.joined} joined, ${figures.connected} still connected when the messages started (disconnections: ${figures.disconnections}); the joins took ${(figures.joinMs / 1000).toFixed(1)} s, then ${(figures.joinQuiet / 1000).toFixed(1)} s until the server was idle; ${thousands(figures.presence.events)} presence events received, listing ${thousands(figures.presence.people)} people in all`,
    );
  }

  const room = [];
  for (const target of targets) room.push(await activeRoom(target));
  const [ownRoom, baseRoom] = room;
  console.log(
    `live: room of ${MEMBERS} active members  ${fmt(ownRoom.messages, 0)} msg/s (${thousands(Math.round(ownRoom.deliveries))} deliveries/s)  p50 ${fmt(ownRoom.p50)} ms  p99 ${fmt(ownRoom.p99)} ms   (bare socket.io: ${baseRoom.messages.toFixed(0)} msg/s, p50 ${baseRoom.p50.toFixed(1)} p99 ${baseRoom.p99.toFixed(1)})`,
  );
  console.log(
    `      each member sends one every ${INTERVAL} ms (${(1000 / INTERVAL).toFixed(1)}/s; the limit, 10 in 5 s, allows 2/s: ${2 * MEMBERS} msg/s for the room), ${SECONDS} s measured; acknowledgements: Ouvroir ${ownRoom.outcomes}; bare ${baseRoom.outcomes}`,
  );
}

module.exports = { benchLive, cpu };
