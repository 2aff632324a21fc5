import { CallsResolver } from './calls.resolver';
import { CommonLaureateResolver } from './laureates.resolver';
import { ReviewsResolver, SubmissionsResolver } from './submissions.resolver';

export const CALLS_RESOLVERS = [CallsResolver, SubmissionsResolver, ReviewsResolver, CommonLaureateResolver];
