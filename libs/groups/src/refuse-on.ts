import type { ErrorReason } from '@ouvroir/contracts';
import { DomainError } from '@ouvroir/core';
import { QueryFailedError } from 'typeorm';

/**
 * For `.catch`: a violation of `constraint` (a race the checks before could not see) becomes the
 * refusal for `reason`; anything else is rethrown. Core's `conflictOn`, with a reason of the catalogue.
 */
export function refuseOn(constraint: string, reason: ErrorReason, details?: Record<string, unknown>) {
  return (error: unknown): never => {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint) {
      throw DomainError.of(reason, details);
    }
    throw error;
  };
}
