import { describe, expect, it } from 'vitest';
import { speakersWithRoles as speakers } from './speakers-of.js';

// Issue 12: documents quoted after the quotation.
describe('a statement from a body described, not named', () => {
  it('keeps the quote and credits the body', () => {
    expect(speakers('The manager left on Monday. “We are devastated,” read a statement from the club.')).toEqual([{ name: 'the club' }]);
    expect(speakers('Kessel Bank cut 200 jobs. “We regret the losses,” read a statement from the bank.')).toEqual([{ name: 'Kessel Bank' }]);
    expect(speakers('Ada Quist resigned on Monday. “It was time,” reads the letter from her lawyers.')).toEqual([{ name: 'her lawyers' }]);
  });

  it('reads a document after the quote as the speaker when it has no owner', () => {
    expect(speakers('The outage lasted four hours. “No data was lost,” read the statement.')).toEqual([{ name: 'the statement' }]);
  });
});

describe('a bare surname a pronoun in its own sentence refers to', () => {
  it('is a possible person the pronoun confirms, so a later "Her answer:" or "she said" is hers', () => {
    expect(speakers('The award went to Quist. Quist was asked if she would run again. Her answer: “Never say never.”')).toEqual([{ name: 'Quist' }]);
    expect(speakers('The award went to Quist. Quist was asked if she would run again. “Never say never,” she said.')).toEqual([{ name: 'Quist' }]);
    expect(speakers('The award went to Bellamy. Bellamy was asked if he would run again. His reply: “Never say never.”')).toEqual([{ name: 'Bellamy' }]);
  });

  it('is not made her by a later "she", a cue\'s "she", or one in a noun\'s own clause', () => {
    expect(speakers('Ada Quist runs the shop.', 'The contract went to Ashby. Ashby was pleased, and he said she should sign at once. “Never say never,” she said.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('Ada Quist runs the shop.', 'The contract went to Ashby. Ashby would not budge, she said. “Never say never,” she said.')).toEqual([{ name: 'Ada Quist' }]);
  });
});

describe('a named person "of" a body after the cue', () => {
  it('ends the name before "of" when the body is what follows it', () => {
    expect(speakers('“It is a good plan,” said Tom Bellamy of Kessel Bank.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Another analyst, Ada Quist of Kessel Bank, said her model showed no change.', '“Go figure,” she said.')).toEqual([{ name: 'Ada Quist' }]);
  });
});

describe('a caption as what was said', () => {
  it('reads "captioned" as a verb of writing', () => {
    expect(speakers('Ada Quist, 29, took to Instagram on Sunday. “What a year,” the reality star captioned a snap of herself.')).toEqual([{ name: 'Ada Quist' }]);
  });
});

describe('a sports report\'s post in place of the name', () => {
  it('is whom this paragraph or the one before is about', () => {
    expect(speakers('Tom Bellamy hailed his side after the win.', '“We were superb,” said the Harbour Rovers boss.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Ada Quist was delighted. “We were superb,” the Harbour Rovers manager told BBC Sport.')).toEqual([{ name: 'Ada Quist' }]);
  });

  it('stays as written with nobody named near', () => {
    expect(speakers('Harbour Rovers won 2-0.', '“We were superb,” said the Harbour Rovers boss.')).toEqual([{ name: 'the Harbour Rovers boss' }]);
  });
});

describe('"the club" for a team named before', () => {
  it('is the body its name did not say was a club', () => {
    expect(speakers('Harbour Rovers confirmed the news on their website. “We wish him well,” the club said.')).toEqual([{ name: 'Harbour Rovers' }]);
    expect(speakers('Harbour Rovers have sacked Tom Bellamy.', '“We wish him well,” the club said.')).toEqual([{ name: 'Harbour Rovers' }]);
    expect(speakers('Harbour Rovers confirmed the manager had left. “We are devastated,” read a statement from the club.')).toEqual([{ name: 'Harbour Rovers' }]);
  });
});

describe('a post in place of the name after an object pronoun', () => {
  it('is not whom the pronoun stands for ("Jailing him, the judge said")', () => {
    expect(speakers('Tom Bellamy was sentenced on Friday. Jailing him, the judge said: “You preyed on the vulnerable.”')).toEqual([{ name: 'the judge' }]);
    expect(speakers('Ada Quist was sentenced on Friday. Sentencing her, the judge said: “You preyed on the vulnerable.”')).toEqual([{ name: 'the judge' }]);
  });

  it('is still whom the paragraph is about without one', () => {
    expect(speakers('Ada Quist was appointed on Friday. Speaking later, the judge said: “It is an honour.”')).toEqual([{ name: 'Ada Quist' }]);
  });
});
