import { FactoryProvider } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@ouvroir/core';
import { IdentityProvidersService } from '../oidc/identity-providers.service';
import { createDevIdentityProvider } from './dev-identity-provider';

export const DEV_IDENTITY_PROVIDER = Symbol('DEV_IDENTITY_PROVIDER');
export type DevIdentityProvider = Awaited<ReturnType<typeof createDevIdentityProvider>>;

/** The development provider when the configuration asks for it, declared among the providers; else null. */
export const devIdentityProviderFactory: FactoryProvider<DevIdentityProvider | null> = {
  provide: DEV_IDENTITY_PROVIDER,
  inject: [APP_CONFIG, IdentityProvidersService],
  useFactory: async (config: AppConfig, providers: IdentityProvidersService) => {
    if (!config.identity.devProvider) return null;
    const devProvider = await createDevIdentityProvider(config.publicUrl);
    providers.add(devProvider.provider);
    return devProvider;
  },
};
