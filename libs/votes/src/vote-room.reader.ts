import { Injectable } from '@nestjs/common';
import { Actor } from '@ouvroir/identity';
import { LiveRoomReader } from '@ouvroir/live';
import { VotesService } from './votes.service';

/** The pages showing a vote follow its turnout and status live while it is theirs to read. */
@Injectable()
@LiveRoomReader('vote')
export class VoteRoomReader implements LiveRoomReader {
  constructor(private readonly votes: VotesService) {}

  assertReadable(actor: Actor, id: string) {
    return this.votes.get(actor, id);
  }
}
