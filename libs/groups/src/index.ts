import { CreateGroups1764350000000 } from './migrations/1764350000000-CreateGroups';

export { GroupEntity } from './group.entity';
export { groupLoader } from './group-loaders';
export { GroupModel } from './models/group.models';
export { GroupsModule } from './groups.module';
export { GROUPS_RESOLVERS } from './groups.resolvers';
export { GroupsService, NewGroup } from './groups.service';
export { MembershipsService } from './memberships.service';
export { GroupCount, MemberCount, StatisticsFilter, WeeklyCount } from './statistics/groups-statistics.repository';
export { GroupsStatisticsService } from './statistics/groups-statistics.service';
export { InvitationEntity } from './invitation.entity';
export { JoinRequestEntity } from './join-request.entity';
export { MEMBERSHIP_ROLES, MembershipEntity, MembershipRole } from './membership.entity';

/** This library's tables, in the order they were added. */
export const groupsMigrations = [CreateGroups1764350000000];
