import fastifyPassport from '@fastify/passport';
import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { DEV_IDENTITY_PROVIDER, devIdentityProviderFactory } from './dev-provider/dev-identity-provider.provider';
import { IdentityRepository } from './identity.repository';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { IdentityProvidersService } from './oidc/identity-providers.service';
import { PASSPORT, SignInService } from './oidc/sign-in.service';

@Module({
  controllers: [AuthController],
  providers: [
    { provide: PASSPORT, useFactory: () => new fastifyPassport.Authenticator() },
    IdentityRepository,
    IdentityService,
    IdentityProvidersService,
    SignInService,
    devIdentityProviderFactory,
    IdentityResolver,
  ],
  exports: [IdentityService, IdentityProvidersService, DEV_IDENTITY_PROVIDER],
})
export class IdentityModule {}
