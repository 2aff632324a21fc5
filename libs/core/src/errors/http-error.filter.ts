import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, INTERNAL_ERROR_MESSAGE } from './domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

const FRENCH_BY_STATUS: Record<number, string> = {
  400: 'Requête invalide.',
  401: 'Identifiez-vous pour continuer.',
  403: 'Vous n’avez pas le droit de faire cela.',
  404: 'Cette adresse ne correspond à aucune page ni ressource.',
  405: 'Méthode non autorisée pour cette adresse.',
  409: 'Conflit avec l’état actuel de la ressource.',
  413: 'Requête trop volumineuse.',
  415: 'Type de contenu non pris en charge.',
};

/**
 * REST answers errors as `{ code, message }` with a French message; GraphQL
 * errors are left to the GraphQL error formatter. Unknown errors are logged
 * with the request id and never leak their stack.
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

  protected describe(exception: unknown, request: FastifyRequest): { status: number; body: { code: string; message: string } } {
    if (exception instanceof DomainError) {
      return { status: exception.httpStatus, body: { code: exception.code, message: exception.message } };
    }
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, body: { code: CODE_BY_STATUS[status] ?? 'BAD_USER_INPUT', message: FRENCH_BY_STATUS[status] ?? 'Requête invalide.' } };
    }
    request.log.error({ err: exception }, 'unexpected error while answering a request');
    return { status: 500, body: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } };
  }
}
