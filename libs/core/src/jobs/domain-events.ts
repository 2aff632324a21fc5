import { Injectable } from '@nestjs/common';
import type { DomainEventKind, DomainEventMap } from '@ouvroir/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DOMAIN_EVENT_QUEUE, JobQueue } from './job-queue';

/**
 * What happened in a domain, for whoever must learn it (libs/notifications): published inside the
 * act's transaction as a `domain-event` job, so that an event exists if and only if its act
 * committed, and is handled once even across restarts.
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly jobs: JobQueue) {}

  /** `later`: an event due at a time (a reminder), once per `singletonKey`. */
  async publish<K extends DomainEventKind>(
    manager: EntityManager,
    kind: K,
    payload: DomainEventMap[K],
    later: { startAfter: Date; singletonKey: string } | null = null,
  ): Promise<void> {
    const event = { kind, id: randomUUID(), at: new Date().toISOString(), ...payload };
    await this.jobs.sendWithin(manager, DOMAIN_EVENT_QUEUE, event, { retryLimit: 5, retryBackoff: true, ...later });
  }
}
