import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from './domain-error';

/**
 * For `.catch`: a violation of `constraint` (a race the checks before could not see) becomes this
 * DomainError; anything else is rethrown.
 */
export function conflictOn(constraint: string, message: string, code: ErrorCode = 'CONFLICT') {
  return (error: unknown): never => {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === constraint) {
      throw new DomainError(code, message);
    }
    throw error;
  };
}
