import { Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ConfigModule,
  IdentityProviderConfig,
  JobsModule,
  LiveEventsModule,
  loadConfig,
  MetricsModule,
  TableChangesModule,
} from '@ouvroir/core';
import { Actor, IdentityService, PlatformRole } from '@ouvroir/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ouvroirDataSourceOptions } from '../../apps/api/src/database';
import { DOMAIN_MODULES } from '../../apps/api/src/domain-libraries';
import { createTestDatabase, TestDatabase } from './database';

/**
 * The service-level tier: the domains' Nest modules on a fresh copy of the migrated database, without
 * HTTP, GraphQL or sign-in. For rules that need a real PostgreSQL but not the whole app; what crosses
 * HTTP stays in test/api.
 */
export interface ServiceTesting {
  module: TestingModule;
  database: TestDatabase;
  /** The app's own connection, for fixtures and for checking what was written. */
  dataSource: DataSource;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function startServices(): Promise<ServiceTesting> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEV_IDP: '0' });
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      LiveEventsModule,
      TypeOrmModule.forRoot(ouvroirDataSourceOptions(database.url)),
      MetricsModule,
      JobsModule,
      TableChangesModule,
      ...DOMAIN_MODULES,
    ],
  }).compile();
  await module.init();
  return {
    module,
    database,
    dataSource: module.get(DataSource),
    get: (type) => module.get(type, { strict: false }),
    close: async () => {
      await module.close();
      await database.drop();
    },
  };
}

/** The provider the factories' people sign in with (never contacted: `signIn` takes its claims). */
const FACTORY_PROVIDER = {
  id: 'factory',
  label: 'Fabrique de tests',
  kind: 'generic',
  issuer: 'https://factory.test',
  clientId: 'factory',
  clientSecret: 'factory',
  defaultRole: 'member',
  tokenAuthMethod: 'client_secret_post',
} as IdentityProviderConfig;

/** Someone with an account, as services receive them; a new person at each call unless `login` repeats. */
export async function person(
  services: ServiceTesting,
  options: { login?: string; role?: PlatformRole; organisationName?: string } = {},
): Promise<Actor> {
  const login = options.login ?? `personne-${randomUUID().slice(0, 8)}`;
  const user = await services.get(IdentityService).signIn(FACTORY_PROVIDER, {
    issuer: FACTORY_PROVIDER.issuer,
    subject: login,
    displayName: `${login[0].toUpperCase()}${login.slice(1)} Test`,
    email: `${login}@ac-test.fr`,
    siret: null,
    uai: null,
    organisationName: options.organisationName ?? null,
    role: options.role ?? 'member',
    emailVerified: true,
  });
  return {
    id: user.id,
    platformRole: user.platformRole,
    displayName: user.displayName,
    session: { userId: user.id, providerId: FACTORY_PROVIDER.id, authenticatedAt: Date.now() },
  };
}
