import { DomainLibrary } from '@ouvroir/core';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditModule } from './audit.module';
import { CreateAuditEntry1764340000000 } from './migrations/1764340000000-CreateAuditEntry';

export const auditLibrary: DomainLibrary = {
  name: 'audit',
  module: AuditModule,
  entities: [AuditEntryEntity],
  migrations: [CreateAuditEntry1764340000000],
  resolvers: [],
};
