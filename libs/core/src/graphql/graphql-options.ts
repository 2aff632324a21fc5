import { createHash } from 'node:crypto';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  NoSchemaIntrospectionCustomRule,
  ValidationRule,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { AppConfig } from '../config/config';
import { DomainError, ERROR_CODES } from '../errors/domain-error';
import { graphqlErrorFormatter } from '../errors/graphql-error-formatter';
import { GRAPHQL_RESPONSE_TYPE, responseMediaType } from './media-type';
import { readPlainFieldsInline } from './plain-fields';

/** The header that lets a client send a GraphQL request with another content type (CSRF prevention). */
export const CSRF_HEADER = 'x-ouvroir-csrf';

/** How many times one field may be asked at one place of a query, under as many aliases. */
export const MAX_ALIASES = 20;
/** How deep variables may nest: the deepest input (a filter's list) needs 3 levels. */
export const MAX_VARIABLE_DEPTH = 32;

/**
 * Mercurius as the Nest GraphQL driver: code-first schema built in memory
 * (`npm run schema:print` writes apps/api/schema.graphql), JIT compilation,
 * depth, alias, cost and answer size limits, CSRF prevention, GraphQL over HTTP's
 * media types, introspection and field suggestions off in production.
 */
export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: readPlainFieldsInline,
    path: '/graphql',
    graphiql: false,
    jit: 1,
    queryDepth: config.graphql.maxDepth,
    csrfPrevention: {
      allowedContentTypes: ['application/json', 'application/graphql'],
      requiredHeaders: [CSRF_HEADER],
    },
    // Validation rules run once per query text (mercurius caches validated queries).
    validationRules: [
      aliasLimit,
      noNulInStrings,
      ...(config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ],
    hooks: {
      preExecution: (schema, document, context, variables) => {
        // A POST body's were checked in preValidation; a GET's arrive in the query string.
        if (context.reply.request.method !== 'POST') checkVariables(variables);
        checkCost(config, schema, document, variables);
      },
    },
    errorFormatter: graphqlErrorFormatter({ hideSuggestions: config.production }),
    additionalRouteOptions: {
      // eslint-disable-next-line @typescript-eslint/require-await -- Fastify waits for a hook's promise (else for its `done`).
      preValidation: async (request: FastifyRequest) => {
        // The CSRF header lets other types through, but only these two are read as a GraphQL request.
        if (
          request.method === 'POST' &&
          !/^application\/(json|graphql)\b/i.test(request.headers['content-type'] ?? '')
        ) {
          throw Object.assign(new Error('unsupported media type for a GraphQL request'), { statusCode: 415 });
        }
        const body = request.body as { variables?: unknown; extensions?: unknown } | null;
        if (!body || typeof body !== 'object') return;
        // Before mercurius coerces them (the JIT's compiling request skips that, and went on to overflow).
        checkVariables(body.variables);
        // GraphQL over HTTP allows `"extensions": null`, which mercurius' body schema refuses.
        if (body.extensions === null) delete body.extensions;
      },
      onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) =>
        answerAs(config, request, reply, payload),
    },
    context: (request, reply) => ({ req: request, reply }),
  };
}

/**
 * Every answer in the media type the client accepts, and none larger than
 * GRAPHQL_MAX_RESPONSE_BYTES: past it, the client is told to ask for less rather
 * than receive (and the server hold) megabytes.
 */
