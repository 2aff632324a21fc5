import type { ErrorReason } from '@ouvroir/contracts';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';

/**
 * For `.catch`: a violation of `constraint` (a race the checks before could not see) is refused for
 * `reason`, as the check would have refused it; anything else is rethrown.
 */
export function conflictOn(constraint: string, reason: ErrorReason, details?: Record<string, unknown>) {
  return (error: unknown): never => {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint) {
      throw DomainError.of(reason, details);
    }
    throw error;
  };
}
