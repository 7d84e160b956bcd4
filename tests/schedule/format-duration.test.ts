import { describe, expect, it } from 'vitest';
import { formatDuration, formatLateness } from '../../src/contracts/format-duration.js';

describe('durations in messages', () => {
  it('are exact to the second, leaving out parts that are zero', () => {
    expect([30_000, 60_000, 61_000, 90_000, 120_000, 3_600_000, 7_200_000, 7_201_000, 5_430_000, 0].map(formatDuration)).toEqual([
      '30 s', '1 min', '1 min 1 s', '1 min 30 s', '2 min', '1 h', '2 h', '2 h 1 s', '1 h 30 min 30 s', '0 s',
    ]);
  });

  it('round lateness up, so a slot past its grace never reads as exactly the grace', () => {
    expect(formatLateness(120_001)).toBe('2 min 1 s');
    expect(formatLateness(7_200_400)).toBe('2 h 1 s');
    expect(formatLateness(61_000)).toBe('1 min 1 s');
  });
});
