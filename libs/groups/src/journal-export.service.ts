import { Injectable } from '@nestjs/common';
import { AUDIT_LIMITS } from '@ouvroir/contracts';
import { AuditActionEnum, AuditEntryEntity } from '@ouvroir/audit';
import { DomainError } from '@ouvroir/core';
import { Actor, IdentityService } from '@ouvroir/identity';
import { AuditFilter, GroupJournalService } from './group-journal.service';
import { GroupsService } from './groups.service';

/** The export's filters as the address gives them: texts, each optional. */
export interface ExportParameters {
  groupId?: string;
  action?: string;
  since?: string;
  until?: string;
}

const PAGE = 500;

const HEADER = ['date', 'acte', 'auteur', 'personne_concernee', 'groupe', 'objet', 'objet_id', 'precisions'];

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break; and a text a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe, so that a name cannot be one.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * The journal as CSV (comma-separated, UTF-8 with a byte order mark, ISO 8601 dates in UTC, a header row): the entries the
 * journal page shows the same person with the same filters — read through `GroupJournalService`, so
 * with its visibility — newest first, at most `AUDIT_LIMITS.exportMaxRows` of them.
 */
@Injectable()
export class JournalExportService {
  constructor(
    private readonly journal: GroupJournalService,
    private readonly groups: GroupsService,
    private readonly identity: IdentityService,
  ) {}

  async csv(actor: Actor, parameters: ExportParameters): Promise<{ csv: string; rows: number; truncated: boolean }> {
    const filter = this.filterOf(parameters);
    const entries: AuditEntryEntity[] = [];
    let after: string | undefined;
    let truncated = false;
    for (;;) {
      const page = await this.journal.page(actor, filter, PAGE, after);
      entries.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      if (entries.length >= AUDIT_LIMITS.exportMaxRows) {
        truncated = true;
        break;
      }
      after = page.pageInfo.endCursor ?? undefined;
    }
    const kept = entries.slice(0, AUDIT_LIMITS.exportMaxRows);
    truncated ||= entries.length > kept.length;
    const names = await this.namesOf(actor, kept);
    const groupNames = await this.groupNamesOf(actor, kept);
    const lines = kept.map((entry) => {
      const { group, ...details } = entry.details as { group?: string };
      return csvLine([
        entry.occurredAt.toISOString(),
        entry.action,
        (entry.actorId && names.get(entry.actorId)) ?? '',
        (entry.subjectUserId && names.get(entry.subjectUserId)) ?? '',
        (entry.groupId && groupNames.get(entry.groupId)) ?? group ?? '',
        entry.targetType,
        entry.targetId,
        Object.keys(details).length ? JSON.stringify(details) : '',
      ]);
    });
    // The byte order mark lets spreadsheets read the file as UTF-8 (accents in names).
    return { csv: `\uFEFF${csvLine(HEADER)}${lines.join('')}`, rows: kept.length, truncated };
  }

  private filterOf({ groupId, action, since, until }: ExportParameters): AuditFilter {
    for (const value of [groupId, action, since, until]) {
      if (value !== undefined && (typeof value !== 'string' || value.length > 100)) {
        throw DomainError.of('AUDIT_EXPORT_FILTER_INVALID');
      }
    }
    if (action && !Object.values(AuditActionEnum).includes(action)) throw DomainError.of('AUDIT_ACTION_UNKNOWN');
    return {
      groupId: groupId || undefined,
      actions: action ? [action] : undefined,
      since: since ? new Date(since) : undefined,
      until: until ? new Date(until) : undefined,
    };
  }

  private async namesOf(actor: Actor, entries: AuditEntryEntity[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(entries.flatMap((entry) => [entry.actorId, entry.subjectUserId]).filter((id) => id !== null)),
    ];
    const profiles = await this.identity.profilesByIds(actor, ids);
    return new Map(profiles.flatMap((profile) => (profile ? [[profile.id, profile.displayName] as const] : [])));
  }

  /** The groups' names today, for those the person may still see; the name the entry recorded otherwise. */
  private async groupNamesOf(actor: Actor, entries: AuditEntryEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(entries.map((entry) => entry.groupId).filter((id) => id !== null))];
    const groups = await this.groups.visibleByIds(actor, ids);
    return new Map(groups.flatMap((group) => (group ? [[group.id, group.name] as const] : [])));
  }
}
