import { BallotCastByResolver, BallotsResolver, BallotVoterResolver } from './ballots.resolver';
import { ProxiesResolver, ProxyGiverResolver, ProxyHolderResolver } from './proxies.resolver';
import {
  CommitteeAgendaResolver,
  ProposalVotesResolver,
  StandingCastByResolver,
  VotesResolver,
} from './votes.resolver';

/** Every resolver of the library: the module provides them, the schema printer lists them. */
export const VOTES_RESOLVERS = [
  VotesResolver,
  BallotsResolver,
  ProxiesResolver,
  CommitteeAgendaResolver,
  ProposalVotesResolver,
  ProxyGiverResolver,
  ProxyHolderResolver,
  BallotVoterResolver,
  BallotCastByResolver,
  StandingCastByResolver,
];
