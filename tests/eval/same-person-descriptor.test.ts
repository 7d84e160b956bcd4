import { describe, expect, it } from 'vitest';
import { samePerson } from '../../eval/lib/same-person.js';

describe('a capitalised descriptor compound before a surname is no first name', () => {
  it('reads "Prize-winner Quell" as Quell, like a title', () => {
    expect(samePerson('Prize-winner Quell', 'Dana Quell')).toBe(true);
    expect(samePerson('Dana Quell', 'Mother-of-three Quell')).toBe(true);
  });

  it('keeps a hyphenated given name a first name, and other surnames apart', () => {
    expect(samePerson('Jean-Luc Quell', 'Dana Quell')).toBe(false);
    expect(samePerson('Prize-winner Quell', 'Dana Marsh')).toBe(false);
  });
});
