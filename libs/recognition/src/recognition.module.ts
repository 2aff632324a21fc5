import { Module } from '@nestjs/common';
import { AuditModule } from '@ouvroir/audit';
import { CallsModule } from '@ouvroir/calls';
import { CommonsModule } from '@ouvroir/commons';
import { GroupsModule } from '@ouvroir/groups';
import { IdentityModule } from '@ouvroir/identity';
import { ProposalsModule } from '@ouvroir/proposals';
import { AttestationsService } from './attestations.service';
import { BadgesService } from './badges.service';
import { JwksController } from './jwks.controller';
import { ProfilesService } from './profiles.service';
import { RecognitionRepository } from './recognition.repository';
import { RECOGNITION_RESOLVERS } from './recognition.resolver';

@Module({
  imports: [AuditModule, IdentityModule, GroupsModule, ProposalsModule, CommonsModule, CallsModule],
  controllers: [JwksController],
  providers: [RecognitionRepository, AttestationsService, ProfilesService, BadgesService, ...RECOGNITION_RESOLVERS],
  exports: [AttestationsService, ProfilesService, BadgesService],
})
export class RecognitionModule {}
