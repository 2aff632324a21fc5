import { liveRoom } from '@ouvroir/core';

/** The room of the pages showing a proposal. */
export const proposalRoom = (id: string) => liveRoom.named('proposal', id);
