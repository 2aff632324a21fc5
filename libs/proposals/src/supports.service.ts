import { Injectable } from '@nestjs/common';
import { Actor } from '@ouvroir/identity';
import { ProposalAccessService } from './proposal-access.service';
import { ProposalEntity } from './proposal.entity';
import { OPEN_TO_SUPPORT, proposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/** « Je soutiens »: one support per person and proposal, counted on the proposal in the same transaction. */
@Injectable()
export class SupportsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly access: ProposalAccessService,
  ) {}

  async setSupport(actor: Actor, id: string, support: boolean): Promise<ProposalEntity> {
    const { proposal, viewer } = await this.access.readable(actor, id);
    proposalsPolicy.assertTakePart(viewer);
    proposalsPolicy.assertState(proposal, OPEN_TO_SUPPORT, 'SUPPORT_CLOSED');
    return this.repository.transaction(async (manager) => {
      const changed = support
        ? await this.repository.addSupport(manager, id, actor.id)
        : await this.repository.removeSupport(manager, id, actor.id);
      if (changed) await this.repository.adjustCount(manager, id, 'support_count', support ? 1 : -1);
      return (await this.repository.findById(id, manager))!;
    });
  }

  /** Whether the actor supports each of these proposals (the public supports none). */
  async supportedBy(actor: Actor | null, proposalIds: readonly string[]): Promise<boolean[]> {
    if (!actor) return proposalIds.map(() => false);
    const supported = await this.repository.supportedBy(actor.id, proposalIds);
    return proposalIds.map((id) => supported.has(id));
  }
}
