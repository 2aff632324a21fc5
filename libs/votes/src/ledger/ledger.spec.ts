import { Choice, result, tally } from '../counting';
import {
  canonicalJson,
  countingRules,
  finalChoices,
  hashOf,
  LEDGER_FORMAT,
  LedgerEntry,
  LedgerEntryBody,
  LedgerHeader,
  publishLedger,
  verifyLedger,
} from './ledger';

const header: LedgerHeader = {
  format: LEDGER_FORMAT,
  voteId: '5b0c3c1e-9a51-4a53-8f0e-2f1f4b1c9d10',
  title: 'Un annuaire des logiciels libres',
  committee: { id: '1f7a0f4e-55a4-4a0b-9a4e-0c4f5d8e2a11', name: 'Comité de pilotage' },
  proposal: { id: '8e0f3b2a-1c4d-4e5f-8a9b-0c1d2e3f4a5b', title: 'Un annuaire des logiciels libres' },
  method: 'for_against_abstain',
  threshold: 'simple_majority',
  quorumPercent: 50,
  secret: true,
  ballotChanges: true,
  options: [],
  opensAt: '2026-11-23T08:00:00.000Z',
  closesAt: '2026-11-27T17:00:00.000Z',
  eligibleVoters: 3,
};

/** Chains ballots the way the server does, hashes recomputed: what a forger could produce. */
function chain(ballots: Pick<LedgerEntryBody, 'kind' | 'receipt' | 'choice'>[], top = header): LedgerEntry[] {
  let previous = hashOf(top);
  return ballots.map((ballot, i) => {
    const body: LedgerEntryBody = { seq: i + 1, previous, ...ballot };
    previous = hashOf(body);
    return { ...body, hash: previous };
  });
}

function ledgerOf(entries: LedgerEntry[], top = header) {
  const counted = tally(countingRules(top), finalChoices(entries).values());
  return publishLedger(top, entries, counted, result(countingRules(top), counted));
}

const FOR: Choice = { position: 'for' };
const AGAINST: Choice = { position: 'against' };
const ballots = [
  { kind: 'cast' as const, receipt: 'AAAA-AAAA-AAAA-AAA1', choice: FOR },
  { kind: 'cast' as const, receipt: 'AAAA-AAAA-AAAA-AAA2', choice: AGAINST },
  { kind: 'change' as const, receipt: 'AAAA-AAAA-AAAA-AAA2', choice: FOR },
];

describe('the vote ledger', () => {
  it('verifies a ledger built as the server builds it, the last choice of each receipt counting', () => {
    const verification = verifyLedger(ledgerOf(chain(ballots)));
    expect(verification).toMatchObject({ ok: true, problems: [], ballots: 2, result: { outcome: 'adopted' } });
    expect(JSON.parse(ledgerOf(chain(ballots))).tally).toEqual({ ballots: 2, for: 2, against: 0, abstain: 0 });
  });

  it('refuses a ledger with no ballot only if it is altered', () => {
    const empty = ledgerOf([]);
    expect(verifyLedger(empty)).toMatchObject({ ok: true, ballots: 0, finalHash: hashOf(header) });
    expect(verifyLedger(empty.replace('"eligibleVoters":3', '"eligibleVoters":4')).ok).toBe(false);
  });

  it.each([
    [
      'an entry removed, hashes recomputed',
      () =>
        ledgerOf(chain(ballots).slice(0, 1)).replace(
          /"finalHash":"[0-9a-f]+"/,
          `"finalHash":"${chain(ballots).at(-1)!.hash}"`,
        ),
    ],
    ['entries reordered', () => ledgerOf([chain(ballots)[1], chain(ballots)[0], chain(ballots)[2]])],
    ['a receipt cast twice, hashes recomputed', () => ledgerOf(chain([ballots[0], ballots[0]]))],
    [
      'a change where the vote allows none',
      () => ledgerOf(chain(ballots, { ...header, ballotChanges: false }), { ...header, ballotChanges: false }),
    ],
    [
      'more ballots than eligible voters',
      () =>
        ledgerOf(chain(ballots), { ...header, eligibleVoters: 1 }).replace(
          /"headerHash":"[0-9a-f]+"/,
          `"headerHash":"${hashOf({ ...header, eligibleVoters: 1 })}"`,
        ),
    ],
    [
      'an invalid choice, hashes recomputed',
      () =>
        publishLedger(
          header,
          chain([{ kind: 'cast', receipt: 'X', choice: { approved: ['o1'] } }]),
          { ballots: 1, for: 1, against: 0, abstain: 0 },
          { outcome: 'adopted', quorumReached: true },
        ),
    ],
    [
      'a voter named in a secret vote',
      () => ledgerOf(chain([{ ...ballots[0], voter: { id: 'u1', name: 'Marc' } } as LedgerEntryBody])),
    ],
    ['the tally changed', () => ledgerOf(chain(ballots)).replace('"for":2', '"for":3')],
    ['the result changed', () => ledgerOf(chain(ballots)).replace('"outcome":"adopted"', '"outcome":"rejected"')],
    ['spaces added', () => JSON.stringify(JSON.parse(ledgerOf(chain(ballots))), null, 1)],
    ['a field added', () => canonicalJson({ ...JSON.parse(ledgerOf(chain(ballots))), note: 'ok' })],
    ['not JSON', () => ledgerOf(chain(ballots)).slice(0, -1)],
    ['entries not a list', () => canonicalJson({ ...JSON.parse(ledgerOf(chain(ballots))), entries: 3 })],
  ])('refuses %s', (_case, forge) => {
    const verification = verifyLedger(forge());
    expect(verification.ok).toBe(false);
    expect(verification.problems.length).toBeGreaterThan(0);
  });
});
