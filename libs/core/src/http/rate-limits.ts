import fastifyRateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentNode, Kind, OperationTypeNode, SelectionSetNode } from 'graphql';
import Redis from 'ioredis';
import type { MercuriusContext } from 'mercurius';
import { AppConfig } from '../config/config';
import { DomainError } from '../errors/domain-error';

const MINUTE_MS = 60_000;
const HEALTH_CHECKS = new Set(['/health', '/ready']);
/** The indicators computed on demand, GraphQL fields and files, which share a budget per spender. */
const INDICATOR_FIELDS = ['indicator', 'indicatorSeries'];
const INDICATOR_FILES = '/donnees/indicateurs/';
/**
 * The portal's dump, written on request from every public group and decision: from the same budget,
 * at the price of many indicators (five files a minute with the default budget of 300).
 */
const PORTAL_DUMP_FILES = '/donnees/portail/';
const PORTAL_DUMP_COST = 60;

const tooMany = (seconds: number) =>
  new DomainError(
    'TOO_MANY_REQUESTS',
    `Trop de requêtes en peu de temps : réessayez dans ${seconds} seconde${seconds > 1 ? 's' : ''}.`,
    { retryAfterSeconds: seconds },
  );

/**
 * Takes `cost` from a budget of `limit` per window, all at once or not at all (a refused operation
 * spends nothing). Atomic in Redis, so that every instance draws on the same budget.
 */
const TAKE = `
  local current = tonumber(redis.call('GET', KEYS[1]) or '0')
  local cost, limit, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
  if current + cost > limit then
    local ttl = redis.call('PTTL', KEYS[1])
    return {0, ttl > 0 and ttl or window}
  end
  if redis.call('INCRBY', KEYS[1], cost) == cost then redis.call('PEXPIRE', KEYS[1], window) end
  return {1, 0}
`;

/** Budgets per key and fixed window: in Redis when there is one, else in this process. */
export class RateBudget {
  private readonly local = new Map<string, { spent: number; resetAt: number }>();
  /** Ended windows are swept once a minute, not on every request (the map holds every active spender). */
  private sweepAt = 0;

  constructor(private readonly redis?: Redis) {}

  /** Whether `cost` fits in `key`'s budget (then spent), else how many seconds until it may. */
  async take(key: string, cost: number, limit: number, windowMs: number): Promise<number | null> {
    if (this.redis) {
      const [taken, waitMs] = (await this.redis.eval(TAKE, 1, `ouvroir:budget:${key}`, cost, limit, windowMs)) as [
        number,
        number,
      ];
      return taken ? null : Math.ceil(waitMs / 1000);
    }
    const now = Date.now();
    if (now >= this.sweepAt) {
      for (const [name, entry] of this.local) if (entry.resetAt <= now) this.local.delete(name);
      this.sweepAt = now + MINUTE_MS;
    }
    const current = this.local.get(key);
    const entry = current && current.resetAt > now ? current : { spent: 0, resetAt: now + windowMs };
    if (entry.spent + cost > limit) return Math.ceil((entry.resetAt - now) / 1000);
    entry.spent += cost;
    this.local.set(key, entry);
    return null;
  }
}

/**
 * The kind of the operation being run and how many root fields it asks for, by name (each alias
 * counts; fragments are followed).
 */
export function rootFields(
  document: DocumentNode,
  operationName?: string,
): { type?: OperationTypeNode; counts: Map<string, number> } {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((candidate) => operationName && candidate.name?.value === operationName) ?? operations[0];
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const counts = new Map<string, number>();
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value) && fragments.has(selection.name.value)) {
        visit(fragments.get(selection.name.value)!, new Set(seen).add(selection.name.value));
      }
    }
  };
  if (operation) visit(operation.selectionSet, new Set());
  return { type: operation?.operation, counts };
}

/** Who spends a budget: the signed-in person (set by libs/identity, which core does not know), else the address. */
const spenderOf = (request: FastifyRequest) => {
  const userId = (request as FastifyRequest & { user?: { id?: string } }).user?.id;
  return userId ? `user:${userId}` : `ip:${request.ip}`;
};

