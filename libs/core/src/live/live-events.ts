import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The rooms of the live connections, named `<kind>:<id>`: each person's connections, those of one
 * session (named by a hash of its id, never the id), and the rooms each domain provides (a channel's
 * readers, the pages showing a proposal or a vote…), whose readers it declares to libs/live.
 */
export const liveRoom = {
  named: (kind: string, id: string) => `${kind}:${id}`,
  user: (id: string) => `user:${id}`,
  session: (tag: string) => `session:${tag}`,
};

/** A room's kind and id; null for any other room (a connection's own, named by its id alone). */
export function parseLiveRoom(name: string): { kind: string; id: string } | null {
  const match = /^([a-z_]+):(.+)$/.exec(name);
  return match ? { kind: match[1], id: match[2] } : null;
}

/**
 * The event that closes the connections in its room (a user's or a session's), on every instance:
 * their session ended (logout, suspension, erasure) or their rights shrank.
 */
export const SESSION_ENDED = 'session:ended';

/** A change that pages show live: sent to the connections in `room` (a `liveRoom`). */
export interface LiveEvent {
  room: string;
  name: string;
  payload: Record<string, unknown>;
}

/**
 * The domains' changes, for the live connections (libs/live's gateway relays them). Emit only
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
