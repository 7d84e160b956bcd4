import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../../src/core/quotes/attribution/strategies.js';

describe('isQuestion', () => {
  it('asks when the quotation ends with a question mark, perhaps before one closing mark', () => {
    expect(['Why now?', 'Why now?”', 'Why now?"', 'Why now?’', 'Really??', '?'].map(isQuestion)).toEqual([true, true, true, true, true, true]);
  });

  it('does not ask otherwise', () => {
    expect(['We are done.', 'Why? We are done.', 'Why now?”.', 'Why now?»', 'Why now?”’', '”', ''].map(isQuestion)).toEqual([false, false, false, false, false, false, false]);
  });
});
