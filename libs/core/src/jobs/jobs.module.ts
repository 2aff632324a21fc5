import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';
import { JobQueue } from './job-queue';

/** The process's job queue and the domain events on it, for every library. */
@Global()
@Module({ providers: [JobQueue, DomainEvents], exports: [JobQueue, DomainEvents] })
export class JobsModule {}
