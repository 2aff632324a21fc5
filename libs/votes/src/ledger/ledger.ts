import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { BallotInput, choiceOf } from '../ballot-choice';
import {
  Choice,
  CountingRules,
  Grade,
  result,
  tally,
  Tally,
  Threshold,
  VoteMethod,
  VoteOption,
  VoteResult,
} from '../counting';

/**
 * The vote ledger (docs/vote-ledger.md): a vote's header, then every recorded ballot as a link of a
 * SHA-256 hash chain over RFC 8785 canonical JSON. The server builds it with these functions and
 * the verifier (`npm run verify:vote`) checks a published one with `verifyLedger`.
 */

export const LEDGER_FORMAT = 'ouvroir-vote-ledger/1';

export interface Named {
  id: string;
  name: string;
}

/** What the vote was, fixed when it opens: the chain's first link hashes it. */
export interface LedgerHeader {
  format: typeof LEDGER_FORMAT;
  voteId: string;
  title: string;
  committee: Named;
  proposal: { id: string; title: string } | null;
  method: VoteMethod;
  threshold: Threshold | null;
  quorumPercent: number;
  secret: boolean;
  ballotChanges: boolean;
  options: VoteOption[];
  opensAt: string;
  closesAt: string;
  eligibleVoters: number;
}

/** One recorded ballot. `voter` and `castBy` (the proxy holder, if any) only in public votes. */
export interface LedgerEntryBody {
  seq: number;
  previous: string;
  kind: 'cast' | 'change';
  receipt: string;
  choice: Choice;
  voter?: Named;
  castBy?: Named | null;
}

export interface LedgerEntry extends LedgerEntryBody {
  hash: string;
}

export interface PublishedLedger {
  format: typeof LEDGER_FORMAT;
  header: LedgerHeader;
  headerHash: string;
  entries: LedgerEntry[];
  finalHash: string;
  tally: Tally;
  result: VoteResult;
}

/** RFC 8785 canonical JSON. */
export const canonicalJson = (value: unknown): string => canonicalize(value)!;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const hashOf = (value: unknown): string => sha256(canonicalJson(value));

export const countingRules = (header: LedgerHeader): CountingRules => ({
  method: header.method,
  threshold: header.threshold,
  quorumPercent: header.quorumPercent,
  options: header.options,
  eligibleCount: header.eligibleVoters,
});

/** The ballots that count: the last choice recorded under each receipt. */
export function finalChoices(entries: readonly LedgerEntryBody[]): Map<string, Choice> {
  const ballots = new Map<string, Choice>();
  for (const entry of entries) ballots.set(entry.receipt, entry.choice);
  return ballots;
}

/** The published ledger, in canonical JSON: a verifier also refuses any other spelling of it. */
export function publishLedger(header: LedgerHeader, entries: LedgerEntry[], counted: Tally, outcome: VoteResult) {
  const document: PublishedLedger = {
    format: LEDGER_FORMAT,
    header,
    headerHash: hashOf(header),
    entries,
    finalHash: entries.length ? entries[entries.length - 1].hash : hashOf(header),
    tally: counted,
    result: outcome,
  };
  return canonicalJson(document);
}

export interface Verification {
  ok: boolean;
  problems: string[];
  ballots: number;
  finalHash?: string;
  result?: VoteResult;
}

const sameKeys = (value: object, keys: string[]) => Object.keys(value).sort().join(',') === [...keys].sort().join(',');

/**
 * Checks a published ledger: its spelling is canonical, the header and every link hash to what
 * they claim, each link names the previous one, ballots are valid and changed only where allowed,
 * no more ballots than eligible voters, and recounting gives the published tally and result.
 */
