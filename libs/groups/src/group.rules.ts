import { DomainError, withoutBidiControls } from '@ouvroir/core';
import { isUUID } from 'class-validator';

export const NAME_MAX = 120;
export const SHORT_DESCRIPTION_MAX = 280;
export const CHARTER_MAX = 20_000;
export const MESSAGE_MAX = 1_000;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A slug from a French name: « Logiciels libres au collège » → `logiciels-libres-au-college`. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function validName(name: string): string {
  const trimmed = withoutBidiControls(name).trim();
  if (trimmed.length < 3 || trimmed.length > NAME_MAX) {
    throw new DomainError('BAD_USER_INPUT', `Le nom doit compter de 3 à ${NAME_MAX} caractères.`, { field: 'name' });
  }
  return trimmed;
}

export function validSlug(slug: string): string {
  if (slug.length < 3 || slug.length > 80 || !SLUG_PATTERN.test(slug)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'L’identifiant d’adresse doit compter de 3 à 80 caractères : lettres minuscules sans accent, chiffres et tirets.',
      { field: 'slug' },
    );
  }
  return slug;
}

export function validEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 254 || !EMAIL_PATTERN.test(normalised)) {
    throw new DomainError('BAD_USER_INPUT', `« ${email} » n’est pas une adresse électronique valide.`, {
      field: 'email',
    });
  }
  return normalised;
}

export function validUserId(id: string, field = 'userId'): string {
  if (!isUUID(id)) throw new DomainError('BAD_USER_INPUT', 'Cet identifiant de personne n’est pas valide.', { field });
  return id;
}
