import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { FastifyInstance } from 'fastify';
import type { MercuriusContext } from 'mercurius';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { rootFields } from '../http/rate-limits';

/** Seconds: from a cached read (a few ms) to a vote's roll (seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** When each GraphQL execution began and what it runs, until its resolution. */
const startedOperations = new WeakMap<object, { at: bigint; operation: string }>();

/**
 * The process's Prometheus metrics (docs/deployment.md, « Métriques »). Each instance exposes its own:
 * Prometheus scrapes every instance and sums. Labels are bounded: a route's pattern (never its URL), a
 * GraphQL operation's type and first root field (fields the schema declares, never a name the client chose).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly http = new Histogram({
    name: 'ouvroir_http_request_duration_seconds',
    help: 'Durée des requêtes HTTP, par méthode, route et statut',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphql = new Histogram({
    name: 'ouvroir_graphql_operation_duration_seconds',
    help: 'Durée d’exécution des opérations GraphQL, par type et premier champ racine',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly ballotsCast = new Counter({
    name: 'ouvroir_ballots_cast_total',
    help: 'Bulletins déposés par cette instance depuis son démarrage',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ouvroir_' });
  }

  /** A figure read when Prometheus scrapes (connections, queue depth, pool): nothing to maintain in between. */
  gauge(
    name: string,
    help: string,
    read: () => Promise<Record<string, number>> | Record<string, number>,
    label = 'kind',
  ) {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [value, figure] of Object.entries(await read())) this.set({ [label]: value }, figure);
      },
    });
  }

  /** Times every HTTP answer and every GraphQL execution of `server`. */
  observe(server: FastifyInstance): void {
    server.addHook('onResponse', (request, reply, done) => {
      this.http.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
    server.addHook('onReady', (done) => {
      // After validation, so that the root fields are the schema's own.
      server.graphql.addHook('preExecution', (_schema, document, context: MercuriusContext) => {
        const request = context.reply.request;
        const { type, counts } = rootFields(
          document,
          ((request.body ?? request.query) as { operationName?: string } | undefined)?.operationName,
        );
        const [field = ''] = counts.keys();
        startedOperations.set(context, { at: process.hrtime.bigint(), operation: `${type ?? 'unknown'} ${field}` });
        return Promise.resolve();
      });
      server.graphql.addHook('onResolution', (_execution, context) => {
        const started = startedOperations.get(context);
        if (started) {
          this.graphql.observe({ operation: started.operation }, Number(process.hrtime.bigint() - started.at) / 1e9);
        }
        return Promise.resolve();
      });
      done();
    });
  }
}

/** The database pool's connections, as Prometheus scrapes them. */
@Injectable()
class PoolMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    this.metrics.gauge(
      'ouvroir_database_pool_connections',
      'Connexions du pool PostgreSQL, par état',
      () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
      'state',
    );
  }
}

@Global()
@Module({ providers: [Metrics, PoolMetrics], exports: [Metrics] })
export class MetricsModule {}
