import {
  BallotCastByResolver,
  BallotVoterResolver,
  CommitteeAgendaResolver,
  ProposalVotesResolver,
  ProxyGiverResolver,
  ProxyHolderResolver,
  StandingCastByResolver,
  VotesResolver,
} from './votes.resolver';

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const VOTES_RESOLVERS = [
  VotesResolver,
  CommitteeAgendaResolver,
  ProposalVotesResolver,
  ProxyGiverResolver,
  ProxyHolderResolver,
  BallotVoterResolver,
  BallotCastByResolver,
  StandingCastByResolver,
];
