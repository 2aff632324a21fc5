import { CALLS_INDICATORS } from './calls';
import { IndicatorDefinition } from './definition';
import { DISCUSSION_INDICATORS } from './discussion';
import { GOVERNANCE_INDICATORS } from './governance';
import { PARTICIPATION_INDICATORS } from './participation';
import { PRODUCTION_INDICATORS } from './production';

export { isoWeekStart } from './definition';
export type { IndicatorContext, IndicatorDefinition, IndicatorSources, IndicatorTheme } from './definition';

/**
 * The registry: every published indicator, its definition and how it is computed, by theme. Figures
 * about people are hidden under 5 (privacy.ts); only public groups ever count (IndicatorsService).
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  ...PARTICIPATION_INDICATORS,
  ...PRODUCTION_INDICATORS,
  ...GOVERNANCE_INDICATORS,
  ...CALLS_INDICATORS,
  ...DISCUSSION_INDICATORS,
];
