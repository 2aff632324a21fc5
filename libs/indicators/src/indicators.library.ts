import { DomainLibrary } from '@ouvroir/core';
import { IndicatorsModule } from './indicators.module';
import { IndicatorsResolver } from './indicators.resolver';

/** The programme's public figures, from the domains' statistics services only. */
export const indicatorsLibrary: DomainLibrary = {
  name: 'indicators',
  module: IndicatorsModule,
  entities: [],
  migrations: [],
  resolvers: [IndicatorsResolver],
};
