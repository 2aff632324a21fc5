import type { CommonStatus } from '@ouvroir/contracts';

/** The versions of the standard read; a file declaring another one is read as 0.4, with a warning. */
export const PUBLICCODE_VERSIONS = ['0.2', '0.3', '0.4'] as const;

/** The version written on export. */
export const PUBLICCODE_EXPORT_VERSION = '0.4';

/** The categories of the standard's list that the catalogue's commons may carry as tags. */
export const PUBLICCODE_CATEGORIES: ReadonlySet<string> = new Set([
  'accounting',
  'agile-project-management',
  'application-development',
  'appointment-scheduling',
  'backup',
  'blog',
  'business-intelligence',
  'cloud-management',
  'collaboration',
  'communications',
  'content-management',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'digital-asset-management',
  'digital-citizenship',
  'document-management',
  'email-management',
  'event-management',
  'geographic-information-systems',
  'graphic-design',
  'help-desk',
  'identity-management',
  'instant-messaging',
  'it-development',
  'it-management',
  'it-security',
  'knowledge-management',
  'learning-management-system',
  'mind-mapping',
  'network-management',
  'office',
  'online-community',
  'productivity-suite',
  'project-collaboration',
  'project-management',
  'survey',
  'task-management',
  'time-management',
  'translation',
  'video-conferencing',
  'video-editing',
  'web-collaboration',
  'web-conferencing',
  'website-builder',
  'workflow-management',
]);

export const PUBLICCODE_PLATFORMS: ReadonlySet<string> = new Set(['web', 'windows', 'mac', 'linux', 'ios', 'android']);

export const PUBLICCODE_SOFTWARE_TYPES: ReadonlySet<string> = new Set([
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
]);

/**
 * What the export writes when the entry says nothing more precise: the import makes no tag of
 * these alone, so that an exported file imported back adds no tag the entry did not have.
 */
export const DEFAULT_PLATFORM = 'web';
export const DEFAULT_SOFTWARE_TYPE = 'standalone/web';

export const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'] as const;
export const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'] as const;

/**
 * A common's status in publiccode.yml's two keys, and back (`statusOf`): each status has its own
 * pair, so that a status survives an export imported back.
 */
export const STATUS_TO_PUBLICCODE: Record<CommonStatus, { developmentStatus: string; maintenanceType: string }> = {
  active: { developmentStatus: 'development', maintenanceType: 'community' },
  maintained: { developmentStatus: 'stable', maintenanceType: 'community' },
  seeking_maintainers: { developmentStatus: 'stable', maintenanceType: 'none' },
  archived: { developmentStatus: 'obsolete', maintenanceType: 'none' },
};

/**
 * A status from the file: obsolete is archived; no maintenance seeks maintainers; a maintained one
 * still in development is active; any other maintained one is maintained.
 */
export function statusOf(developmentStatus: string | undefined, maintenanceType: string | undefined): CommonStatus {
  if (developmentStatus === 'obsolete') return 'archived';
  if (maintenanceType === 'none') return 'seeking_maintainers';
  if (developmentStatus && ['concept', 'development', 'beta'].includes(developmentStatus)) return 'active';
  return 'maintained';
}
