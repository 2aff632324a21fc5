import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { DomainsModule } from '@ouvroir/domains';
import { IdentityModule } from '@ouvroir/identity';
import { GroupsRepository } from './groups.repository';
import {
  AuditEntryResolver,
  GroupsResolver,
  InvitationResolver,
  JoinRequestResolver,
  MembershipResolver,
} from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [AuditModule, DomainsModule, IdentityModule],
  providers: [
    GroupsRepository,
    GroupsService,
    GroupsResolver,
    MembershipResolver,
    JoinRequestResolver,
    InvitationResolver,
    AuditEntryResolver,
  ],
  exports: [GroupsService],
})
export class GroupsModule {}
