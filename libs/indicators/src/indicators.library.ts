import { DomainLibrary } from '@ouvroir/core';
import { IndicatorSnapshotEntity } from './indicator-snapshot.entity';
import { IndicatorsModule } from './indicators.module';
import { CreateIndicatorSnapshot1781300000000 } from './migrations/1781300000000-CreateIndicatorSnapshot';
import { IndicatorsResolver } from './indicators.resolver';

/** The programme's public figures, from the domains' statistics services only. */
export const indicatorsLibrary: DomainLibrary = {
  name: 'indicators',
  module: IndicatorsModule,
  entities: [IndicatorSnapshotEntity],
  migrations: [CreateIndicatorSnapshot1781300000000],
  resolvers: [IndicatorsResolver],
};
