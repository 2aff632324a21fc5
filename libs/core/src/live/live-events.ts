import { Global, Injectable, Module } from '@nestjs/common';

/** A change that pages show live: sent to the connections in `room` (e.g. `proposal:<id>`). */
export interface LiveEvent {
  room: string;
  name: string;
  payload: Record<string, unknown>;
}

/**
 * The domains' changes, for the live connections (libs/discussion's gateway relays them). Emit only
 * once the transaction that made the change has committed: a page must never show what was undone.
 */
@Injectable()
export class LiveEvents {
  private readonly listeners = new Set<(event: LiveEvent) => void>();

  emit(room: string, name: string, payload: Record<string, unknown>): void {
    for (const listener of this.listeners) listener({ room, name, payload });
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveEventsModule {}
