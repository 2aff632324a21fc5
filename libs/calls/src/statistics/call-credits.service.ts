import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CallCreditsRepository, CallWon } from './call-credits.repository';

/**
 * For the public profiles (libs/recognition): the calls a person won and how many reviews they did.
 * Only what the calls publish once decided: laureates are public then, and a review is counted only
 * once its call is decided, so that a profile never tells applicants who is reviewing them, nor
 * which submissions a person reviewed.
 */
@Injectable()
export class CallCreditsService {
  constructor(private readonly repository: CallCreditsRepository) {}

  /** The laureate submissions the person was an accepted applicant of, latest decision first. */
  callsWonBy(userId: string, limit: number): Promise<CallWon[]> {
    return isUUID(userId) ? this.repository.callsWonBy(userId, limit) : Promise.resolve([]);
  }

  /** The person's submitted reviews in decided calls: a count, never which. */
  reviewsDoneBy(userId: string): Promise<number> {
    return isUUID(userId) ? this.repository.reviewsDoneBy(userId) : Promise.resolve(0);
  }
}
