import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
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
  alive() {
    return this.health.check([]);
  }

  /**
   * Ready: the database answers and every migration is applied. An identity provider that
   * does not answer degrades readiness (named in `unavailable`) without failing it: the others work.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database'),
      () => this.migrationsApplied(),
      () => this.providersAvailable(),
    ]);
  }

  private providersAvailable() {
    const check = this.indicator.check('identityProviders');
    const unavailable = this.identityProviders
      .list()
      .filter((provider) => provider.status === 'unavailable')
      .map((provider) => provider.config.id);
    return unavailable.length ? check.degraded({ unavailable }) : check.up();
  }

  private async migrationsApplied() {
    const check = this.indicator.check('migrations');
    return (await this.dataSource.showMigrations()) ? check.down('des migrations restent à appliquer') : check.up();
  }
}
