import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { IdentityModule } from '@ouvroir/identity';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), IdentityModule],
  controllers: [HealthController],
})
export class HealthModule {}
