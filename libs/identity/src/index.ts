export { profileFromClaims } from './claims';
export { AccessGuard } from './access.guard';
export { actorOf, CurrentActor, OptionalActor } from './current-actor.decorator';
export { DEMO_ACCOUNTS } from './dev-provider/demo-accounts';
export { DEV_IDENTITY_PROVIDER, DevIdentityProvider } from './dev-provider/dev-identity-provider.provider';
export { IdentityLinkGrantEntity } from './identity-link-grant.entity';
export { IdentityEntity } from './identity.entity';
export { IdentityModule } from './identity.module';
export { IdentityResolver } from './identity.resolver';
export { IdentityService, UserProfile } from './identity.service';
export { IdentityProvidersService } from './oidc/identity-providers.service';
export { OrganisationEntity, OrganisationType } from './organisation.entity';
export {
  AccountsCreatedInWeek,
  IdentityStatisticsService,
  UsersByOrganisation,
  UsersByOrganisationType,
  UsersByRoleAndStatus,
} from './statistics/identity-statistics.service';
export { leaveSessionUntouched, registerSessions } from './sessions';
export { PRODUCTION_SESSION_COOKIE, SESSION_COOKIE, sessionTag, SessionStore } from './session-store';
export type { Actor } from './session-user';
export { personField } from './person-field';
export { userLoader } from './user-loader';
export { OrganisationModel, UserModel } from './models/identity.models';
export type { OrganisationShown } from './identity.policy';
export { PlatformRole, UserEntity } from './user.entity';
export { identityLibrary } from './identity.library';
