import { HttpException } from '@nestjs/common';
import { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { DomainError, ErrorCode, INTERNAL_ERROR_MESSAGE } from './domain-error';
import { responseMediaType, ResponseMediaType } from '../graphql/media-type';
import { clientErrorForStatus, statusOf } from './http-status';
import { isUnavailable, UNAVAILABLE_MESSAGE } from './unavailable';

/** The error's own code when it carries one (mercurius and graphql-js errors do). */
const codeOf = (error: unknown): string | undefined => (error as { code?: string } | undefined)?.code;

interface ClientError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  reason?: string;
}

/**
 * Turns any error raised while answering a GraphQL request into what the
 * client may see: a stable code and a French message. Unknown errors are
 * logged with the request id and replaced by a generic message.
 */
export function toClientError(
  error: GraphQLError,
  log: { error(obj: object, msg: string): void; warn(obj: object, msg: string): void },
): ClientError {
  const original = error.originalError;
  if (original instanceof DomainError) {
    return { code: original.code, message: original.message, details: original.details, reason: original.reason };
  }
  if (codeOf(original) === 'MER_ERR_GQL_QUERY_DEPTH') {
    return {
      code: 'QUERY_TOO_DEEP',
      message: 'La requête est trop imbriquée : simplifiez-la ou découpez-la en plusieurs requêtes.',
      details: { reason: original?.message },
    };
  }
  if (codeOf(original) === 'MER_ERR_GQL_CSRF_PREVENTION') {
    return {
      code: 'FORBIDDEN',
      message:
        'Requête refusée par la protection CSRF : envoyez-la en POST application/json ou avec l’en-tête x-ouvroir-csrf.',
    };
  }
  if (codeOf(original) === 'MER_ERR_METHOD_NOT_ALLOWED') {
    return {
      code: 'METHOD_NOT_ALLOWED',
      message: 'Une mutation s’envoie en POST : une requête GET ne peut que lire.',
    };
  }
  if (original instanceof HttpException && original.getStatus() === 400) {
    return { code: 'BAD_USER_INPUT', message: frenchValidationMessage(original) };
  }
  const clientError = clientErrorForStatus(statusOf(original));
  if (clientError) return clientError;
  if (!original || original instanceof GraphQLError || codeOf(original) === 'MER_ERR_GQL_VALIDATION') {
    // Syntax and validation errors of the query itself: the client sent something the schema refuses.
    return { code: 'BAD_USER_INPUT', message: `Requête GraphQL invalide : ${error.message}` };
  }
  if (isUnavailable(original)) {
    log.warn({ err: original }, 'a dependency did not answer a GraphQL request');
    return { code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE };
  }
  log.error({ err: original }, 'unexpected error while answering a GraphQL request');
  return { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE };
}

/** The ValidationPipe's details, behind a French lead. */
function frenchValidationMessage(exception: HttpException): string {
  const response = exception.getResponse() as { message?: string | string[] } | string;
  const detail = typeof response === 'string' ? response : response.message;
  const text = Array.isArray(detail) ? detail.join(' ; ') : detail;
  return `Données invalides${text ? ` : ${text}` : '.'}`;
}

/** The mercurius errors a request is refused with before any execution, that say what the query itself lacks. */
const QUERY_ERRORS = new Set(['MER_ERR_GQL_VALIDATION', 'MER_ERR_GQL_QUERY_DEPTH']);

/**
 * mercurius `errorFormatter`: flattens validation errors and applies {@link toClientError}. In
 * production, graphql-js' "Did you mean …?" is cut: it would reveal field names with introspection off.
 */
export function graphqlErrorFormatter({ hideSuggestions }: { hideSuggestions: boolean }) {
  return (
    execution: { data?: Record<string, unknown> | null; errors: readonly GraphQLError[]; statusCode?: number },
    context: MercuriusContext,
  ): { statusCode: number; response: FormattedExecutionResult } => {
    const log = context.reply?.log ?? context.app.log;
    const errors = execution.errors.flatMap((error) => {
      const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
      // A GET mutation's nested error is a plain Error: the outer one says 405.
      const flatten = Array.isArray(nested) && codeOf(error.originalError) !== 'MER_ERR_METHOD_NOT_ALLOWED';
      return flatten ? (nested as GraphQLError[]).map(asGraphQLError) : [error];
    });
    const formatted = errors.map((error): GraphQLFormattedError => {
      const { code, message, details, reason } = toClientError(error, log);
      return {
        message: hideSuggestions ? message.replace(/ ?Did you mean .*$/s, '') : message,
        locations: error.locations,
        path: error.path,
        extensions: { code, ...(reason ? { reason } : {}), ...(details ? { details } : {}) },
      };
    });
    // GraphQL over HTTP: a request refused before execution has no `data` at all; once executed, even
    // a null `data` is a 200.
    if (execution.data !== undefined) {
      return { statusCode: 200, response: { data: execution.data, errors: formatted } };
    }
    const accept = context.reply?.request.headers.accept;
    const statusCode = requestErrorStatus(execution.errors[0]?.originalError, responseMediaType(accept));
    if (statusCode === 405) void context.reply?.header('allow', 'POST');
    return { statusCode, response: { errors: formatted } };
  };
}

const asGraphQLError = (error: unknown): GraphQLError =>
  error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error });

/**
 * The status of a request refused before execution. A query the schema or the limits refuse is a
 * 400 in `application/graphql-response+json`, a 200 in `application/json` (whose clients read
 * the body only, as GraphQL over HTTP says); what HTTP itself refuses keeps its status (CSRF,
 * method, body size, malformed JSON).
 */
function requestErrorStatus(original: Error | undefined, mediaType: ResponseMediaType): number {
  const queryError =
    !original ||
    original instanceof DomainError ||
    original instanceof GraphQLError ||
    QUERY_ERRORS.has(codeOf(original) ?? '');
  if (queryError) {
    if (mediaType === 'application/json') return 200;
    return original instanceof DomainError ? original.httpStatus : 400;
  }
  return statusOf(original) ?? (isUnavailable(original) ? 503 : 500);
}
