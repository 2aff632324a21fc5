import { HttpException } from '@nestjs/common';
import { FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { DomainError, ErrorCode, INTERNAL_ERROR_MESSAGE } from './domain-error';
import { clientErrorForStatus, statusOf } from './http-status';

/** The error's own code when it carries one (mercurius and graphql-js errors do). */
const codeOf = (error: unknown): string | undefined => (error as { code?: string } | undefined)?.code;

interface ClientError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Turns any error raised while answering a GraphQL request into what the
 * client may see: a stable code and a French message. Unknown errors are
 * logged with the request id and replaced by a generic message.
 */
export function toClientError(error: GraphQLError, log: { error(obj: object, msg: string): void }): ClientError {
  const original = error.originalError;
  if (original instanceof DomainError) {
    return { code: original.code, message: original.message, details: original.details };
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
  if (original instanceof HttpException && original.getStatus() === 400) {
    return { code: 'BAD_USER_INPUT', message: frenchValidationMessage(original) };
  }
  const clientError = clientErrorForStatus(statusOf(original));
  if (clientError) return clientError;
  if (!original || original instanceof GraphQLError || codeOf(original) === 'MER_ERR_GQL_VALIDATION') {
    // Syntax and validation errors of the query itself: the client sent something the schema refuses.
    return { code: 'BAD_USER_INPUT', message: `Requête GraphQL invalide : ${error.message}` };
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

/** mercurius `errorFormatter`: flattens validation errors and applies {@link toClientError}. */
export function graphqlErrorFormatter(
  execution: { data?: Record<string, unknown> | null; errors: readonly GraphQLError[]; statusCode?: number },
  context: MercuriusContext,
): { statusCode: number; response: FormattedExecutionResult } {
  const log = context.reply?.log ?? context.app.log;
  const errors = execution.errors.flatMap((error) => {
    const nested = (error.originalError as { errors?: unknown } | undefined)?.errors;
    return Array.isArray(nested) ? (nested as GraphQLError[]).map(asGraphQLError) : [error];
  });
  const formatted = errors.map((error): GraphQLFormattedError => {
    const { code, message, details } = toClientError(error, log);
    return {
      message,
      locations: error.locations,
      path: error.path,
      extensions: { code, ...(details ? { details } : {}) },
    };
  });
  const statusCode = execution.data ? 200 : requestErrorStatus(execution);
  return { statusCode, response: { data: execution.data ?? null, errors: formatted } };
}

const asGraphQLError = (error: unknown): GraphQLError =>
  error instanceof GraphQLError ? error : new GraphQLError((error as Error).message, { originalError: error as Error });

/** GraphQL-over-HTTP: a request that could not be executed at all is a 4xx; execution errors stay 200. */
function requestErrorStatus(execution: { statusCode?: number; errors: readonly GraphQLError[] }): number {
  if (execution.statusCode) return execution.statusCode;
  const { errors } = execution;
  const status = statusOf(errors[0]?.originalError);
  return errors.length === 1 && typeof status === 'number' ? status : 200;
}
