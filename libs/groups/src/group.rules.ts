import { EMAIL_PATTERN, GROUP_LIMITS, GROUP_SLUG_PATTERN } from '@ouvroir/contracts';
import { DomainError, withoutBidiControls } from '@ouvroir/core';
import { isUUID } from 'class-validator';

/** A slug from a French name: « Logiciels libres au collège » → `logiciels-libres-au-college`. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, GROUP_LIMITS.slugMax)
    .replace(/-+$/, '');
}

export function validName(name: string): string {
  const trimmed = withoutBidiControls(name).trim();
  if (trimmed.length < GROUP_LIMITS.nameMin || trimmed.length > GROUP_LIMITS.nameMax) {
    throw DomainError.of('GROUP_NAME_LENGTH', { field: 'name', max: GROUP_LIMITS.nameMax });
  }
  return trimmed;
}

export function validSlug(slug: string): string {
  if (slug.length < GROUP_LIMITS.slugMin || slug.length > GROUP_LIMITS.slugMax || !GROUP_SLUG_PATTERN.test(slug)) {
    throw DomainError.of('GROUP_SLUG_INVALID', { field: 'slug' });
  }
  return slug;
}

export function validEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > GROUP_LIMITS.emailMax || !EMAIL_PATTERN.test(normalised)) {
    throw DomainError.of('EMAIL_INVALID', { field: 'email', email });
  }
  return normalised;
}

export function validUserId(id: string, field = 'userId'): string {
  if (!isUUID(id)) throw DomainError.of('USER_ID_INVALID', { field });
  return id;
}
