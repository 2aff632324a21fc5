import { Injectable } from '@nestjs/common';
import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { DomainError, validText } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService } from './proposal-access.service';
import { AmendmentEntity, RevisionEntity } from './proposal-parts.entity';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity } from './proposal.entity';
import { proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * Amendments: a member who is not an author proposes a new body; the authors accept it (a new
 * revision credited to the amender) or reject it with a reason; its author may withdraw it.
 */
@Injectable()
export class AmendmentsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly access: ProposalAccessService,
    private readonly acts: ProposalActs,
  ) {}

  /** The amendments of a proposal the caller already read, the latest first. */
  async amendments(proposal: ProposalEntity): Promise<AmendmentEntity[]> {
    const [{ amendments }] = await this.parts.partsOf([proposal.id], ['amendments']);
    return amendments!;
  }

  async proposeAmendment(
    actor: Actor,
    id: string,
    body: string,
    explanation?: string | null,
  ): Promise<AmendmentEntity> {
    const { proposal, viewer } = await this.access.readable(actor, id);
    proposalsPolicy.assertTakePart(viewer);
    proposalsPolicy.assertState(proposal, ['in_discussion'], 'AMENDMENTS_CLOSED');
    if (proposalsPolicy.isAuthor(viewer)) throw DomainError.of('AMENDMENT_BY_AUTHOR');
    const text = validText(body, PROPOSAL_LIMITS.bodyMax, 'body', 'Le texte proposé', true);
    const why = validText(explanation ?? '', PROPOSAL_LIMITS.reasonMax, 'explanation', 'L’explication');
    return this.acts.announced(
      id,
      'amendment',
      this.repository.transaction(async (manager) => {
        const amendment = await this.repository.insert(manager, AmendmentEntity, {
          proposalId: id,
          authorId: actor.id,
          baseRevision: proposal.revisionNumber,
          body: text,
          explanation: why,
        });
        await this.acts.journal(
          manager,
          actor,
          proposal,
          'amendment_proposed',
          { type: 'amendment', id: amendment.id },
          {},
          actor.id,
        );
        await this.acts.events.publish(manager, 'amendment_proposed', {
          actorId: actor.id,
          proposalId: id,
          amendmentId: amendment.id,
        });
        return amendment;
      }),
    );
  }

  /**
   * An author accepts an amendment: a new revision with its text, credited to the amender. It must
   * rewrite the latest revision; otherwise CONFLICT, so that no author's change is overwritten.
   */
  async decideAmendment(actor: Actor, amendmentId: string, accept: boolean, reason?: string): Promise<AmendmentEntity> {
    const amendment = await this.parts.findAmendment(amendmentId);
    if (!amendment) throw DomainError.of('AMENDMENT_NOT_FOUND');
    const { proposal, viewer } = await this.access.readable(actor, amendment.proposalId);
    proposalsPolicy.assertAuthor(viewer);
    proposalsPolicy.assertState(proposal, ['in_discussion'], 'AMENDMENT_DECISION_CLOSED');
    const why = reason ? validText(reason, PROPOSAL_LIMITS.reasonMax, 'reason', 'Le motif') : '';
    if (!accept && !why) throw DomainError.of('AMENDMENT_REJECTION_REASON_MISSING', { field: 'reason' });
    if (accept && amendment.baseRevision !== proposal.revisionNumber) {
      throw DomainError.of('AMENDMENT_OUTDATED', {
        baseRevision: amendment.baseRevision,
        revision: proposal.revisionNumber,
      });
    }
    const status = accept ? 'accepted' : 'rejected';
    return this.acts.announced(
      proposal.id,
      'amendment',
      this.repository.transaction(async (manager) => {
        const decided = await this.parts.decideAmendment(manager, amendmentId, {
          status,
          decidedBy: actor.id,
          reason: why || null,
        });
        if (!decided) throw DomainError.of('AMENDMENT_ALREADY_DECIDED');
        if (accept) {
          const text = { title: proposal.title, summary: proposal.summary, body: amendment.body, tags: proposal.tags };
          if (!(await this.repository.saveText(manager, proposal.id, amendment.baseRevision, text))) {
            throw DomainError.of('AMENDMENT_TEXT_CHANGED');
          }
          await this.repository.insert(manager, RevisionEntity, {
            ...text,
            proposalId: proposal.id,
            number: amendment.baseRevision + 1,
            authorId: amendment.authorId,
            amendmentId,
          });
          await this.acts.indexed(manager, proposal.id);
        }
        await this.acts.journal(
          manager,
          actor,
          proposal,
          accept ? 'amendment_accepted' : 'amendment_rejected',
          { type: 'amendment', id: amendmentId },
          why ? { reason: why } : {},
          amendment.authorId,
        );
        await this.acts.events.publish(manager, 'amendment_decided', {
          actorId: actor.id,
          proposalId: proposal.id,
          amendmentId,
          authorId: amendment.authorId,
          accepted: accept,
        });
        return { ...amendment, status, decidedBy: actor.id, reason: why || null };
      }),
    );
  }

  /** Its author withdraws a pending amendment. */
  async withdrawAmendment(actor: Actor, amendmentId: string): Promise<AmendmentEntity> {
    const amendment = await this.parts.findAmendment(amendmentId);
    if (!amendment) throw DomainError.of('AMENDMENT_NOT_FOUND');
    await this.access.readable(actor, amendment.proposalId);
    if (amendment.authorId !== actor.id) throw DomainError.of('AMENDMENT_AUTHOR_ONLY');
    const withdrawn = await this.repository.transaction((manager) =>
      this.parts.decideAmendment(manager, amendmentId, { status: 'withdrawn', decidedBy: actor.id }),
    );
    if (!withdrawn) throw DomainError.of('AMENDMENT_ALREADY_DECIDED');
    return { ...amendment, status: 'withdrawn', decidedBy: actor.id };
  }
}
