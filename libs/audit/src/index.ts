import { CreateAuditEntry1764340000000 } from './migrations/1764340000000-CreateAuditEntry';

export { AUDIT_ACTIONS, AuditAction, AuditEntryEntity } from './audit-entry.entity';
export { AuditModule } from './audit.module';
export { AuditQuery, AuditRecord, AuditService } from './audit.service';
export { AuditActionEnum, AuditEntryConnection, AuditEntryModel } from './models/audit-entry.model';

/** This library's tables, in the order they were added. */
export const auditMigrations = [CreateAuditEntry1764340000000];
