import { DomainError } from '../errors/domain-error';

/**
 * A user's text within `max` characters, trimmed; `required` refuses an empty one. `label` names
 * the field in the French message (« Le motif ne doit pas dépasser 1 000 caractères. »).
 */
export function validText(text: string, max: number, field: string, label: string, required = false): string {
  if (text.length > max) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${label} ne doit pas dépasser ${max.toLocaleString('fr-FR')} caractères.`,
      {
        field,
      },
    );
  }
  const trimmed = text.trim();
  if (required && !trimmed) throw new DomainError('BAD_USER_INPUT', `${label} ne peut pas être vide.`, { field });
  return trimmed;
}
