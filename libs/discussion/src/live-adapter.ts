import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * Socket.IO on the app's HTTP server. With `REDIS_URL`, rooms span every instance through the
 * Redis adapter (a message sent on one reaches clients on all); without it, one instance works alone.
 */
export class LiveAdapter extends IoAdapter {
  private readonly liveLogger = new Logger(LiveAdapter.name);
  private clients: Redis[] = [];

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
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.clients.length) server.adapter(createAdapter(this.clients[0], this.clients[1], { requestsTimeout: 2000 }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((client) => client.quit().catch(() => undefined)));
    this.clients = [];
  }
}
