export { INDICATORS, IndicatorDefinition } from './definitions';
export { IndicatorsModule } from './indicators.module';
export { IndicatorsService, IndicatorValue, periodOf } from './indicators.service';
export { indicatorsLibrary } from './indicators.library';
export { publish, PublishedCell, RawCell } from './privacy';
export { indicatorCsv, indicatorTableSchema, seriesCsv, seriesTableSchema } from './open-data';
export { IndicatorSnapshotsService, mondayOf } from './indicator-snapshots.service';
