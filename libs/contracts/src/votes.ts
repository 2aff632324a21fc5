import { errorReasons } from './errors';

export const VOTE_ERRORS = errorReasons({});
