import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { parseLiveRoom } from '@ouvroir/core';
import type { Actor } from '@ouvroir/identity';

/**
 * Who may be in a domain's live rooms of one kind (`proposal:<id>`, `channel:<id>`…): a provider of
 * the domain decorated with `@LiveRoomReader('<kind>')`. The live gateway asks it before a connection
 * watches a room and again when a membership ends, and knows no domain by name.
 */
export interface LiveRoomReader {
  /** Resolves when the person may follow this room (its object is theirs to read); else throws the domain's refusal. */
  assertReadable(actor: Actor, id: string): Promise<unknown>;
  /** The person's connections have just left the room (e.g. to announce who is still there). */
  left?(id: string): void;
}

/** Declares the class a `LiveRoomReader` of the rooms of this kind. */
export const LiveRoomReader = DiscoveryService.createDecorator<string>();

/** The kinds of room every connection is in, by itself: its person's and its session's. */
const OWN_ROOMS = new Set(['user', 'session']);

/** The domains' readers of their rooms, found among the app's providers at start. */
@Injectable()
export class LiveRooms implements OnModuleInit {
  private readonly readers = new Map<string, LiveRoomReader>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: LiveRoomReader.KEY })) {
      const kind = this.discovery.getMetadataByDecorator(LiveRoomReader, wrapper)!;
      if (this.readers.has(kind)) throw new Error(`two readers of the live rooms « ${kind} »`);
      this.readers.set(kind, wrapper.instance as LiveRoomReader);
    }
  }

  kinds(): string[] {
    return [...this.readers.keys()];
  }

  /** The reader of a room's kind; undefined for a kind no domain provides (nobody may watch it). */
  readerOf(kind: string): LiveRoomReader | undefined {
    return this.readers.get(kind);
  }

  /** Whether the person may stay in the room named `name`: their own rooms always, others as their domain says. */
  async mayStayIn(actor: Actor, name: string): Promise<boolean> {
    const room = parseLiveRoom(name);
    if (!room || OWN_ROOMS.has(room.kind)) return true;
    const reader = this.readers.get(room.kind);
    return reader
      ? reader.assertReadable(actor, room.id).then(
          () => true,
          () => false,
        )
      : false;
  }
}
