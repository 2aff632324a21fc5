import { DIFF_MAX_EDITS, RevisionDiffs, RevisionText } from './revision-diffs';

const revision = (id: string, body: string): RevisionText => ({ id, title: 'Un socle', summary: '', body });
/** `count` distinct words, different for each seed. */
const words = (seed: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${seed}${index.toString(36)}`).join(' ');

describe('word diffs of revisions', () => {
  it('gives a field up past the edit limit, with the old text deleted and the new inserted', () => {
    // Each word and each space is a token: twice the limit, every one replaced.
    const before = revision('a', words('a', DIFF_MAX_EDITS));
    const after = revision('b', words('b', DIFF_MAX_EDITS));
    const diff = new RevisionDiffs().diff(before, after);
    expect(diff.givenUp).toBe(true);
    expect(diff.body).toEqual([
      { kind: 'deleted', text: before.body },
      { kind: 'inserted', text: after.body },
    ]);
    expect(diff.title).toEqual([{ kind: 'same', text: 'Un socle' }]);
  });

  it('compares within the limit', () => {
    const diff = new RevisionDiffs().diff(revision('a', 'un deux trois'), revision('b', 'un quatre trois'));
    expect(diff.givenUp).toBe(false);
    expect(diff.body.map((segment) => segment.kind)).toEqual(['same', 'deleted', 'inserted', 'same']);
  });

  it('keeps diffs up to its bound in bytes, the least recently used given up first', () => {
    const diffs = new RevisionDiffs(20_000);
    const first = diffs.diff(revision('a', 'x'.repeat(4_000)), revision('b', 'x'.repeat(4_000)));
    diffs.diff(revision('c', 'y'.repeat(4_000)), revision('d', 'y'.repeat(4_000)));
    // Used again: now the most recent, so the next one pushes out c–d, not a–b.
    expect(diffs.diff(revision('a', ''), revision('b', ''))).toBe(first);
    diffs.diff(revision('e', 'z'.repeat(4_000)), revision('f', 'z'.repeat(4_000)));
    expect(diffs.bytes).toBeLessThanOrEqual(20_000);
    expect(diffs.diff(revision('a', ''), revision('b', ''))).toBe(first);
    expect(diffs.diff(revision('c', ''), revision('d', '')).body).toEqual([]);
  });
});
