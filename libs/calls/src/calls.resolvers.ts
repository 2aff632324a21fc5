import { CallsResolver } from './calls.resolver';
import { CommonLaureateResolver } from './laureates.resolver';
import { ReviewerLoadResolver, ReviewsResolver, SubmissionsResolver } from './submissions.resolver';

export const CALLS_RESOLVERS = [
  CallsResolver,
  SubmissionsResolver,
  ReviewsResolver,
  ReviewerLoadResolver,
  CommonLaureateResolver,
];
