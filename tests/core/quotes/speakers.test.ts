import { describe, expect, it } from 'vitest';
import { summariseSpeakers } from '../../../src/core/quotes/speakers.js';
import type { Quote } from '../../../src/core/types.js';

const quote = (name: string, role?: string): Quote => ({ text: `words of ${name}`, speaker: role ? { name, role } : { name }, sources: ['a'], fragment: false });

describe('summariseSpeakers', () => {
  it('lists everyone quoted, most quoted first, then by name, with the first role given', () => {
    expect(summariseSpeakers([quote('Zoe Hart'), quote('Ann Lee', 'Mayor'), quote('Zoe Hart', 'Harbour chief'), quote('Bo Chan'), quote('Ann Lee')])).toEqual([
      { name: 'Ann Lee', role: 'Mayor', quotes: 2 },
      { name: 'Zoe Hart', role: 'Harbour chief', quotes: 2 },
      { name: 'Bo Chan', quotes: 1 },
    ]);
  });

  it('returns nothing when nobody is quoted', () => {
    expect(summariseSpeakers([])).toEqual([]);
  });
});
