import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';

/**
 * The app's one live connection (Socket.IO at /socket.io, same origin, authenticated by the session cookie):
 * `off` without a session, `connecting` until first connected, `reconnecting` while lost after having been
 * connected (the page says « Reconnexion… »), `connected` otherwise.
 */
export type LiveStatus = 'off' | 'connecting' | 'connected' | 'reconnecting';

export type Live = { socket: Socket | null; status: LiveStatus };

/** What the API answers through every acknowledgement. */
export type LiveAnswer<T = Record<string, never>> =
  ({ ok: true } & T) | { ok: false; error: { code: string; message: string } };

let current: Live = { socket: null, status: 'off' };
const listeners = new Set<() => void>();

function publish(next: Live) {
  current = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Opens the live connection (SessionProvider's signed-in state calls it once); resolves to what closes it.
 * Socket.IO reconnects by itself; the hooks below join their rooms again at each `connect`. `onClosedByServer` runs
 * when the server closes it on purpose: the session ended, or the person's rights shrank.
 */
export function startLive(onClosedByServer: () => void): () => void {
  // WebSocket only: long-polling would need sticky sessions in front of several instances (docs/deployment.md).
  const socket = io({ transports: ['websocket'], reconnection: true, withCredentials: true });
  let wasConnected = false;
  socket.on('connect', () => {
    wasConnected = true;
    publish({ socket, status: 'connected' });
  });
  socket.on('disconnect', (reason) => {
    publish({ socket, status: wasConnected ? 'reconnecting' : 'connecting' });
    // The server closed it on purpose, when the session ended or the person's rights shrank; Socket.IO
    // does not come back by itself. One new handshake tells: refused (signed out) or with today's rights.
    if (reason === 'io server disconnect') {
      onClosedByServer();
      socket.connect();
    }
  });
  socket.on('connect_error', () => {
    // A refusal at the handshake (no valid session) is final; a network failure is retried.
    if (!socket.active) publish({ socket, status: 'off' });
  });
  publish({ socket, status: 'connecting' });
  return () => {
    socket.removeAllListeners();
    socket.disconnect();
    publish({ socket: null, status: 'off' });
  };
}

/** The shared live connection and its state; `socket` is null for a visitor. */
export function useLive(): Live {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Sends a client event and waits for its acknowledgement; a connection lost meanwhile, or no answer within
 * `timeout` ms, rejects with the given message.
 */
export async function ask<T>(socket: Socket, event: string, payload: unknown, failure: string, timeout = 10_000) {
  try {
    return (await socket.timeout(timeout).emitWithAck(event, payload)) as LiveAnswer<T>;
  } catch {
    return { ok: false, error: { code: 'NETWORK_ERROR', message: failure } } as LiveAnswer<T>;
  }
}

/**
 * Sent by the API when live events may have been lost (its instances could not reach each other): each hook then
 * does as after a reconnection, joining its rooms again and reading again what it shows.
 */
export const LIVE_RESYNC = 'live:resync';

/** What a page follows: a proposal (`proposal:changed`) or a vote (`vote:changed`). */
export type Watched = { proposalId: string } | { voteId: string };

/**
 * Follows a proposal's or a vote's changes while the page shows it: `onChange` runs with each change announced by
 * the API (its payload), and without one after a reconnection (anything may have changed meanwhile).
 */
export function useWatch<TChange extends { id?: string }>(watched: Watched, onChange: (change?: TChange) => void) {
  const { socket } = useLive();
  const changed = useEffectEvent(onChange);
  const [event, id] =
    'proposalId' in watched ? ['proposal:changed', watched.proposalId] : ['vote:changed', watched.voteId];
  const field = 'proposalId' in watched ? 'proposalId' : 'voteId';

  useEffect(() => {
    if (!socket) return;
    let watching = false;
    const watch = () => {
      // A reconnection starts afresh on the server: the room is joined again, and what changed is read again.
      if (watching) changed();
      watching = true;
      socket.emit('watch', { [field]: id }, () => undefined);
    };
    const relay = (payload: TChange) => payload?.id === id && changed(payload);
    if (socket.connected) watch();
    socket.on('connect', watch);
    socket.on(LIVE_RESYNC, watch);
    socket.on(event, relay);
    return () => {
      socket.off('connect', watch);
      socket.off(LIVE_RESYNC, watch);
      socket.off(event, relay);
    };
  }, [socket, event, field, id]);
}
