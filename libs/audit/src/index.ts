export { AuditAction, AuditEntryEntity } from './audit-entry.entity';
export { AuditModule } from './audit.module';
export { AuditQuery, AuditRecord, AuditService } from './audit.service';
export {
  AuditActionEnum,
  AuditEntryConnection,
  AuditEntryModel,
  registerAuditActions,
} from './models/audit-entry.model';
export { auditLibrary } from './audit.library';
