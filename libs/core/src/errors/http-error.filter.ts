import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, INTERNAL_ERROR_MESSAGE } from './domain-error';
import { clientErrorForStatus, statusOf } from './http-status';

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
    const { status, body } = this.describe(exception, request);
    void reply.status(status).send(body);
  }

  private describe(exception: unknown, request: FastifyRequest): { status: number; body: object } {
    if (exception instanceof DomainError) {
      return { status: exception.httpStatus, body: { code: exception.code, message: exception.message } };
    }
    const status = statusOf(exception);
    const clientError = clientErrorForStatus(status);
    if (clientError) return { status: status!, body: clientError };
    if (exception instanceof HttpException)
      return { status: exception.getStatus(), body: exception.getResponse() as object };
    request.log.error({ err: exception }, 'unexpected error while answering a request');
    return { status: 500, body: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } };
  }
}
