import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveMessage } from './discussion';
import { useLive } from './live';

type Person = { id: string; displayName: string };

/** How long someone stays « en train d’écrire » after their last keystroke, and how often we say we type. */
const TYPING_SHOWN_MS = 5_000;
const TYPING_EMIT_MS = 2_000;

/**
 * Who is in a channel's room (the first ones by name, and how many in all) and who is typing there, but the viewer,
 * as the live connection tells once the room is joined; `type` says that the viewer is typing.
 */
export function useChannelPresence(channelId: string, viewerId?: string) {
  const { socket } = useLive();
  const [people, setPeople] = useState<Person[]>([]);
  /** How many are present in all: the presence list names the first ones only. */
  const [presentCount, setPresentCount] = useState(0);
  const [typing, setTyping] = useState<(Person & { at: number })[]>([]);
  const lastTypingSent = useRef(0);

  useEffect(() => {
    if (!socket) return;
    const presence = (payload: { channelId: string; people: Person[]; count: number }) => {
      if (payload?.channelId !== channelId) return;
      setPeople(payload.people);
      setPresentCount(payload.count);
    };
    const typed = (payload: { channelId: string; userId: string; displayName: string }) => {
      if (payload?.channelId !== channelId) return;
      setTyping((list) => [
        ...list.filter((person) => person.id !== payload.userId),
        { id: payload.userId, displayName: payload.displayName, at: Date.now() },
      ]);
    };
    // Whoever sends their message has stopped typing it.
    const wrote = (live: LiveMessage) => {
      if (live?.channelId !== channelId) return;
      setTyping((list) => list.filter((person) => person.id !== live.author.id));
    };
    const lost = () => {
      setPeople([]);
      setPresentCount(0);
    };
    socket.on('presence', presence);
    socket.on('typing', typed);
    socket.on('message', wrote);
    socket.on('disconnect', lost);
    return () => {
      socket.off('presence', presence);
      socket.off('typing', typed);
      socket.off('message', wrote);
      socket.off('disconnect', lost);
    };
  }, [socket, channelId]);

  // « … écrit » fades out a few seconds after the last keystroke.
  useEffect(() => {
    if (typing.length === 0) return;
    const oldest = Math.min(...typing.map((person) => person.at));
    const timer = setTimeout(
      () => setTyping((list) => list.filter((person) => Date.now() - person.at < TYPING_SHOWN_MS)),
      Math.max(0, oldest + TYPING_SHOWN_MS - Date.now()) + 50,
    );
    return () => clearTimeout(timer);
  }, [typing]);

  /** Says that the viewer is typing, at most every few seconds. */
  const type = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_EMIT_MS) return;
    lastTypingSent.current = now;
    socket.emit('typing', { channelId }, () => undefined);
  }, [socket, channelId]);

  return { people, presentCount, typing: typing.filter((person) => person.id !== viewerId), type };
}
