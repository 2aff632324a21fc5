import { Global, Injectable, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** The channel a table's trigger notifies with its name when its rows change (see `notifyTableChanges`). */
export const TABLE_CHANGES_CHANNEL = 'ouvroir_table_changes';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

/**
 * The SQL of a migration that makes `table` notify its changes, whoever writes them (this instance,
 * another one, an operator in psql): once per statement, delivered when the transaction commits.
 */
export const notifyTableChanges = (table: string) => [
  `CREATE OR REPLACE FUNCTION notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('${TABLE_CHANGES_CHANNEL}', TG_TABLE_NAME);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER ${table}_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
   FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()`,
];

/**
 * Which tables changed, as PostgreSQL tells this process on one LISTEN connection of its own: each
 * table has a generation that moves on at every change, so that a read kept in memory (reference
 * data every page asks, such as the domains) is known stale across instances. While the connection
 * is down (a database restart), no generation is known and nothing may be kept; it comes back on its
 * own, and every generation moves on then, since notices sent meanwhile were lost.
 */
@Injectable()
export class TableChanges implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TableChanges.name);
  /** Each watched table's generation: it moves on at each change heard, and for all at each reconnection. */
  private readonly generations = new Map<string, number>();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay = RECONNECT_MIN_MS;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Listening before the first request, so that what it reads may be kept; a failure only retries later. */
  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  /** The generation of `table`'s rows, or null while changes cannot be heard (keep nothing then). */
  generation(table: string): number | null {
    return this.listening ? (this.generations.get(table) ?? 0) : null;
  }

  /** Says at once that `table` changed, for this process: its own writes need not wait for the notice. */
  changed(table: string): void {
    this.generations.set(table, (this.generations.get(table) ?? 0) + 1);
  }

  /** A read of `table` kept until the table changes; read again each time while changes cannot be heard. */
  cachedRead<T>(table: string, read: () => Promise<T>): () => Promise<T> {
    // Watched from now on, so that a reconnection moves its generation on.
    this.generations.set(table, this.generations.get(table) ?? 0);
    let kept: { generation: number; value: T } | null = null;
    return async () => {
      const generation = this.generation(table);
      if (generation !== null && kept?.generation === generation) return kept.value;
      const value = await read();
      // A change heard during the read may have come after the rows were read: keep only if none was.
      if (generation !== null && this.generation(table) === generation) kept = { generation, value };
      return value;
    };
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as PostgresDataSourceOptions;
    const client = new Client({ connectionString: options.url, application_name: 'ouvroir-table-changes' });
    this.client = client;
    client.on('notification', ({ payload }) => payload && this.changed(payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TABLE_CHANGES_CHANNEL}`);
      if (this.stopped || this.client !== client) return;
      // Notices sent while nobody listened were lost: what was kept before is stale.
      for (const table of this.generations.keys()) this.changed(table);
      this.listening = true;
      this.retryDelay = RECONNECT_MIN_MS;
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client || this.stopped) return;
    this.listening = false;
    this.client = null;
    client.end().catch(() => undefined);
    this.logger.warn(
      `Écoute des changements interrompue, nouvel essai dans ${this.retryDelay} ms : ${error?.message ?? 'connexion fermée'}`,
    );
    this.retryTimer = setTimeout(() => void this.listen(), this.retryDelay);
    this.retryTimer.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, RECONNECT_MAX_MS);
  }
}

/** The process's one listener of table changes, for every library. */
@Global()
@Module({ providers: [TableChanges], exports: [TableChanges] })
export class TableChangesModule {}
