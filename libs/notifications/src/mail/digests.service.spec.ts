import { nextDigest } from './digests.service';

describe('digest periods', () => {
  it('go daily at 06:00 UTC, the next one strictly after now', () => {
    expect(nextDigest('daily', new Date('2026-12-06T05:59:59Z'))).toEqual({
      at: new Date('2026-12-06T06:00:00Z'),
      period: 'daily:2026-12-06',
    });
    expect(nextDigest('daily', new Date('2026-12-06T06:00:00Z'))).toEqual({
      at: new Date('2026-12-07T06:00:00Z'),
      period: 'daily:2026-12-07',
    });
  });

  it('go weekly on Mondays', () => {
    // Sunday 6 December 2026.
    expect(nextDigest('weekly', new Date('2026-12-06T12:00:00Z'))).toEqual({
      at: new Date('2026-12-07T06:00:00Z'),
      period: 'weekly:2026-12-07',
    });
    expect(nextDigest('weekly', new Date('2026-12-07T06:00:00Z')).period).toBe('weekly:2026-12-14');
  });
});
