import { ERROR_CODES, ERROR_REASONS, ErrorCode, ErrorReason, interpolate } from '@ouvroir/contracts';

export { ERROR_CODES };
export type { ErrorCode };

/**
 * An error a domain service throws on purpose: its code is stable, its message, in French, is safe
 * to show to the user, and its reason (when it has one, see `@ouvroir/contracts`) says precisely why,
 * so that a client can say it in its own language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The refusal for this reason: its code, and its French text filled from `details`. */
  static of(reason: ErrorReason, details?: Record<string, unknown>): DomainError {
    const { code, fr } = ERROR_REASONS[reason];
    return new DomainError(code, interpolate(fr, details), details, reason);
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, signalez-la.';
