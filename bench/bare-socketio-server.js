// The baseline of the live figures in `npm run bench`: a bare Socket.IO server with rooms and the
// gateway's `channel:join` and `message:send` events, broadcasting without storage, policy or
// session. Prints `ready` once it listens on PORT.
const { createServer } = require('node:http');
const { Server } = require('socket.io');

const http = createServer();
const io = new Server(http);
let lastId = 0;

io.on('connection', (socket) => {
  socket.on('channel:join', (payload, ack) => {
    socket.join(`channel:${payload.channelId}`);
    ack?.({ ok: true, missed: [] });
  });
  socket.on('message:send', (payload, ack) => {
    const message = {
      id: String(++lastId),
      channelId: payload.channelId,
      authorId: socket.id,
      body: payload.body,
      status: 'visible',
      createdAt: new Date().toISOString(),
      editedAt: null,
    };
    io.to(`channel:${payload.channelId}`).emit('message', message);
    ack?.({ ok: true, message });
  });
});

http.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.once('SIGTERM', () => io.close(() => process.exit(0)));
