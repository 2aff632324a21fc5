import { Injectable } from '@nestjs/common';
import { conflictOn, DomainError } from '@ouvroir/core';
import { Actor } from '@ouvroir/identity';
import { VoteAccess } from './vote-access';
import { VoteEvents } from './vote-events';
import { ProxyEntity } from './vote-parts.entity';
import { VoteEntity } from './vote.entity';
import { VotesRepository } from './votes.repository';

/**
 * Proxies (*procurations*): a voter on the roll who has not voted lets another voter on it cast
 * their ballot, one proxy given and one held at most each; the giver revokes it until it is used.
 * Given while the vote is open (the roll exists then), under its lock; both are journal entries.
 */
@Injectable()
export class ProxiesService {
  constructor(
    private readonly repository: VotesRepository,
    private readonly access: VoteAccess,
    private readonly events: VoteEvents,
  ) {}

  async giveProxy(actor: Actor, voteId: string, holderId: string): Promise<ProxyEntity> {
    const { vote: seen } = await this.access.toVote(actor, voteId);
    const proxy = await this.repository.transaction(async (manager) => {
      const vote = await this.access.lockOpen(manager, actor, seen.id, 'donner procuration');
      if (holderId === actor.id) throw DomainError.of('PROXY_TO_ONESELF', { field: 'holderId' });
      if (!(await this.repository.onRoll(vote.id, [holderId], manager)).has(holderId)) {
        throw DomainError.of('PROXY_HOLDER_NOT_ON_ROLL', { field: 'holderId' });
      }
      if ((await this.repository.participation(vote.id, [actor.id], manager)).length) {
        throw DomainError.of('PROXY_AFTER_BALLOT');
      }
      const proxies = await this.repository.activeProxies(vote.id, manager);
      if (proxies.some((proxy) => proxy.giverId === actor.id)) throw DomainError.of('PROXY_ALREADY_GIVEN');
      if (proxies.some((proxy) => proxy.holderId === actor.id)) throw DomainError.of('PROXY_HOLDER_CANNOT_GIVE');
      if (proxies.some((proxy) => proxy.holderId === holderId)) throw DomainError.of('PROXY_ALREADY_HELD');
      if (proxies.some((proxy) => proxy.giverId === holderId)) throw DomainError.of('PROXY_HOLDER_GAVE_ONE');
      const id = await this.repository
        .insertProxy(manager, { voteId: vote.id, giverId: actor.id, holderId })
        .catch(conflictOn('vote_proxy_holder_uq', 'PROXY_HELD_MEANWHILE'))
        .catch(conflictOn('vote_proxy_giver_uq', 'PROXY_GIVEN_MEANWHILE'));
      await this.events.journal(manager, 'proxy_given', actor, vote, { title: vote.title }, holderId);
      await this.events.domain.publish(manager, 'proxy_given', { actorId: actor.id, voteId: vote.id, holderId });
      return this.repository.proxy(manager, id);
    });
    this.events.announce((await this.repository.findById(seen.id))!, false);
    return proxy;
  }

  /** Revokes the actor's proxy, as long as its holder has not used it. */
  async revokeProxy(actor: Actor, voteId: string): Promise<VoteEntity> {
    const { vote: seen } = await this.access.toVote(actor, voteId);
    await this.repository.transaction(async (manager) => {
      const vote = await this.access.lockOpen(manager, actor, seen.id, 'révoquer une procuration');
      const proxy = (await this.repository.activeProxies(vote.id, manager)).find((p) => p.giverId === actor.id);
      if (!proxy) throw DomainError.of('PROXY_NOT_GIVEN');
      if ((await this.repository.participation(vote.id, [actor.id], manager)).length) {
        throw DomainError.of('PROXY_USED', { reason: 'proxy_used' });
      }
      await this.repository.revokeProxy(manager, proxy.id);
      await this.events.journal(manager, 'proxy_revoked', actor, vote, { title: vote.title }, proxy.holderId);
    });
    return this.events.announce((await this.repository.findById(seen.id))!, false);
  }
}
