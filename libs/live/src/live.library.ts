import { DomainLibrary } from '@ouvroir/core';
import { LiveModule } from './live.module';

/** The live connections: no table, no GraphQL; its gateway relays what every domain announces. */
export const liveLibrary: DomainLibrary = {
  name: 'live',
  module: LiveModule,
  entities: [],
  migrations: [],
  resolvers: [],
};
