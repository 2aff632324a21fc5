import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import pino, { Logger } from 'pino';
import { currentRequestId, runInRequest } from './request-context';

/** Structured JSON logs; secrets in headers never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ouvroir-api' },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  });
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Keeps a well-formed incoming `x-request-id` (from a proxy) so logs join up; otherwise makes one. */
export function requestIdFrom(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * One line per request, written when it is answered (Fastify's own request logging, which writes
 * a second line when it arrives, is turned off), and the rest of the request run in its request
 * context so that services' log lines and the jobs it schedules carry its id.
 */
export function logRequests(server: FastifyInstance): void {
  server.addHook('onRequest', (request, _reply, done) => runInRequest(request.id, done));
  server.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTime: Math.round(reply.elapsedTime * 10) / 10,
        remoteAddress: request.ip,
      },
      'request answered',
    );
  });
}

/** Nest's own messages (boot, routes, services' loggers) go to the same pino logger as requests. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info(this.fields({ context }), String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error(this.fields({ context, trace }), String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn(this.fields({ context }), String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug(this.fields({ context }), String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace(this.fields({ context }), String(message));
  }

  private fields(fields: Record<string, unknown>): Record<string, unknown> {
    const requestId = currentRequestId();
    return requestId ? { ...fields, requestId } : fields;
  }
}
