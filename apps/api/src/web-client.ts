import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { ArgumentsHost, Catch, NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpErrorFilter } from '@ouvroir/core';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths the API answers itself: an unknown one there is a JSON 404, never the web page. */
const API_PREFIXES = ['/graphql', '/health', '/ready', '/auth/', '/api/'];

/**
 * Serves the built web client (`npm run build:web`) and answers unknown page
 * addresses with its index.html, so that client-side routes survive a reload.
 */
export async function serveWebClient(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  const hasClient = existsSync(join(webDistDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: 'index.html',
      cacheControl: false,
      setHeaders,
    });
  }
  app.useGlobalFilters(new WebClientFallbackFilter(hasClient));
}

/** Vite fingerprints what it puts in assets/: those may be cached for good, the rest must be revalidated. */
function setHeaders(reply: FastifyReply, path: string) {
  void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}

@Catch()
class WebClientFallbackFilter extends HttpErrorFilter {
  constructor(private readonly hasClient: boolean) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() === 'http' && exception instanceof NotFoundException && this.hasClient) {
      const request = host.switchToHttp().getRequest<FastifyRequest>();
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      const wantsPage = request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
      if (wantsPage && !API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) {
        void reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
        return;
      }
    }
    super.catch(exception, host);
  }
}
