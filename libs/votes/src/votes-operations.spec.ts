import { operationsOf } from '../../../test/support/operations';
import { LedgerController } from './ledger/ledger.controller';
import { VOTES_RESOLVERS } from './votes.resolvers';

describe('the votes’ operations', () => {
  it('each declare who may call them: the public reads, a session acts', () => {
    expect(operationsOf([...VOTES_RESOLVERS, LedgerController])).toEqual([
      { name: 'GET /votes/:id/ledger.json', access: 'public' },
      { name: 'Mutation.cancelVote', access: 'signed_in' },
      { name: 'Mutation.castBallot', access: 'signed_in' },
      { name: 'Mutation.changeBallot', access: 'signed_in' },
      { name: 'Mutation.createVote', access: 'signed_in' },
      { name: 'Mutation.giveProxy', access: 'signed_in' },
      { name: 'Mutation.openVote', access: 'signed_in' },
      { name: 'Mutation.revokeProxy', access: 'signed_in' },
      { name: 'Query.ballotByReceipt', access: 'public' },
      { name: 'Query.vote', access: 'public' },
    ]);
  });
});
