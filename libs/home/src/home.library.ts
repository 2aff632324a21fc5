import { DomainLibrary } from '@ouvroir/core';
import { HomeModule } from './home.module';
import { HOME_RESOLVERS } from './home.resolver';

/** What waits for a person, and the programme for visitors: reads of the other domains, no table. */
export const homeLibrary: DomainLibrary = {
  name: 'home',
  module: HomeModule,
  entities: [],
  migrations: [],
  resolvers: HOME_RESOLVERS,
};
