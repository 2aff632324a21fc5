import { errorReasons } from './errors';

export const IDENTITY_ERRORS = errorReasons({});
