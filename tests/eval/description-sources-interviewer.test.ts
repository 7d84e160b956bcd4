import { describe, expect, it } from 'vitest';
import { resolveDescription } from '../../eval/lib/description-sources.js';

const mentions = (text: string, ...names: string[]) => names.map((name) => ({ at: text.indexOf(name), text: name }));

describe('“the senator” answering an interviewer', () => {
  it('is not the one who asked in the paragraph before', () => {
    const text = 'Quell defends record\nSen. Tomas Quell spoke in an interview with radio host Greta Holm on Sunday.\n“Is that a promise?” Holm asked.\n“It is, yes,” the senator said.\n';
    const named = mentions(text, 'Sen. Tomas Quell', 'Holm asked'.slice(0, 4));
    const at = text.indexOf('the senator');
    expect(resolveDescription(text, 'the senator', at, named)).toMatchObject({ source: 'Sen. Tomas Quell', resolved: true });
  });

  it('is not an interviewer named in its own sentence', () => {
    const text = 'Vote nears\nOtto Brannick leads the race, his aides say.\nIn an interview with show hosts Ivo Marsh and Greta Holm, the candidate said his plan was “ready.”\n';
    const named = mentions(text, 'Otto Brannick');
    const at = text.indexOf('the candidate');
    expect(resolveDescription(text, 'the candidate', at, named)).toMatchObject({ source: 'Otto Brannick', resolved: true });
  });

  it('still takes the previous paragraph’s speaker when nobody asked', () => {
    const text = 'Quell defends record\nSen. Tomas Quell spoke on Sunday.\n“We are ready,” Sen. Ana Voss said.\n“It is done,” the senator said.\n';
    const named = mentions(text, 'Sen. Tomas Quell', 'Sen. Ana Voss');
    expect(resolveDescription(text, 'the senator', text.indexOf('the senator'), named)).toMatchObject({ source: 'Sen. Ana Voss', resolved: true });
  });
});
