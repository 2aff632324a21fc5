import { types } from 'pg';
import './data-source-options';

/** Timestamps as PostgreSQL writes them (DateStyle ISO) read into the same instants as node-postgres's own parser. */
describe('the timestamp parser', () => {
  const parse = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date | number;

  it.each([
    ['2026-12-07 02:16:28.123456+00', '2026-12-07T02:16:28.123Z'],
    ['2026-12-07 02:16:28+00', '2026-12-07T02:16:28.000Z'],
    ['2026-12-07 02:16:28.5+01', '2026-12-07T01:16:28.500Z'],
    ['2026-12-07 08:00:00+05:30', '2026-12-07T02:30:00.000Z'],
    ['2026-03-29 01:59:59.999999-03:30:15', '2026-03-29T05:30:14.999Z'],
    ['0050-01-01 00:00:00+00', '0050-01-01T00:00:00.000Z'],
    ['12345-06-07 00:00:00+00', '+012345-06-07T00:00:00.000Z'],
    ['2026-01-01 00:00:00+00 BC', '-002025-01-01T00:00:00.000Z'],
  ])('%s is %s', (text, instant) => {
    expect((parse(text) as Date).toISOString()).toBe(instant);
  });

  it('reads PostgreSQL’s infinities as JavaScript’s', () => {
    expect(parse('infinity')).toBe(Infinity);
    expect(parse('-infinity')).toBe(-Infinity);
  });
});
