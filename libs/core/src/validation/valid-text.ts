import { DomainError } from '../errors/domain-error';

/**
 * A user's text within `max` characters, trimmed; `required` refuses an empty one. `label` names
 * the field in the French message (« Le motif ne doit pas dépasser 1 000 caractères. »).
 */
export function validText(text: string, max: number, field: string, label: string, required = false): string {
  if (text.length > max) {
    throw DomainError.of('TEXT_TOO_LONG', { field, label, max: max.toLocaleString('fr-FR') });
  }
  const trimmed = text.trim();
  if (required && !trimmed) throw DomainError.of('TEXT_REQUIRED', { field, label });
  return trimmed;
}

/**
 * Bidirectional controls: the embeddings and overrides (U+202A–U+202E), the isolates
 * (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In a name or a title they reorder what
 * follows, so that one passes for another (« Nad\u202Eaid » reads « Naddia »); names and titles
 * never need them, the text's own letters give its direction.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (text: string): string => text.replace(BIDI_CONTROLS, '');
