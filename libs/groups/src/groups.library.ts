import { DomainLibrary } from '@ouvroir/core';
import { GROUPS_AUDIT_ACTIONS } from './groups.audit';
import { GroupEntity } from './group.entity';
import { GroupsModule } from './groups.module';
import { GROUPS_RESOLVERS } from './groups.resolvers';
import { InvitationEntity } from './invitation.entity';
import { JoinRequestEntity } from './join-request.entity';
import { MembershipEntity } from './membership.entity';
import { CreateGroups1764350000000 } from './migrations/1764350000000-CreateGroups';
import { IndexGroupsByVisibility1782100000000 } from './migrations/1782100000000-IndexGroupsByVisibility';
import { GroupCursorsToMilliseconds1782200000003 } from './migrations/1782200000003-GroupCursorsToMilliseconds';

export const groupsLibrary: DomainLibrary = {
  name: 'groups',
  module: GroupsModule,
  entities: [GroupEntity, MembershipEntity, JoinRequestEntity, InvitationEntity],
  migrations: [
    CreateGroups1764350000000,
    IndexGroupsByVisibility1782100000000,
    GroupCursorsToMilliseconds1782200000003,
  ],
  resolvers: GROUPS_RESOLVERS,
  auditActions: GROUPS_AUDIT_ACTIONS,
};
