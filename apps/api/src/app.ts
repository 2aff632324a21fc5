import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AppConfig,
  createLogger,
  handleFastifyErrors,
  logRequests,
  Metrics,
  migrate,
  PinoNestLogger,
  registerRateLimits,
  registerSecurityHeaders,
  requestIdFrom,
} from '@ouvroir/core';
import { LiveAdapter } from '@ouvroir/live';
import { LogController } from 'fastify';
import { registerSessions } from '@ouvroir/identity';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { serveWebClient } from './web-client';

/**
 * Fastify's error handler is handleFastifyErrors' alone: Nest's, installed at init, would answer
 * errors raised in hooks in another format, and overriding it made Fastify warn at every start.
 */
class OuvroirFastifyAdapter extends FastifyAdapter {
  override setErrorHandler() {
    return this.getInstance();
  }
}

/**
 * Builds the whole application on a database, migrated and ready to listen.
 * `main.ts`, the tests and the benchmark all start Ouvroir through here.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const logger = createLogger(config.logLevel);
  const adapter = new OuvroirFastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.bodyLimit,
    genReqId: requestIdFrom,
    // Fastify's two lines per request give way to logRequests' one.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    // Behind a proxy, the protocol (hence the Secure session cookie) and the client's address come from it.
    trustProxy: config.trustProxy,
    ...(config.tls ? { https: config.tls } : {}),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
    // Throw instead of exiting, so that main prints one line and tests see the error.
    abortOnError: false,
  });
  const server = app.getHttpAdapter().getInstance();
  logRequests(server);
  app.get(Metrics).observe(server);
  // What fails before Nest (the sessions' hooks) is answered in the app's format too.
  handleFastifyErrors(server);
  server.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  // GraphQL already checks types; class-validator adds the constraints of the inputs that declare them.
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  registerSecurityHeaders(app, config);
  // Before the sessions, so that a refused request never reads or creates one.
  await registerRateLimits(app, config);
  await registerSessions(app, config);
  await serveWebClient(app, config.webDistDir);
  const live = new LiveAdapter(app, config.redisUrl);
  await live.connect();
  app.useWebSocketAdapter(live);
  await migrate(app.get(DataSource));
  await app.init();
  return app;
}
