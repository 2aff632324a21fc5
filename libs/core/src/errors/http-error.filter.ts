import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, INTERNAL_ERROR_MESSAGE } from './domain-error';
import { clientErrorForStatus, statusOf } from './http-status';
import { isUnavailable, UNAVAILABLE_MESSAGE } from './unavailable';

/**
 * REST answers errors as `{ code, message }` with a French message; GraphQL
 * errors are left to the GraphQL error formatter. A deliberate 5xx (the
 * readiness check's 503) keeps its body; unknown errors are logged with the
 * request id and never leak their stack.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body } = describeHttpError(exception, request.log);
    void reply.status(status).send(body);
  }
}

/** The status and `{ code, message }` body that answer an error. */
export function describeHttpError(exception: unknown, log: FastifyBaseLogger): { status: number; body: object } {
  if (exception instanceof DomainError) {
    return {
      status: exception.httpStatus,
      body: {
        code: exception.code,
        ...(exception.reason ? { reason: exception.reason } : {}),
        message: exception.message,
      },
    };
  }
  const status = statusOf(exception);
  const clientError = clientErrorForStatus(status);
  if (clientError) return { status: status!, body: clientError };
  if (exception instanceof HttpException)
    return { status: exception.getStatus(), body: exception.getResponse() as object };
  if (isUnavailable(exception)) {
    log.warn({ err: exception }, 'a dependency did not answer a request');
    return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE } };
  }
  log.error({ err: exception }, 'unexpected error while answering a request');
  return { status: 500, body: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } };
}

/**
 * Fastify's own error handler, for what fails before or beside Nest (the session's hooks, plugins): the
 * same answers as the filter instead of Fastify's body, which carries the error's message.
 */
export function handleFastifyErrors(server: FastifyInstance): void {
  server.setErrorHandler((error, request, reply) => {
    const { status, body } = describeHttpError(error, request.log);
    void reply.status(status).send(body);
  });
}
