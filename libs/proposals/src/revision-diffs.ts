import { diffWordsWithSpace } from 'diff';

export interface DiffSegment {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

export interface RevisionDiff {
  title: DiffSegment[];
  summary: DiffSegment[];
  body: DiffSegment[];
  /** True when a field was too changed to compare word by word: it then holds the old text deleted, the new inserted. */
  givenUp: boolean;
}

/** The compared fields of a revision. */
export interface RevisionText {
  id: string;
  title: string;
  summary: string;
  body: string;
}

/**
 * Past this many words or spaces added or removed, a field is not compared word by word: the
 * comparison costs about the square of the edits (two bodies of 27 KB sharing nothing held the
 * process 7 s), and so many changes read better as two texts.
 */
export const DIFF_MAX_EDITS = 2_000;
/** A second bound, should some text make even those edits slow (a given-up diff is never an error). */
export const DIFF_TIMEOUT_MS = 200;
/** The diffs kept, by the bytes of their texts: revisions never change, so a pair's diff is computed once. */
export const DIFF_CACHE_BYTES = 16 * 1024 * 1024;

/** Word diffs of revision pairs, bounded in edits and time, kept in a small LRU bounded by bytes. */
export class RevisionDiffs {
  private readonly cache = new Map<string, { diff: RevisionDiff; bytes: number }>();
  private cachedBytes = 0;

  constructor(private readonly maxBytes = DIFF_CACHE_BYTES) {}

  /** The bytes the cache holds (never more than its bound). */
  get bytes(): number {
    return this.cachedBytes;
  }

  diff(before: RevisionText, after: RevisionText): RevisionDiff {
    const key = `${before.id}:${after.id}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Map keeps insertion order: re-inserting marks it the most recently used.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached.diff;
    }
    const fields = (['title', 'summary', 'body'] as const).map((field) => compare(before[field], after[field]));
    const diff: RevisionDiff = {
      title: fields[0].segments,
      summary: fields[1].segments,
      body: fields[2].segments,
      givenUp: fields.some((field) => field.givenUp),
    };
    this.keep(key, diff);
    return diff;
  }

  private keep(key: string, diff: RevisionDiff) {
    // UTF-16 texts plus an estimate of each segment object.
    const bytes = [diff.title, diff.summary, diff.body]
      .flat()
      .reduce((total, segment) => total + segment.text.length * 2 + 64, 0);
    if (bytes > this.maxBytes) return;
    this.cache.set(key, { diff, bytes });
    this.cachedBytes += bytes;
    for (const [oldest, entry] of this.cache) {
      if (this.cachedBytes <= this.maxBytes) break;
      this.cache.delete(oldest);
      this.cachedBytes -= entry.bytes;
    }
  }
}

function compare(a: string, b: string): { segments: DiffSegment[]; givenUp: boolean } {
  const changes = diffWordsWithSpace(a, b, { maxEditLength: DIFF_MAX_EDITS, timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    const whole: DiffSegment[] = [
      { kind: 'deleted', text: a },
      { kind: 'inserted', text: b },
    ];
    return { segments: whole.filter((segment) => segment.text !== ''), givenUp: true };
  }
  return {
    segments: changes.map((change) => ({
      kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
      text: change.value,
    })),
    givenUp: false,
  };
}
