import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, DomainError, toConnection } from '@ouvroir/core';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditEntryEntity } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';

export type AuditRecord = Pick<AuditEntryEntity, 'action' | 'actorId' | 'groupId' | 'targetType' | 'targetId'> &
  Partial<Pick<AuditEntryEntity, 'subjectUserId' | 'details'>>;

/** Which entries to read. `groupIds` absent means the whole journal. */
export interface AuditQuery {
  groupIds?: string[];
  actions?: AuditAction[];
  actorId?: string;
  since?: Date;
  until?: Date;
  /** Leaves out the entries of this act whose details contain these values. */
  excluding?: { action: AuditAction; details: Record<string, string> }[];
}

/**
 * The journal of governance acts. Domains append to it inside the transaction of the act itself,
 * so that an act and its entry are written together or not at all. Who may read which entries is
 * decided by the domain that owns their scope (groups: administrators and the group's facilitators).
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async record(manager: EntityManager, ...entries: AuditRecord[]): Promise<void> {
    await this.repository.insert(manager, entries);
  }

  async page(query: AuditQuery, first: number, after?: string): Promise<Connection<AuditEntryEntity>> {
    // GraphQL's DateTime scalar lets an unreadable date through as an Invalid Date.
    if ([query.since, query.until].some((date) => date && Number.isNaN(date.getTime()))) {
      throw DomainError.of('AUDIT_DATE_UNREADABLE');
    }
    if (query.since && query.until && query.since >= query.until) {
      throw DomainError.of('AUDIT_PERIOD_REVERSED');
    }
    const cursor = after ? decodeCursor(after) : undefined;
    if (cursor && !(typeof cursor[0] === 'string' && /^\d+$/.test(cursor[0]))) {
      throw DomainError.of('AUDIT_CURSOR_INVALID');
    }
    const { rows, total } = await this.repository.page(query, first, cursor?.[0] as string | undefined);
    return toConnection(rows, first, total, (entry) => [entry.id]);
  }
}
