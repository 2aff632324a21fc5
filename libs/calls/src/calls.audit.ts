/** The governance acts of calls for commons that the journal records (every act but a draft's save). */
export const CALLS_AUDIT_ACTIONS = [
  'call_created',
  'call_updated',
  'call_reviewer_added',
  'call_reviewer_removed',
  'call_opened',
  'call_review_started',
  'call_deliberation_opened',
  'call_decided',
  'call_closed',
  'submission_submitted',
  'submission_co_applicant_accepted',
  'submission_eligibility_decided',
  'review_assigned',
  'review_link_declared',
  'review_submitted',
  'submission_decided',
  'laureate_catalogued',
  'milestone_added',
  'milestone_updated',
] as const;

export type CallAct = (typeof CALLS_AUDIT_ACTIONS)[number];
