import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { parseSpeakerName } from '../../../src/core/quotes/attribution/speaker-name.js';

const tokensOf = (text: string) => tokenise(text, 0, text.length, []);

describe('parseSpeakerName, remembered per run', () => {
  it('gives the same phrase for the same run, each caller its own copy', () => {
    const tokens = tokensOf('Senator Jane Roe spoke.');
    const first = parseSpeakerName(tokens.slice(0, 3));
    expect(first).toEqual({ kind: 'name', text: 'Jane Roe', person: true, gender: 'f', at: 0, candidate: true, role: 'Senator' });
    first!.text = 'changed by a caller';
    const again = parseSpeakerName(tokens.slice(0, 3));
    expect(again).toEqual({ kind: 'name', text: 'Jane Roe', person: true, gender: 'f', at: 0, candidate: true, role: 'Senator' });
    expect(again).not.toBe(first);
    again!.gender = 'm';
    expect(parseSpeakerName(tokens.slice(0, 3))?.gender).toBe('f');
  });

  it('parses a shorter run from the same first word as a run of its own', () => {
    const tokens = tokensOf('Senator Jane Roe spoke.');
    expect(parseSpeakerName(tokens.slice(0, 3))?.text).toBe('Jane Roe');
    expect(parseSpeakerName(tokens.slice(0, 1))).toEqual({ kind: 'description', text: 'Senator', role: 'Senator', person: true, gender: undefined, at: 0 });
  });

  it('tells apart runs of equal words in different sentences', () => {
    const a = tokensOf('Jane Roe spoke.');
    const b = tokensOf('Later, Jane Roe left.');
    expect(parseSpeakerName(a.slice(0, 2))?.at).toBe(0);
    expect(parseSpeakerName(b.slice(2, 4))?.at).toBe(7);
  });
});