export function verifyLedger(text: string): Verification {
  const problems: string[] = [];
  let ledger: PublishedLedger;
  try {
    ledger = JSON.parse(text) as PublishedLedger;
  } catch (error) {
    return { ok: false, problems: [`ce n’est pas du JSON : ${(error as Error).message}`], ballots: 0 };
  }
  if (!ledger || typeof ledger !== 'object' || Array.isArray(ledger)) {
    return { ok: false, problems: ['ce n’est pas un registre (objet JSON attendu)'], ballots: 0 };
  }
  if (canonicalJson(ledger) !== text) problems.push('le fichier n’est pas sous la forme canonique RFC 8785');
  if (!sameKeys(ledger, ['format', 'header', 'headerHash', 'entries', 'finalHash', 'tally', 'result'])) {
    return { ok: false, problems: [...problems, 'champs de premier niveau inattendus ou manquants'], ballots: 0 };
  }
  if (ledger.format !== LEDGER_FORMAT || ledger.header?.format !== LEDGER_FORMAT) {
    return { ok: false, problems: [...problems, `format inconnu, ${String(LEDGER_FORMAT)} attendu`], ballots: 0 };
  }
  try {
    checkChainAndCount(ledger, problems);
  } catch (error) {
    problems.push(`registre mal formé : ${(error as Error).message}`);
  }
  return {
    ok: problems.length === 0,
    problems,
    ballots: problems.length ? 0 : finalChoices(ledger.entries).size,
    finalHash: ledger.finalHash,
    result: ledger.result,
  };
}

function checkChainAndCount(ledger: PublishedLedger, problems: string[]): void {
  const { header } = ledger;
  if (hashOf(header) !== ledger.headerHash) problems.push('headerHash ne correspond pas à l’en-tête');
  const rules = countingRules(header);
  let previous = hashOf(header);
  const receipts = new Set<string>();
  const voters = new Set<string>();
  ledger.entries.forEach((entry, i) => {
    const where = `entrée ${i + 1}`;
    const { hash, ...body } = entry;
    if (body.seq !== i + 1) problems.push(`${where} : seq vaut ${body.seq}`);
    if (body.previous !== previous) problems.push(`${where} : previous n’est pas l’empreinte de l’entrée précédente`);
    if (hashOf(body) !== hash) problems.push(`${where} : hash ne correspond pas à son contenu`);
    previous = hash;
    if (header.secret !== (body.voter === undefined))
      problems.push(`${where} : votant montré dans un scrutin secret, ou absent d’un scrutin public`);
    if (body.kind === 'cast') {
      if (receipts.has(body.receipt)) problems.push(`${where} : le reçu ${body.receipt} est déposé deux fois`);
      if (body.voter) {
        if (voters.has(body.voter.id)) problems.push(`${where} : ${body.voter.id} vote deux fois`);
        voters.add(body.voter.id);
      }
      receipts.add(body.receipt);
    } else if (body.kind !== 'change' || !receipts.has(body.receipt) || !header.ballotChanges) {
      problems.push(`${where} : modification d’un bulletin inconnu, ou dans un scrutin qui ne les permet pas`);
    }
    try {
      const choice = body.choice as BallotInput & { grades?: Record<string, Grade> };
      const input: BallotInput = {
        ...choice,
        grades: choice.grades && Object.entries(choice.grades).map(([option, grade]) => ({ option, grade })),
      };
      if (canonicalJson(choiceOf(rules, input)) !== canonicalJson(body.choice)) {
        problems.push(`${where} : choix qui n’est pas sous sa forme normale`);
      }
    } catch (error) {
      problems.push(`${where} : choix invalide (${(error as Error).message})`);
    }
  });
  if (previous !== ledger.finalHash) problems.push('finalHash n’est pas l’empreinte de la dernière entrée');
  const ballots = finalChoices(ledger.entries);
  if (ballots.size > header.eligibleVoters) problems.push('plus de bulletins que de votants inscrits');
  if (problems.length === 0) {
    const recounted = tally(rules, ballots.values());
    if (canonicalJson(recounted) !== canonicalJson(ledger.tally))
      problems.push('le décompte ne correspond pas aux bulletins');
    if (canonicalJson(result(rules, recounted)) !== canonicalJson(ledger.result)) {
      problems.push('le résultat ne découle pas du décompte');
    }
  }
}
