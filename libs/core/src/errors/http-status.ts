import { ErrorCode } from './domain-error';

const CLIENT_ERRORS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'BAD_USER_INPUT', message: 'Requête invalide.' },
  401: { code: 'UNAUTHENTICATED', message: 'Identifiez-vous pour continuer.' },
  403: { code: 'FORBIDDEN', message: 'Vous n’avez pas le droit de faire cela.' },
  404: { code: 'NOT_FOUND', message: 'Cette adresse ne correspond à aucune page ni ressource.' },
  405: { code: 'METHOD_NOT_ALLOWED', message: 'Méthode non autorisée pour cette adresse.' },
  409: { code: 'CONFLICT', message: 'Conflit avec l’état actuel de la ressource.' },
  413: { code: 'BAD_USER_INPUT', message: 'Requête trop volumineuse.' },
  415: { code: 'BAD_USER_INPUT', message: 'Type de contenu non pris en charge.' },
};

/**
 * The stable code and French message for a 4xx raised by the HTTP layer
 * (Fastify, Nest, mercurius) rather than by a domain service.
 */
export function clientErrorForStatus(status: number | undefined): { code: ErrorCode; message: string } | undefined {
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  return CLIENT_ERRORS[status] ?? CLIENT_ERRORS[400];
}

/** The HTTP status an error carries: Nest's HttpException or Fastify's `statusCode`. */
export function statusOf(error: unknown): number | undefined {
  const candidate = error as { getStatus?: () => number; statusCode?: number } | undefined;
  return candidate?.getStatus?.() ?? candidate?.statusCode;
}
