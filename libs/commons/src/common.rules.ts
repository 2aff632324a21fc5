import {
  COMMON_KINDS,
  COMMON_LIMITS,
  COMMON_SLUG_PATTERN,
  COMMON_STATUSES,
  CommonKind,
  CommonStatus,
  Forge,
  REPOSITORY_ROLES,
  RepositoryRole,
} from '@ouvroir/contracts';
import { DomainError, validText, withoutBidiControls } from '@ouvroir/core';
import { isUUID } from 'class-validator';
import { forgeOf } from './forge';
import { ParsedLicence, parseLicence } from './licence';

/** A common's editable fields as the forms send them. */
export interface CommonFields {
  kind: CommonKind;
  name: string;
  summary: string;
  description: string;
  domainId: string;
  stewardingGroupId?: string | null;
  status?: CommonStatus | null;
  website?: string | null;
  tags?: string[] | null;
  licence: string;
  scolomfrUris?: string[] | null;
}

export interface ValidFields {
  kind: CommonKind;
  name: string;
  summary: string;
  description: string;
  domainId: string;
  stewardingGroupId: string | null;
  status: CommonStatus;
  website: string | null;
  tags: string[];
  licence: ParsedLicence;
  scolomfrUris: string[];
}

export interface RepositoryFields {
  url: string;
  role?: RepositoryRole | null;
  /** A mirror's source: the URL of another repository of the same list. */
  mirrorOfUrl?: string | null;
}

export interface ValidRepository {
  url: string;
  forge: Forge;
  role: RepositoryRole;
  mirrorOfUrl: string | null;
  position: number;
}

/** An http(s) address within `max` characters, or null when it is not one. */
export function httpUrl(text: string, max: number): URL | null {
  if (text.length > max) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A common's fields, trimmed and checked; the first refusal names its field. */
export function validCommonFields(input: CommonFields): ValidFields {
  if (!COMMON_KINDS.includes(input.kind)) throw DomainError.of('COMMON_KIND_UNKNOWN', { field: 'kind' });
  const name = withoutBidiControls(input.name).trim();
  if (name.length < COMMON_LIMITS.nameMin || name.length > COMMON_LIMITS.nameMax) {
    throw DomainError.of('COMMON_NAME_LENGTH', { field: 'name' });
  }
  const summary = validText(input.summary, COMMON_LIMITS.summaryMax, 'summary', 'Le résumé');
  const description = validText(input.description, COMMON_LIMITS.descriptionMax, 'description', 'La description');
  if (!isUUID(input.domainId)) throw DomainError.of('COMMON_DOMAIN_UNKNOWN', { field: 'domainId' });
  const stewardingGroupId = input.stewardingGroupId ?? null;
  if (stewardingGroupId !== null && !isUUID(stewardingGroupId)) {
    throw DomainError.of('COMMON_GROUP_UNKNOWN', { field: 'stewardingGroupId' });
  }
  const status = input.status ?? 'active';
  if (!COMMON_STATUSES.includes(status)) throw DomainError.of('COMMON_STATUS_UNKNOWN', { field: 'status' });
  let website: string | null = null;
  if (input.website?.trim()) {
    const url = httpUrl(input.website, COMMON_LIMITS.websiteMax);
    if (!url) throw DomainError.of('COMMON_WEBSITE_INVALID', { field: 'website' });
    website = url.href;
  }
  const tags = [...new Set((input.tags ?? []).map((tag) => withoutBidiControls(tag).trim()).filter(Boolean))];
  if (tags.length > COMMON_LIMITS.tagsMax || tags.some((tag) => tag.length > COMMON_LIMITS.tagMax)) {
    throw DomainError.of('COMMON_TAGS_TOO_MANY', { field: 'tags' });
  }
  const licence = parseLicence(input.licence);
  const scolomfrUris = [...new Set(input.scolomfrUris ?? [])];
  if (scolomfrUris.length > COMMON_LIMITS.scolomfrMax) throw DomainError.of('SCOLOMFR_TOO_MANY', { field: 'scolomfr' });
  if (scolomfrUris.length > 0 && input.kind !== 'educational_resource') {
    throw DomainError.of('SCOLOMFR_RESOURCES_ONLY', { field: 'scolomfr' });
  }
  return {
    kind: input.kind,
    name,
    summary,
    description,
    domainId: input.domainId,
    stewardingGroupId,
    status,
    website,
    tags,
    licence,
    scolomfrUris,
  };
}

/** A list of repositories, checked: http(s) URLs, each once, mirrors naming a source of the list. */
export function validRepositories(list: readonly RepositoryFields[]): ValidRepository[] {
  if (list.length > COMMON_LIMITS.repositoriesMax)
    throw DomainError.of('REPOSITORIES_TOO_MANY', { field: 'repositories' });
  const repositories = list.map((repository, position) => {
    const url = httpUrl(repository.url, COMMON_LIMITS.repositoryUrlMax);
    if (!url) {
      throw DomainError.of('REPOSITORY_URL_INVALID', {
        field: 'repositories',
        url: repository.url.slice(0, 100),
      });
    }
    const role = repository.role ?? (repository.mirrorOfUrl ? 'mirror' : 'source');
    if (!REPOSITORY_ROLES.includes(role)) throw DomainError.of('REPOSITORY_MIRROR_INVALID', { field: 'repositories' });
    const mirrorOf = repository.mirrorOfUrl?.trim()
      ? httpUrl(repository.mirrorOfUrl, COMMON_LIMITS.repositoryUrlMax)
      : null;
    if (repository.mirrorOfUrl?.trim() && !mirrorOf)
      throw DomainError.of('REPOSITORY_MIRROR_INVALID', { field: 'repositories' });
    return { url: url.href, forge: forgeOf(url), role, mirrorOfUrl: mirrorOf?.href ?? null, position };
  });
  const byUrl = new Map<string, ValidRepository>();
  for (const repository of repositories) {
    if (byUrl.has(repository.url))
      throw DomainError.of('REPOSITORY_DUPLICATE', { field: 'repositories', url: repository.url });
    byUrl.set(repository.url, repository);
  }
  for (const repository of repositories) {
    const source = repository.mirrorOfUrl ? byUrl.get(repository.mirrorOfUrl) : undefined;
    const valid =
      repository.role === 'mirror' ? source !== undefined && source.role === 'source' : repository.mirrorOfUrl === null;
    if (!valid) throw DomainError.of('REPOSITORY_MIRROR_INVALID', { field: 'repositories' });
  }
  return repositories;
}

/** An address from a name: lowercase ASCII words joined by hyphens, within the length limit. */
export function slugFrom(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, COMMON_LIMITS.slugMax)
    .replace(/-+$/g, '');
  return slug || 'commun';
}

export function validSlug(slug: string): string {
  const trimmed = slug.trim();
  if (!trimmed || trimmed.length > COMMON_LIMITS.slugMax || !COMMON_SLUG_PATTERN.test(trimmed)) {
    throw DomainError.of('COMMON_SLUG_INVALID', { field: 'slug' });
  }
  return trimmed;
}
