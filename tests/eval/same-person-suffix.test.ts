import { describe, expect, it } from 'vitest';
import { samePerson } from '../../eval/lib/same-person.js';
import { speakerMatches } from '../../eval/lib/score-quotes.js';

describe('a generational suffix the article never leaves off is no second person', () => {
  const onlySuffixed = 'Orlo Fenwick III told the board he would stay.\nFenwick said the plan was sound. Orlo Fenwick III later left.';
  const fatherAndSon = 'Orlo Fenwick Jr. spoke first.\nHis father, Orlo Fenwick, spoke after him.';

  it('drops the suffix where every mention of the first and last name carries it', () => {
    expect(samePerson('Orlo Fenwick', 'Orlo Fenwick III', onlySuffixed)).toBe(true);
    expect(samePerson('Orlo Fenwick III', 'Orlo Fenwick', onlySuffixed)).toBe(true);
    expect(speakerMatches('Orlo Fenwick', 'Orlo Fenwick III', onlySuffixed)).toBe(true);
  });

  it('keeps Jr. and Sr. apart where the article also names the bare full name, and without an article', () => {
    expect(samePerson('Orlo Fenwick', 'Orlo Fenwick Jr.', fatherAndSon)).toBe(false);
    expect(samePerson('Orlo Fenwick Jr.', 'Orlo Fenwick Sr.', onlySuffixed)).toBe(false);
    expect(samePerson('Orlo Fenwick', 'Orlo Fenwick III')).toBe(false);
    expect(samePerson('Ada Fenwick', 'Orlo Fenwick III', onlySuffixed)).toBe(false);
  });
});
