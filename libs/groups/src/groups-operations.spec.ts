import { operationsOf } from '../../../test/support/operations';
import { GROUPS_RESOLVERS } from './groups.resolvers';

describe('the groups’ operations', () => {
  it('each declare who may call them: the public reads the directory and a group, a session does the rest', () => {
    const signedIn = (name: string) => ({ name, access: 'signed_in' });
    expect(operationsOf(GROUPS_RESOLVERS)).toEqual([
      signedIn('Mutation.acceptInvitation'),
      signedIn('Mutation.acceptMyInvitation'),
      signedIn('Mutation.addMember'),
      signedIn('Mutation.archiveGroup'),
      signedIn('Mutation.changeMemberRole'),
      signedIn('Mutation.createGroup'),
      signedIn('Mutation.decideJoinRequest'),
      signedIn('Mutation.inviteToGroup'),
      signedIn('Mutation.joinGroup'),
      signedIn('Mutation.leaveGroup'),
      signedIn('Mutation.removeMember'),
      signedIn('Mutation.reopenGroup'),
      signedIn('Mutation.requestToJoinGroup'),
      signedIn('Mutation.revokeInvitation'),
      signedIn('Mutation.updateGroup'),
      signedIn('Query.auditLog'),
      { name: 'Query.group', access: 'public' },
      { name: 'Query.groupsDirectory', access: 'public' },
      signedIn('Query.invitationByToken'),
      signedIn('Query.myInvitations'),
    ]);
  });
});
