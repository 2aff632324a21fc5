import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  /** Alive: the process answers. Load balancers restart it when this fails. */
  @Get('health')
  @HealthCheck()
  alive() {
    return this.health.check([]);
  }

  /** Ready: the database answers and every migration is applied. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database'), () => this.migrationsApplied()]);
  }

  private async migrationsApplied() {
    const check = this.indicator.check('migrations');
    return (await this.dataSource.showMigrations()) ? check.down('des migrations restent à appliquer') : check.up();
  }
}
