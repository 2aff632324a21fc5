import { Injectable } from '@nestjs/common';
import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { Connection, decodeCursor, DomainError, renderMarkdown, toConnection, validText } from '@ouvroir/core';
import { Actor, IdentityService } from '@ouvroir/identity';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService } from './proposal-access.service';
import { RevisionEntity } from './proposal-parts.entity';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity } from './proposal.entity';
import { ProposalText, validProposalText } from './proposal.rules';
import { EDITABLE, proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';
import { RevisionDiff, RevisionDiffs } from './revision-diffs';

/**
 * The text of a proposal: every save is a numbered revision, made from the revision it names
 * (optimistic concurrency), and any two revisions compare word by word.
 */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly access: ProposalAccessService,
    private readonly acts: ProposalActs,
    private readonly identity: IdentityService,
  ) {}

  private readonly revisionDiffs = new RevisionDiffs();

  /**
   * An author saves a new text, naming the revision it started from. When someone saved since,
   * nothing is written: CONFLICT, with the latest revision, so that no edit is lost silently.
   */
  async save(actor: Actor, id: string, baseRevision: number, text: ProposalText): Promise<ProposalEntity> {
    const { proposal, viewer } = await this.access.readable(actor, id);
    proposalsPolicy.assertAuthor(viewer);
    proposalsPolicy.assertState(proposal, EDITABLE, 'PROPOSAL_NOT_EDITABLE');
    const fields = validProposalText(text);
    return this.acts.announced(
      id,
      'revision',
      this.repository.transaction(async (manager) => {
        if (!(await this.repository.saveText(manager, id, baseRevision, fields))) {
          const latest = (await this.parts.findRevision(
            id,
            (await this.repository.findById(id, manager))!.revisionNumber,
            manager,
          ))!;
          throw DomainError.of('PROPOSAL_REVISION_OUTDATED', {
            author: await this.nameOf(latest.authorId),
            number: latest.number,
            latestRevision: {
              number: latest.number,
              title: latest.title,
              summary: latest.summary,
              body: latest.body,
              authorId: latest.authorId,
            },
          });
        }
        await this.repository.insert(manager, RevisionEntity, {
          ...fields,
          proposalId: id,
          number: baseRevision + 1,
          authorId: actor.id,
        });
        await this.acts.indexed(manager, id);
        return (await this.repository.findById(id, manager))!;
      }),
    );
  }

  // The revisions of a proposal the caller has already read: reading is not checked again.

  /** The latest first; numbered from 1 without gaps, so that the proposal's revision number counts them. */
  async revisions(proposal: ProposalEntity, first: number, after?: string): Promise<Connection<RevisionEntity>> {
    const rows = await this.parts.revisions(proposal.id, first, after ? decodeCursor(after) : undefined);
    return toConnection(rows, first, proposal.revisionNumber, (revision) => [revision.number, revision.id]);
  }

  revision(proposal: ProposalEntity, number: number): Promise<RevisionEntity> {
    return this.existingRevision(proposal.id, number);
  }

  /** Two revisions compared word by word, field by field; given up past the edit limit (see RevisionDiffs). */
  async diff(proposal: ProposalEntity, from: number, to: number): Promise<RevisionDiff> {
    const [before, after] = await Promise.all([
      this.existingRevision(proposal.id, from),
      this.existingRevision(proposal.id, to),
    ]);
    return this.revisionDiffs.diff(before, after);
  }

  /** What the body will look like: the same safe rendering as the page, within the same size limit. */
  preview(markdown: string): string {
    return renderMarkdown(validText(markdown, PROPOSAL_LIMITS.bodyMax, 'markdown', 'Le texte'));
  }

  private async existingRevision(id: string, number: number): Promise<RevisionEntity> {
    const revision = await this.parts.findRevision(id, number);
    if (!revision) throw DomainError.of('REVISION_NOT_FOUND', { number });
    return revision;
  }

  private async nameOf(userId: string): Promise<string> {
    const [profile] = await this.identity.profilesByIds(null, [userId]);
    return profile?.displayName ?? 'Un autre auteur';
  }
}
