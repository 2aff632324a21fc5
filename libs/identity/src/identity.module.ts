import fastifyPassport from '@fastify/passport';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { DEV_IDENTITY_PROVIDER, devIdentityProviderFactory } from './dev-provider/dev-identity-provider.provider';
import { IdentityRepository } from './identity.repository';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import { PASSPORT, SignInService } from './oidc/sign-in.service';
import { SessionStore } from './session-store';
import { IdentityStatisticsRepository } from './statistics/identity-statistics.repository';
import { IdentityStatisticsService } from './statistics/identity-statistics.service';

@Module({
  controllers: [AuthController],
  providers: [
    // Every operation of every module declares its access or is refused (access.guard.ts).
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: PASSPORT, useFactory: () => new fastifyPassport.Authenticator() },
    IdentityRepository,
    IdentityService,
    AccountsService,
    IdentityProvidersService,
    SignInService,
    SessionStore,
    devIdentityProviderFactory,
    IdentityResolver,
    IdentityStatisticsRepository,
    IdentityStatisticsService,
  ],
  exports: [IdentityService, IdentityStatisticsService, IdentityProvidersService, SessionStore, DEV_IDENTITY_PROVIDER],
})
export class IdentityModule {}
