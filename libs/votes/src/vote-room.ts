import { liveRoom } from '@ouvroir/core';

/** The room of the pages showing a vote. */
export const voteRoom = (id: string) => liveRoom.named('vote', id);
