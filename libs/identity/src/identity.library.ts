import { DomainLibrary } from '@ouvroir/core';
import { IdentityLinkGrantEntity } from './identity-link-grant.entity';
import { IdentityEntity } from './identity.entity';
import { IdentityModule } from './identity.module';
import { IdentityResolver } from './identity.resolver';
import { CreateIdentity1764330000000 } from './migrations/1764330000000-CreateIdentity';
import { CreateIdentityLinkGrant1764330000001 } from './migrations/1764330000001-CreateIdentityLinkGrant';
import { AddAgreementForm1780000300000 } from './migrations/1780000300000-AddAgreementForm';
import { AddPublicProfile1781400000000 } from './migrations/1781400000000-AddPublicProfile';
import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

export const identityLibrary: DomainLibrary = {
  name: 'identity',
  module: IdentityModule,
  entities: [OrganisationEntity, UserEntity, IdentityEntity, IdentityLinkGrantEntity],
  migrations: [
    CreateIdentity1764330000000,
    CreateIdentityLinkGrant1764330000001,
    AddAgreementForm1780000300000,
    AddPublicProfile1781400000000,
  ],
  resolvers: [IdentityResolver],
};
