import { Injectable } from '@nestjs/common';
import { PROPOSAL_LIMITS } from '@ouvroir/contracts';
import { DomainError, validText } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { EntityManager } from 'typeorm';
import { ProposalActs } from './proposal-acts';
import { ProposalAccessService } from './proposal-access.service';
import { TransitionEntity } from './proposal-parts.entity';
import { ProposalPartsRepository } from './proposal-parts.repository';
import { ProposalEntity, ProposalState } from './proposal.entity';
import { proposalsPolicy, Transition, TRANSITIONS } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

/**
 * The workflow up to the committee and after its vote: the transitions people make, those the
 * votes make (`recordVoteOpened`, `recordVoteResult`), and their timeline. Every step is a row of
 * the timeline and an entry of the journal, in the step's transaction.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly parts: ProposalPartsRepository,
    private readonly access: ProposalAccessService,
    private readonly acts: ProposalActs,
  ) {}

  async transition(actor: Actor, id: string, transition: Transition, reason?: string): Promise<ProposalEntity> {
    const { proposal, viewer } = await this.access.readable(actor, id);
    proposalsPolicy.assertTransition(proposal, transition, viewer);
    if (transition === 'finalise' && !proposal.committeeId) throw DomainError.of('PROPOSAL_WITHOUT_COMMITTEE');
    const why = reason ? validText(reason, PROPOSAL_LIMITS.reasonMax, 'reason', 'Le motif') : null;
    return this.move(proposal, TRANSITIONS[transition].to, actor, why);
  }

  /**
   * The entry points of the votes: a vote on a proposal opens it (`submitted` → `voting`), and its
   * outcome, and nothing else, closes it: `adopted`, `rejected`, or back to `submitted` when the
   * quorum was not reached or the vote was cancelled, so that the committee may hold another.
   * Each runs in the vote's transaction.
   */
  async recordVoteOpened(id: string, actor: Actor | null, manager?: EntityManager): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(id, manager);
    if (!proposal) throw DomainError.of('VOTED_PROPOSAL_NOT_FOUND');
    proposalsPolicy.assertState(proposal, ['submitted'], 'VOTE_OPENING_NOT_ALLOWED');
    return this.move(proposal, 'voting', actor, null, manager);
  }

  async recordVoteResult(
    id: string,
    outcome: 'adopted' | 'rejected' | 'undecided',
    reason: string | null,
    manager?: EntityManager,
    actor: Actor | null = null,
  ): Promise<ProposalEntity> {
    const proposal = await this.repository.findById(id, manager);
    if (!proposal) throw DomainError.of('VOTED_PROPOSAL_NOT_FOUND');
    proposalsPolicy.assertState(proposal, ['voting'], 'VOTE_RESULT_NOT_ALLOWED');
    return this.move(proposal, outcome === 'undecided' ? 'submitted' : outcome, actor, reason, manager);
  }

  /** The steps of a proposal the caller already read, first to last. */
  async timeline(proposal: ProposalEntity): Promise<TransitionEntity[]> {
    const [{ timeline }] = await this.parts.partsOf([proposal.id], ['timeline']);
    return timeline!;
  }

  private async move(
    proposal: ProposalEntity,
    to: ProposalState,
    actor: Actor | null,
    reason: string | null,
    outer?: EntityManager,
  ): Promise<ProposalEntity> {
    const work = async (manager: EntityManager) => {
      if (!(await this.repository.setState(manager, proposal.id, proposal.state, to))) {
        throw DomainError.of('PROPOSAL_STATE_CHANGED');
      }
      await this.repository.insert(manager, TransitionEntity, {
        proposalId: proposal.id,
        fromState: proposal.state,
        toState: to,
        actorId: actor?.id ?? null,
        reason,
      });
      await this.acts.indexed(manager, proposal.id);
      await this.acts.journal(
        manager,
        actor,
        proposal,
        'proposal_transitioned',
        { type: 'proposal', id: proposal.id },
        { from: proposal.state, to, ...(reason ? { reason } : {}) },
      );
      await this.acts.events.publish(manager, 'proposal_moved', {
        actorId: actor?.id ?? null,
        proposalId: proposal.id,
        state: to,
      });
      return (await this.repository.findById(proposal.id, manager))!;
    };
    // Inside a vote's transaction, the vote announces the change once it commits.
    if (outer) return work(outer);
    return this.acts.announced(proposal.id, 'state', this.repository.transaction(work));
  }
}