function answerAs(config: AppConfig, request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const mediaType = responseMediaType(request.headers.accept);
  void reply.header('content-type', `${mediaType}; charset=utf-8`);
  const max = config.graphql.maxResponseBytes;
  if (typeof payload !== 'string' || payload.length * 3 <= max) return payload;
  const bytes = Buffer.byteLength(payload);
  if (bytes <= max) return payload;
  request.log.warn({ bytes, max }, 'GraphQL answer over GRAPHQL_MAX_RESPONSE_BYTES, refused');
  // Not executed from the client's point of view: no data, a 4xx when its media type allows it.
  void reply.code(mediaType === GRAPHQL_RESPONSE_TYPE ? ERROR_CODES.RESPONSE_TOO_LARGE : 200);
  return JSON.stringify({
    errors: [
      {
        message: `La réponse serait trop volumineuse (${bytes} octets, maximum ${max}) : demandez moins d’éléments ou de champs à la fois.`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ],
  });
}

/** One field asked many times at one place (`a1: markdownPreview … a100: markdownPreview`) multiplies its work. */
const aliasLimit: ValidationRule = (context) => ({
  SelectionSet(node) {
    const counts = new Map<string, number>();
    for (const selection of node.selections) {
      if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    }
    for (const [field, count] of counts) {
      if (count <= MAX_ALIASES) continue;
      const message = `La requête demande ${count} fois le champ « ${field} » au même endroit (maximum ${MAX_ALIASES}) : découpez-la en plusieurs requêtes.`;
      const originalError = new DomainError('QUERY_TOO_COMPLEX', message, { field, count });
      context.reportError(new GraphQLError(message, { nodes: node, originalError }));
    }
  },
});

const NUL_MESSAGE = 'Le texte envoyé contient un caractère nul (U+0000), qu’Ouvroir n’accepte pas : retirez-le.';

/** PostgreSQL refuses NUL in text: say so to the client rather than fail on the database's error. */
const noNulInStrings: ValidationRule = (context) => ({
  StringValue(node) {
    if (!node.value.includes('\0')) return;
    context.reportError(
      new GraphQLError(NUL_MESSAGE, { nodes: node, originalError: new DomainError('BAD_USER_INPUT', NUL_MESSAGE) }),
    );
  },
});

/**
 * Variables are bounded in depth and free of NUL before anything walks them
 * recursively (the cost check, graphql-js' coercion): 20,000 levels overflowed the
 * cost check's stack. Checked on the POST body, and before execution for GET (query string).
 */
function checkVariables(variables: unknown): void {
  const pending: [unknown, number][] = [[variables, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') {
      if (value.includes('\0')) throw new DomainError('BAD_USER_INPUT', NUL_MESSAGE);
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_VARIABLE_DEPTH) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Les variables de la requête sont trop imbriquées (plus de ${MAX_VARIABLE_DEPTH} niveaux).`,
        );
      }
      for (const item of Object.values(value)) pending.push([item, depth + 1]);
    }
  }
}

/**
 * A list paginated by `first` costs its items `first` times: 100 proposals with
 * 100 comments each are 10,000 comments' worth, not one. Fields that do more than
 * read declare their own cost (`complexity` in their options), read first.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;

/** Costs already computed, per parsed query (mercurius reuses the document of a query it has seen) and variables. */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIABLE_SETS_PER_QUERY = 100;

/**
 * The cost limit runs before execution rather than as a validation rule, so
 * that it sees the variables (a list's `first`) and mercurius keeps caching
 * parsed and validated queries. Computing it is dearer than answering a small
 * query, so each (query, variables) pair is costed once.
 */
function checkCost(config: AppConfig, schema: GraphQLSchema, query: DocumentNode, variables?: Record<string, unknown>) {
  const costs = knownCosts.get(query) ?? new Map<string, number>();
  knownCosts.set(query, costs);
  const key = costKey(variables);
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, query, variables);
    if (costs.size >= MAX_VARIABLE_SETS_PER_QUERY) costs.clear();
    costs.set(key, cost);
  }
  if (cost > config.graphql.maxCost) {
    throw new DomainError(
      'QUERY_TOO_COMPLEX',
      `La requête est trop coûteuse (${cost} points, maximum ${config.graphql.maxCost}) : demandez moins d’éléments à la fois.`,
    );
  }
}

/** The points a query costs, against GRAPHQL_MAX_COST. */
export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables?: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query,
    variables: variables ?? {},
    estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * The cost cache's key for a request's variables: a hash, so that an entry takes a
 * few dozen bytes whatever their size (the variables themselves, kept as keys, let
 * 1,000 requests of 0.9 MB hold a gigabyte).
 */
export function costKey(variables: Record<string, unknown> | undefined): string {
  // Most queries have none: no digest for them (OpenSSL 3's set-up costs more than a small query's answer).
  if (!variables || Object.keys(variables).length === 0) return '';
  return createHash('sha256').update(JSON.stringify(variables)).digest('base64url');
}
