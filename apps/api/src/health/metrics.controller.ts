import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { AppConfig, InjectConfig, Metrics, Public } from '@ouvroir/core';
import type { FastifyReply } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus' scrape (docs/deployment.md, « Métriques »): served only when METRICS_TOKEN is set, to
 * whoever presents it as a bearer token. Public to the access guard: the token is its own check.
 */
@Controller()
export class MetricsController {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Get('metrics')
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException();
    const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    // Compared as digests: equal lengths, and no timing that tells how much of the token matched.
    if (!timingSafeEqual(digest(presented), digest(token))) throw new UnauthorizedException();
    const body = await this.metrics.registry.metrics();
    return reply
      .header('content-type', this.metrics.registry.contentType)
      .header('cache-control', 'no-store')
      .send(body);
  }
}
