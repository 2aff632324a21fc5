import { Injectable } from '@nestjs/common';
import { Actor } from '@ouvroir/identity';
import { LiveRoomReader } from '@ouvroir/live';
import { ProposalsService } from './proposals.service';

/** The pages showing a proposal follow its changes live while it is theirs to read. */
@Injectable()
@LiveRoomReader('proposal')
export class ProposalRoomReader implements LiveRoomReader {
  constructor(private readonly proposals: ProposalsService) {}

  assertReadable(actor: Actor, id: string) {
    return this.proposals.get(actor, id);
  }
}
