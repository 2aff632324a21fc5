import { VOTE_LIMITS } from '@ouvroir/contracts';
import type { ErrorReason } from '@ouvroir/contracts';
import { DomainError, validText } from '@ouvroir/core';
import { METHODS, Threshold, THRESHOLDS, VoteMethod } from './counting';

export interface NewVote {
  committeeId: string;
  proposalId?: string | null;
  title?: string | null;
  description?: string | null;
  method: VoteMethod;
  threshold?: Threshold | null;
  options?: string[] | null;
  quorumPercent: number;
  secret: boolean;
  ballotChanges: boolean;
  opensAt?: Date | null;
  closesAt: Date;
  /** For other domains only (never from the API's input): voters recused from this vote. */
  excludedVoterIds?: string[] | null;
}

const bad = (reason: ErrorReason, field: string, values?: Record<string, unknown>) =>
  DomainError.of(reason, { field, ...values });

/**
 * A new vote's stored fields, checked: on a proposal (given with its title) pour / contre /
 * abstention with a threshold, else two options or more; a quorum in percent; a closing time after
 * the opening, which defaults to `now`.
 */
export function validVote(input: NewVote, proposal: { id: string; title: string } | null, now: number) {
  if (!METHODS.includes(input.method)) throw bad('VOTE_METHOD_UNKNOWN', 'method');
  if (proposal && input.method !== 'for_against_abstain') throw bad('VOTE_PROPOSAL_METHOD', 'method');
  if (!proposal && input.method === 'for_against_abstain') throw bad('VOTE_OPTIONS_METHOD', 'method');
  const threshold = input.method === 'for_against_abstain' ? (input.threshold ?? null) : null;
  if (input.method === 'for_against_abstain' && (!threshold || !THRESHOLDS.includes(threshold))) {
    throw bad('VOTE_THRESHOLD_REQUIRED', 'threshold');
  }
  const labels = (input.options ?? []).map((label) => label.trim());
  if (!proposal) {
    const { optionsMin: min, optionsMax: max } = VOTE_LIMITS;
    if (labels.length < min || labels.length > max) throw bad('VOTE_OPTIONS_COUNT', 'options', { min, max });
    labels.forEach((label) => validText(label, VOTE_LIMITS.optionMax, 'options', 'Chaque option', true));
    if (new Set(labels.map((label) => label.toLowerCase())).size !== labels.length) {
      throw bad('VOTE_OPTIONS_TWICE', 'options');
    }
  }
  if (!Number.isInteger(input.quorumPercent) || input.quorumPercent < 0 || input.quorumPercent > 100) {
    throw bad('VOTE_QUORUM_INVALID', 'quorumPercent');
  }
  const opensAt = input.opensAt ?? new Date(now);
  if ([opensAt, input.closesAt].some((date) => !(date instanceof Date) || Number.isNaN(date.getTime()))) {
    throw bad('VOTE_DATE_UNREADABLE', 'closesAt');
  }
  if (input.closesAt.getTime() <= Math.max(now, opensAt.getTime())) throw bad('VOTE_CLOSING_TOO_EARLY', 'closesAt');
  const title = proposal
    ? validText(input.title ?? '', VOTE_LIMITS.titleMax, 'title', 'Le titre') || proposal.title
    : validText(input.title ?? '', VOTE_LIMITS.titleMax, 'title', 'Le titre', true);
  return {
    title,
    description: validText(input.description ?? '', VOTE_LIMITS.descriptionMax, 'description', 'La description') ?? '',
    proposalId: proposal?.id ?? null,
    method: input.method,
    threshold,
    options: proposal ? [] : labels.map((label, i) => ({ key: `o${i + 1}`, label })),
    quorumPercent: input.quorumPercent,
    secret: input.secret,
    ballotChanges: input.ballotChanges,
    opensAt,
    closesAt: input.closesAt,
    excludedVoterIds: [...new Set(input.excludedVoterIds ?? [])].sort(),
  };
}
