import { describe, expect, it } from 'vitest';
import { reportChecks } from '../../bench/checks.js';

describe('reportChecks (npm run bench)', () => {
  it('prints every check and exits 0 when all pass', () => {
    const lines: string[] = [];
    expect(reportChecks([['day under 3 s', true], ['RSS under 400 MB', true]], (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual(['  PASS  day under 3 s', '  PASS  RSS under 400 MB']);
  });

  it('exits 1 when any check prints FAIL, and says how many', () => {
    const lines: string[] = [];
    expect(reportChecks([['day under 3 s', true], ['within 3× of the floor', false]], (l) => lines.push(l))).toBe(1);
    expect(lines).toEqual(['  PASS  day under 3 s', '  FAIL  within 3× of the floor', '1 of 2 checks failed']);
  });
});