/**
 * Rate limits, shared by every instance through Redis when REDIS_URL is set (in memory otherwise;
 * a Redis error lets requests through rather than refusing everyone):
 * - per client address: /auth/* strictly (each login creates a session), everything else loosely;
 * - per person: GraphQL mutations counted by field, so that 200 aliases in one request spend 200,
 *   and `markdownPreview` fields;
 * - per person or address: the indicators computed on demand (`indicator`, `indicatorSeries` fields
 *   and the files under /donnees/indicateurs/ and /donnees/portail/); an operation over budget is refused whole, before it runs.
 * A refusal is `TOO_MANY_REQUESTS` with HTTP 429 and Retry-After, as `{ code, message }` on REST
 * routes and as a GraphQL error on /graphql.
 */
export async function registerRateLimits(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const { authPerMinute, apiPerMinute, mutationsPerMinute, previewsPerMinute, indicatorsPerMinute } = config.rateLimits;
  const server = app.getHttpAdapter().getInstance();
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 1000 })
    : undefined;
  if (redis) {
    redis.on('error', (error: Error) => server.log.warn(`rate limits without Redis: ${error.message}`));
    server.addHook('onClose', async () => void (await redis.quit().catch(() => undefined)));
  }
  await app.register(fastifyRateLimit, {
    global: false,
    redis,
    nameSpace: 'ouvroir:rate:',
    skipOnError: true,
    timeWindow: MINUTE_MS,
  });
  const onAuth = (request: FastifyRequest) => request.url.startsWith('/auth/');
  const limit = server.createRateLimit({
    keyGenerator: (request) => `${onAuth(request) ? 'auth' : 'api'}:${request.ip}`,
    max: (request) => (onAuth(request) ? authPerMinute : apiPerMinute),
  });
  const budget = new RateBudget(redis);
  server.addHook('onRequest', async (request, reply) => {
    // Health checks stay answered: a load balancer told 429 would take the instance out.
    if (HEALTH_CHECKS.has(request.url)) return;
    const verdict = await limit(request);
    if ('isExceeded' in verdict && verdict.isExceeded) return refuse(request, reply, Math.max(1, verdict.ttlInSeconds));
    // The indicators' files and the portal's dump are computed on demand: their own, smaller budget.
    const cost = request.url.startsWith(INDICATOR_FILES)
      ? 1
      : request.url.startsWith(PORTAL_DUMP_FILES)
        ? Math.min(PORTAL_DUMP_COST, indicatorsPerMinute)
        : 0;
    if (cost) {
      const wait = await budget
        .take(`indicators:ip:${request.ip}`, cost, indicatorsPerMinute, MINUTE_MS)
        .catch(() => null);
      if (wait !== null) return refuse(request, reply, wait);
    }
  });

  // Mercurius exists once the app's modules are initialised.
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify waits for a hook's promise (else for its `done`).
  server.addHook('onReady', async () => {
    server.graphql.addHook('preExecution', async (_schema, document, context: MercuriusContext) => {
      const request = context.reply.request;
      const { type, counts } = rootFields(
        document,
        ((request.body ?? request.query) as { operationName?: string } | undefined)?.operationName,
      );
      const spender = spenderOf(request);
      const spend = async (what: string, cost: number, perMinute: number) => {
        const wait = cost
          ? await budget.take(`${what}:${spender}`, cost, perMinute, MINUTE_MS).catch(() => null)
          : null;
        if (wait !== null) {
          void context.reply.header('retry-after', String(wait));
          throw tooMany(wait);
        }
      };
      if (type === OperationTypeNode.MUTATION)
        await spend(
          'mutations',
          [...counts.values()].reduce((sum, n) => sum + n, 0),
          mutationsPerMinute,
        );
      await spend('previews', counts.get('markdownPreview') ?? 0, previewsPerMinute);
      await spend(
        'indicators',
        INDICATOR_FIELDS.reduce((sum, field) => sum + (counts.get(field) ?? 0), 0),
        indicatorsPerMinute,
      );
    });
  });
}

/** A 429 with the app's error format: GraphQL's on /graphql, `{ code, message }` elsewhere. */
function refuse(request: FastifyRequest, reply: FastifyReply, seconds: number) {
  const error = tooMany(seconds);
  void reply.code(429).header('retry-after', String(seconds));
  const body = request.url.startsWith('/graphql')
    ? { errors: [{ message: error.message, extensions: { code: error.code } }] }
    : { code: error.code, message: error.message };
  return reply.send(body);
}
