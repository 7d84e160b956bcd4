import { describe, expect, it } from 'vitest';
import { goldQuotes } from '../../eval/lib/polnear-gold.js';

/** A brat span line with explicit offsets: the annotation's span may cut a word, which `span` cannot express. */
const at = (id: string, label: string, text: string, start: number, end: number) => `${id}\t${label} ${start} ${end}\t${text.slice(start, end)}`;

describe('a gold Source span cut inside a word reaches the word’s boundaries', () => {
  const text = 'Harbour board meets\n“We will rebuild the pier,” said Teodor Lasko, the board’s chair.\n“The money is there,” said Wenna Orrel.\n';
  const q1 = text.indexOf('We will');
  const q2 = text.indexOf('The money');
  const lasko = text.indexOf('Teodor Lasko');
  const orrel = text.indexOf('Wenna Orrel');

  it('takes the whole word when the span misses its first or last letter, or is a single letter', () => {
    const ann = [
      at('T1', 'Source', text, lasko + 1, lasko + 'Teodor Lasko'.length - 1),
      at('T2', 'Content', text, q1, q1 + 'We will rebuild the pier,'.length),
      at('T3', 'Source', text, orrel + 'Wenna '.length, orrel + 'Wenna O'.length),
      at('T4', 'Content', text, q2, q2 + 'The money is there,'.length),
      'E1\tCue:T0 Source:T1 Content:T2',
      'E2\tCue:T0 Source:T3 Content:T4',
    ].join('\n');
    expect(goldQuotes(text, ann).map((g) => [g.rawSource, g.source, g.sourceAt])).toEqual([
      ['Teodor Lasko', 'Teodor Lasko', lasko],
      ['Orrel', 'Orrel', orrel + 'Wenna '.length],
    ]);
  });

  it('leaves a span that ends at word boundaries as annotated', () => {
    const ann = [at('T1', 'Source', text, lasko, lasko + 'Teodor Lasko'.length), at('T2', 'Content', text, q1, q1 + 10), 'E1\tCue:T0 Source:T1 Content:T2'].join('\n');
    expect(goldQuotes(text, ann).map((g) => g.rawSource)).toEqual(['Teodor Lasko']);
  });
});
