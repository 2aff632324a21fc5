import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { DocumentNode, GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppConfig } from '../config/config';
import { DomainError } from '../errors/domain-error';
import { graphqlErrorFormatter } from '../errors/graphql-error-formatter';

/** The header that lets a client send a GraphQL request with another content type (CSRF prevention). */
export const CSRF_HEADER = 'x-ouvroir-csrf';

/**
 * Mercurius as the Nest GraphQL driver: code-first schema built in memory
 * (`npm run schema:print` writes apps/api/schema.graphql), JIT compilation,
 * depth and cost limits, CSRF prevention, introspection off in production.
 */
export function graphqlOptions(config: AppConfig): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: false,
    jit: 1,
    queryDepth: config.graphql.maxDepth,
    csrfPrevention: {
      allowedContentTypes: ['application/json', 'application/graphql'],
      requiredHeaders: [CSRF_HEADER],
    },
    validationRules: config.graphql.introspection ? [] : [NoSchemaIntrospectionCustomRule],
    hooks: { preExecution: (schema, document, _context, variables) => checkCost(config, schema, document, variables) },
    errorFormatter: graphqlErrorFormatter,
    context: (request, reply) => ({ req: request, reply }),
  };
}

/** Costs already computed, per parsed query (mercurius reuses the document of a query it has seen) and variables. */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_VARIABLE_SETS_PER_QUERY = 100;

/**
 * The cost limit runs before execution rather than as a validation rule, so
 * that it sees the variables (a list's `first`) and mercurius keeps caching
 * parsed and validated queries. Computing it is dearer than answering a small
 * query, so each (query, variables) pair is costed once.
 */
async function checkCost(
  config: AppConfig,
  schema: GraphQLSchema,
  query: DocumentNode,
  variables?: Record<string, unknown>,
) {
  const costs = knownCosts.get(query) ?? new Map<string, number>();
  knownCosts.set(query, costs);
  const key = JSON.stringify(variables ?? {});
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = getComplexity({
      schema,
      query,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
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
