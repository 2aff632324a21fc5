import type { CommonKind } from './kinds';
import type frTexts from '../i18n/fr.json';

/** The key of a licence's explanation under `licenceGuidance.licences` (SPDX ids hold dots, which i18next splits on). */
type LicenceTextKey = keyof (typeof frTexts)['licenceGuidance']['licences'];

const textKeys: Record<string, LicenceTextKey> = {
  'CC-BY-4.0': 'ccBy',
  'CC-BY-SA-4.0': 'ccBySa',
  'CC0-1.0': 'cc0',
  'etalab-2.0': 'etalab',
  'ODbL-1.0': 'odbl',
  'EUPL-1.2': 'eupl',
  MIT: 'mit',
  'Apache-2.0': 'apache',
  'GPL-3.0-or-later': 'gpl',
  'AGPL-3.0-or-later': 'agpl',
  'MPL-2.0': 'mpl',
};

/** The explanation of a licence the guidance knows, by its SPDX id; undefined for the others. */
export const licenceTextKey = (id: string): LicenceTextKey | undefined =>
  Object.hasOwn(textKeys, id) ? textKeys[id] : undefined;

/** The licences the form offers first for each kind, the advised one first. */
export const recommendedLicences: Record<CommonKind, string[]> = {
  educational_resource: ['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0'],
  software: ['EUPL-1.2', 'AGPL-3.0-or-later', 'GPL-3.0-or-later', 'MPL-2.0', 'Apache-2.0', 'MIT'],
  dataset: ['etalab-2.0', 'ODbL-1.0', 'CC-BY-4.0', 'CC0-1.0'],
  service: ['AGPL-3.0-or-later', 'EUPL-1.2', 'GPL-3.0-or-later', 'MIT'],
};
