import { liveRoom } from '@ouvroir/core';

/** The room of a channel's readers. */
export const channelRoom = (id: string) => liveRoom.named('channel', id);

/** The room of those who count a channel's unread messages without showing it. */
export const unreadRoom = (id: string) => liveRoom.named('unread', id);
