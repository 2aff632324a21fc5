/**
 * The stable codes clients receive in GraphQL `extensions.code` (and as HTTP
 * statuses on REST routes). Documented in docs/errors.md.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  RESPONSE_TOO_LARGE: 400,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * An error a domain service throws on purpose: its code is stable and its
 * message, in French, is safe to show to the user.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, signalez-la.';
