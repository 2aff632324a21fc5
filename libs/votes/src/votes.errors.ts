import type { ErrorReason } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { QueryFailedError } from 'typeorm';

/**
 * For `.catch`: a violation of `constraint` (a race the checks before could not see) is refused for
 * `reason`, as the check would have refused it; anything else is rethrown.
 */
export function refusedOn(constraint: string, reason: ErrorReason) {
  return (error: unknown): never => {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint) {
      throw DomainError.of(reason);
    }
    throw error;
  };
}
