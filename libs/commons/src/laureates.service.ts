import { Injectable } from '@nestjs/common';
import type { CommonKind } from '@ouvroir/contracts';
import { SearchIndex } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { httpUrl } from './common.rules';
import { commonDocument } from './common-search';
import { CallLaureate, commonsPolicy } from './commons.policy';
import { CommonRow, CommonsRepository } from './commons.repository';
import { CommonsService } from './commons.service';
import { forgeOf } from './forge';
import { MaintainersService } from './maintainers.service';

/** A retained submission as the catalogue takes it: the decision and the common in draft form. */
export interface LaureateEntry extends CallLaureate {
  /** The entry this submission already became (a publication run again reuses it). */
  commonId: string | null;
  kind: CommonKind;
  name: string;
  summary: string;
  /** The pitch, Markdown: the entry's description. */
  pitch: string;
  licence: string;
  /** A repository or a public page. */
  url: string;
  /** The call's domain. */
  domainId: string;
}

/**
 * A call's laureates in the catalogue, inside the call's publication: a new entry maintained by the
 * submission's applicants, or, when the submission's URL is already a common's repository or website,
 * that entry marked as the call's laureate with the applicants added to its maintainers. Never twice.
 */
@Injectable()
export class LaureatesService {
  constructor(
    private readonly repository: CommonsRepository,
    private readonly commons: CommonsService,
    private readonly maintainers: MaintainersService,
    private readonly search: SearchIndex,
  ) {}

  async catalogue(
    manager: EntityManager,
    actor: Actor,
    entry: LaureateEntry,
  ): Promise<{ common: CommonRow; created: boolean }> {
    commonsPolicy.assertLaureate(entry);
    const existing =
      (entry.commonId && (await this.repository.findById(entry.commonId, manager, true))) ||
      (await this.repository.findByAddress(manager, entry.url));
    if (existing) {
      if (existing.laureateCallId !== entry.callId) {
        await this.repository.setLaureateCall(manager, existing.id, entry.callId);
      }
      await this.maintainers.addAll(manager, actor, existing, entry.applicantIds, []);
      const common = (await this.repository.findById(existing.id, manager))!;
      await this.search.upsert(manager, commonDocument(common));
      return { common, created: false };
    }
    const url = httpUrl(entry.url, Number.MAX_SAFE_INTEGER);
    // A forge's address is a repository; any other page is the common's website.
    const repository = url && forgeOf(url) !== 'other';
    const common = await this.commons.create(
      manager,
      actor,
      {
        kind: entry.kind,
        name: entry.name,
        summary: entry.summary,
        description: entry.pitch,
        domainId: entry.domainId,
        licence: entry.licence,
        website: repository ? null : entry.url,
        repositories: repository ? [{ url: entry.url }] : [],
        maintainerUserIds: entry.applicantIds,
      },
      entry,
    );
    return { common, created: true };
  }
}
