export { GroupEntity } from './group.entity';
export { GroupModel } from './models/group.models';
export { GroupsModule } from './groups.module';
export {
  AuditEntryResolver,
  groupLoader,
  GroupsResolver,
  InvitationResolver,
  JoinRequestResolver,
  MembershipResolver,
} from './groups.resolver';
export { GroupsService, NewGroup } from './groups.service';
export { InvitationEntity } from './invitation.entity';
export { JoinRequestEntity } from './join-request.entity';
export { MEMBERSHIP_ROLES, MembershipEntity, MembershipRole } from './membership.entity';
export { groupsLibrary } from './groups.library';
