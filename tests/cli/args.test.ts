import { describe, expect, it } from 'vitest';
import { parsePoints } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/usage-error.js';

describe('parsePoints (--points)', () => {
  it('accepts the whole numbers 3 to 7, and no value at all', () => {
    expect(['3', '5', '7', ' 4 '].map(parsePoints)).toEqual([3, 5, 7, 4]);
    expect(parsePoints(undefined)).toBeUndefined();
  });

  it('refuses everything else instead of clamping it, naming the range and the value', () => {
    for (const value of ['99', '8', '2', '0', 'abc', '-1', '4.5', '', '1e1', '0x5']) {
      expect(() => parsePoints(value)).toThrow(new UsageError(`--points must be a whole number from 3 to 7 (got "${value}")`));
    }
  });
});
