import { DOMAIN_LIMITS } from '@ouvroir/contracts';
import { DomainError, withoutBidiControls } from '@ouvroir/core';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DomainFields {
  name: string;
  slug: string;
  description: string;
}

/** A domain's fields as a form sends them, trimmed and checked; the first refusal names its field. */
export function validDomainFields(input: DomainFields): DomainFields {
  const name = withoutBidiControls(input.name).trim();
  if (name.length < DOMAIN_LIMITS.nameMin || name.length > DOMAIN_LIMITS.nameMax) {
    throw DomainError.of('DOMAIN_NAME_LENGTH', { field: 'name' });
  }
  const slug = input.slug.trim();
  if (slug.length < DOMAIN_LIMITS.slugMin || slug.length > DOMAIN_LIMITS.slugMax || !SLUG_PATTERN.test(slug)) {
    throw DomainError.of('DOMAIN_SLUG_INVALID', { field: 'slug' });
  }
  if (input.description.length > DOMAIN_LIMITS.descriptionMax) {
    throw DomainError.of('DOMAIN_DESCRIPTION_TOO_LONG', { field: 'description' });
  }
  return { name, slug, description: input.description.trim() };
}
