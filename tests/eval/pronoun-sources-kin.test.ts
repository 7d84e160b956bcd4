import { describe, expect, it } from 'vitest';
import { resolvePronoun } from '../../eval/lib/pronoun-sources.js';

const mentions = (text: string, ...names: string[]) => names.map((name) => ({ at: text.indexOf(name), text: name }));

describe('a relative named by a given name in apposition', () => {
  it('takes "his wife, Mara," for the she who speaks next, not the husband or a woman named earlier', () => {
    const text = 'What next for Quell?\nGreta Holm said she would wait. Tomas Quell said he would run again.\nBut his wife, Mara, gave a hint in an interview.\n“He will not stop,” she said.\n';
    const named = mentions(text, 'Greta Holm', 'Tomas Quell');
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), named)).toEqual({ source: 'Mara', resolved: true });
  });

  it('gives the relative the gender of the kin word: "her son, Ivo," is a he', () => {
    const text = 'Ana Voss spoke first.\nHer son, Ivo, stood beside her. “We are tired,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), mentions(text, 'Ana Voss'))).toEqual({ source: 'Ivo', resolved: true });
    expect(resolvePronoun(text, 'she', text.indexOf('he said'), mentions(text, 'Ana Voss'))).toEqual({ source: 'Ana Voss', resolved: true });
  });
});
