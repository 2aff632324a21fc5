import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '@ouvroir/core';
import { IdentityProvidersService } from '@ouvroir/identity';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly identityProviders: IdentityProvidersService,
  ) {}

  /** Alive: the process answers. Load balancers restart it when this fails. */
  @Get('health')
  @HealthCheck()
  @Public()
  alive() {
    return this.health.check([]);
  }

  /**
   * Ready: the database answers and every migration is applied. An identity provider that
   * does not answer degrades readiness (named in `unavailable`) without failing it: the others work.
   * Not ready is a 503 SERVICE_UNAVAILABLE whose message names what is down, terminus' report beside.
   */
  @Get('ready')
  @HealthCheck()
  @Public()
  async ready() {
    try {
      return await this.health.check([
        () => this.databaseAnswers(),
        () => this.migrationsApplied(),
        () => this.providersAvailable(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const report = error.getResponse() as HealthCheckResult;
      const down = Object.entries(report.error ?? {}).map(
        ([key, check]) => (check?.message as string | undefined) ?? key,
      );
      throw new ServiceUnavailableException({
        code: 'SERVICE_UNAVAILABLE',
        message: `Ouvroir n’est pas prêt : ${down.join(' ; ')}.`,
        ...report,
      });
    }
  }

  private providersAvailable() {
    const check = this.indicator.check('identityProviders');
    const unavailable = this.identityProviders
      .list()
      .filter((provider) => provider.status === 'unavailable')
      .map((provider) => provider.config.id);
    return unavailable.length ? check.degraded({ unavailable }) : check.up();
  }

  private async databaseAnswers() {
    const result = await this.database.pingCheck('database');
    // Terminus would report the driver's message, which names the server's address.
    return result.database.status === 'up'
      ? result
      : this.indicator.check('database').down('la base de données ne répond pas');
  }

  private async migrationsApplied() {
    const check = this.indicator.check('migrations');
    // Unknown while the database does not answer, which the database check says.
    const pending = await this.dataSource.showMigrations().catch(() => null);
    if (pending === null) return check.down('migrations non vérifiées');
    return pending ? check.down('des migrations restent à appliquer') : check.up();
  }
}
