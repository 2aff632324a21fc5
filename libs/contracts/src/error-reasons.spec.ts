import { AUDIT_ERRORS } from './audit';
import { COMMON_ERRORS } from './commons';
import { CALL_ERRORS } from './calls';
import { CORE_ERRORS } from './core';
import { DISCUSSION_ERRORS } from './discussion';
import { DOMAIN_ERRORS } from './domains';
import { GROUP_ERRORS } from './groups';
import { IDENTITY_ERRORS } from './identity';
import { ERROR_REASONS } from './index';
import { INDICATOR_ERRORS } from './indicators';
import { LIVE_ERRORS } from './live';
import { NOTIFICATION_ERRORS } from './notifications';
import { PROPOSAL_ERRORS } from './proposals';
import { PUBLICCODE_ERRORS } from './publiccode';
import { SEARCH_ERRORS } from './search';
import { RECOGNITION_ERRORS } from './recognition';
import { VOTE_ERRORS } from './votes';

const CATALOGUES = [
  CORE_ERRORS,
  IDENTITY_ERRORS,
  DOMAIN_ERRORS,
  AUDIT_ERRORS,
  GROUP_ERRORS,
  PROPOSAL_ERRORS,
  VOTE_ERRORS,
  DISCUSSION_ERRORS,
  LIVE_ERRORS,
  NOTIFICATION_ERRORS,
  COMMON_ERRORS,
  PUBLICCODE_ERRORS,
  SEARCH_ERRORS,
  CALL_ERRORS,
  RECOGNITION_ERRORS,
  INDICATOR_ERRORS,
];

describe('the error reasons', () => {
  it('are each given by one domain only (a spread would silently keep the last)', () => {
    const names = CATALOGUES.flatMap((catalogue) => Object.keys(catalogue));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(Object.keys(ERROR_REASONS)).toHaveLength(names.length);
  });
});
