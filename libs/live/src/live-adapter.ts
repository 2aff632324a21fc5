import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Sent to clients who may have missed live events while Redis was out of reach: they join their rooms
 * again, which replays the messages they missed from the database and reads again what pages show.
 */
export const LIVE_RESYNC = 'live:resync';

/**
 * Socket.IO on the app's HTTP server. With `REDIS_URL`, rooms span every instance through the
 * Redis adapter (a message sent on one reaches clients on all); without it, one instance works alone.
 * While Redis is down, an instance goes on serving its own clients; once it is back, the clients who
 * may have missed something are sent LIVE_RESYNC.
 */
export class LiveAdapter extends IoAdapter {
  private readonly liveLogger = new Logger(LiveAdapter.name);
  private clients: Redis[] = [];
  private server?: Server;
  /** A broadcast could not reach the other instances: their clients are to resync once Redis is back. */
  private lostBroadcast = false;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl?: string,
  ) {
    super(app);
  }

  /** Connects to Redis before the server is created, so that a wrong REDIS_URL stops the start. */
  async connect(): Promise<void> {
    if (!this.redisUrl) return;
    const publisher = new Redis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = publisher.duplicate();
    this.clients = [publisher, subscriber];
    for (const client of this.clients) client.on('error', (error) => this.liveLogger.error(error.message));
    await Promise.all(this.clients.map((client) => client.connect()));

    // The adapter publishes without catching: with Redis down, ioredis' refusal (MaxRetriesPerRequestError)
    // would end the process at the first broadcast. The broadcast then reaches this instance's clients only.
    const publish = publisher.publish.bind(publisher);
    (publisher as unknown as { publish: typeof publish }).publish = (channel, message) =>
      publish(channel, message).catch((error: Error) => {
        if (!this.lostBroadcast) this.liveLogger.warn(`live events reach this instance only: ${error.message}`);
        this.lostBroadcast = true;
        return 0;
      });
    publisher.on('ready', () => {
      if (!this.lostBroadcast) return;
      this.lostBroadcast = false;
      this.server?.emit(LIVE_RESYNC, {});
    });
    // Whatever the other instances published while this one was unsubscribed never reached its clients.
    let unsubscribed = false;
    subscriber.on('close', () => (unsubscribed = true));
    subscriber.on('ready', () => {
      if (!unsubscribed) return;
      unsubscribed = false;
      this.liveLogger.log('live events reach every instance again');
      this.server?.local.emit(LIVE_RESYNC, {});
    });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options);
    if (this.clients.length) server.adapter(createAdapter(this.clients[0], this.clients[1], { requestsTimeout: 2000 }));
    this.server = server;
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => undefined)));
    this.clients = [];
  }
}
