import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';

describe('a count word or an indefinite article before a party word is an unnamed member, not the party', () => {
  it('"one senior Democrat said", "a top Republican said": the description as written', () => {
    expect(speakers(['The levy vote in Dellby slipped again on Monday.', '“The caucus has been slow to move on the levy,” one senior Democrat said.'])).toEqual([
      ['The caucus has been slow to move on the levy', 'one senior Democrat'],
    ]);
    expect(speakers(['The levy vote in Dellby slipped again on Monday.', '“We will not sign the levy as written,” a top Republican said.'])).toEqual([
      ['We will not sign the levy as written', 'a top Republican'],
    ]);
  });

  it('"one Labour MP said": a party and a role after the count word', () => {
    expect(speakers(['The levy vote in Dellby slipped again on Monday.', '“The whips have lost count,” one Labour MP said on Tuesday.'])).toEqual([
      ['The whips have lost count', 'one Labour MP'],
    ]);
  });

  it('a party word before a name is still the person’s role ("Democrat Ann Lee said")', () => {
    expect(speakers(['The levy vote in Dellby slipped again on Monday.', '“We will try again,” Democrat Orla Venn said.'])).toEqual([['We will try again', 'Orla Venn']]);
  });
});

describe('role words joined by "of" before a name: the name speaks', () => {
  it('"said master of ceremonies Ivo Marsh", "said chief of staff Ana Ruiz"', () => {
    expect(speakers(['The gala in Wenholt raised money for the harbour.', '“Nobody expected a full hall,” said master of ceremonies Ivo Marsh.'])).toEqual([
      ['Nobody expected a full hall', 'Ivo Marsh'],
    ]);
    expect(speakers(['The mayor of Wenholt met the harbour board on Monday.', '“The mayor will sign by Friday,” said chief of staff Ana Ruiz.'])).toEqual([
      ['The mayor will sign by Friday', 'Ana Ruiz'],
    ]);
  });

  it('"said deputy chief of staff Ana Ruiz": a modifier before the role', () => {
    expect(speakers(['The mayor of Wenholt met the harbour board on Monday.', '“The mayor will sign by Friday,” said deputy chief of staff Ana Ruiz.'])).toEqual([
      ['The mayor will sign by Friday', 'Ana Ruiz'],
    ]);
  });

  it('"said members of Wenholt Council": no role before "of", the council is not the speaker', () => {
    expect(speakers(['The harbour of Wenholt was closed on Monday.', '“The closure was rushed,” said members of Wenholt Council.'])).toEqual([
      ['The closure was rushed', 'members'],
    ]);
  });
});

describe('a capitalised plural common noun opening a sentence is a group of unnamed people, not a name', () => {
  const attributed = (paragraphs: string[]) => extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }).quotes.map((q) => [q.speaker.name, q.attributedBy]);

  it('"Sources told the paper …", "Officials said …", "Residents say …": a description as written', () => {
    expect(attributed(['The harbour of Wenholt was closed on Monday.', 'Sources told the paper that “the closure could last a month.”'])).toEqual([['Sources', 'sentence:description']]);
    expect(attributed(['The harbour of Wenholt was closed on Monday.', 'Officials said the closure was “a precaution after the storm.”'])).toEqual([['Officials', 'sentence:description']]);
    expect(attributed(['The harbour of Wenholt was closed on Monday.', 'Residents say the town feels “cut off from everything.”'])).toEqual([['Residents', 'sentence:description']]);
  });

  it('a surname that ends in -s still names its bearer ("Ivo Roberts said")', () => {
    expect(attributed(['The harbour of Wenholt was closed on Monday.', 'Ivo Roberts said the closure was “a precaution.”'])).toEqual([['Ivo Roberts', 'sentence:name']]);
  });
});
