import { describe, expect, it } from 'vitest';
import { speakersWithRoles as speakers } from './speakers-of.js';

// Issue 12, "who said what on any newsroom's text": shapes found by probing made-up sentences in the
// ways British, wire and American newsrooms write them.
describe('a relative written before a name, as the tabloids do', () => {
  it('reads a capitalised family word before a known first name and a surname as the role', () => {
    expect(speakers('Grandmother Ada Quist, 72, added: ‘I just want answers.’')).toEqual([{ name: 'Ada Quist', role: 'Grandmother' }]);
    expect(speakers('Dad Tom Bellamy, 38, said: ‘We just want her home.’')).toEqual([{ name: 'Tom Bellamy', role: 'Dad' }]);
    expect(speakers('Mum Ada Quist, 29, said: ‘I was scared for my kids.’')).toEqual([{ name: 'Ada Quist', role: 'Mum' }]);
  });

  it('reads a kind of person or a relative in lower case after the cue as the role of the name', () => {
    expect(speakers('‘It was like a war zone,’ said neighbour Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'neighbour' }]);
    expect(speakers('‘It was like a war zone,’ said dad Tom Bellamy, 44.')).toEqual([{ name: 'Tom Bellamy', role: 'dad' }]);
    expect(speakers('‘It was like a war zone,’ said dad-of-two Tom Bellamy, 44.')).toEqual([{ name: 'Tom Bellamy', role: 'dad-of-two' }]);
  });
});

describe('verbs that report speech right after a quote', () => {
  it('reads the verbs of feeling the tabloids put after a quote and its speaker', () => {
    expect(speakers('“I’m thrilled,” Ada Quist beamed.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('“It’s unacceptable,” Tom Bellamy raged.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('“He’s a liar,” Ada Quist hit out.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('“He lied,” Tom Bellamy lashed out.')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('“It’s brilliant,” Ada Quist enthused.')).toEqual([{ name: 'Ada Quist' }]);
  });

  it('reads them with the speaker after the verb too', () => {
    expect(speakers('“I’m thrilled,” beamed Ada Quist.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('“Not bad,” laughed Ada Quist, 34.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('“It’s unacceptable,” raged Brackwater Rovers boss Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'Brackwater Rovers boss' }]);
  });

  it('leaves them actions elsewhere', () => {
    expect(speakers('The storm raged on, and the “red warning” stayed in place.')).toEqual([]);
    expect(speakers('The fire raged for hours. Tom Bellamy called it “a miracle” that nobody died.')).toEqual([{ name: 'Tom Bellamy' }]);
  });
});

describe('a family, and someone of a named person’s, as the speaker', () => {
  it('keeps a noun in -ly after a determiner or an owner as the speaker, not an adverb', () => {
    expect(speakers('“He was a loving son,” the family said.')).toEqual([{ name: 'the family' }]);
    expect(speakers('“He was a loving son,” his family said.')).toEqual([{ name: 'his family' }]);
    expect(speakers('In a statement, the family said: “He was a loving son.”')).toEqual([{ name: 'the family' }]);
    expect(speakers('“He was a loving son,” Tom Bellamy’s family said.')).toEqual([{ name: 'Tom Bellamy’s family' }]);
  });

  it('still steps over an adverb before the verb', () => {
    expect(speakers('“We are done,” Ada Quist quietly said.')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('“We are done,” she reportedly said.', 'Ada Quist left.').map((s) => s.name)).not.toContain('reportedly');
  });

  it('gives a quote to the one a name owns, after the cue, not to the owner', () => {
    expect(speakers('“He denies it,” said Tom Bellamy’s spokesman.')).toEqual([{ name: 'Tom Bellamy’s spokesman' }]);
    expect(speakers('“He was a loving son,” said Tom Bellamy’s family.')).toEqual([{ name: 'Tom Bellamy’s family' }]);
    expect(speakers('“He denies it,” said Tom Bellamy’s lawyer, Ada Quist.')).toEqual([{ name: 'Ada Quist', role: 'Tom Bellamy’s lawyer' }]);
  });
});

describe('an unnamed source in a clause of its own', () => {
  it('takes the subject of the clause after ", but" as the speaker, not the sentence’s first subject', () => {
    expect(speakers('Brackwater Bank refused to comment, but a spokesman for the bank said: “They are panicking.”')).toEqual([{ name: 'a spokesman for the bank' }]);
    expect(speakers('Tom Bellamy left early, while a lawyer for the club said: “He was exhausted.”')).toEqual([{ name: 'a lawyer for the club' }]);
    expect(speakers('Tom Bellamy left early, but a friend of the family said: “He was exhausted.”')).toEqual([{ name: 'a friend' }]);
  });

  it('keeps "close to" with a source, as "familiar with"', () => {
    expect(speakers('A source close to the bank said: “They are panicking.”')).toEqual([{ name: 'A source close to the bank' }]);
  });
});

describe('what someone said, named by its owner', () => {
  it('gives a quote after a colon to the owner of a noun for what was said', () => {
    expect(speakers('Ada Quist’s verdict: “Not good enough.”')).toEqual([{ name: 'Ada Quist' }]);
    expect(speakers('Tom Bellamy’s response was blunt: “No chance.”')).toEqual([{ name: 'Tom Bellamy' }]);
    expect(speakers('Tom Bellamy’s message to fans was simple: “Keep believing.”')).toEqual([{ name: 'Tom Bellamy' }]);
  });

  it('leaves a thing someone owns the subject it was', () => {
    expect(speakers('Brackwater Bank’s board rolled out a new plan: “Growth first.”')).toEqual([{ name: 'Brackwater Bank’s board' }]);
  });
});

describe('a role qualified by a department, as the wires write it', () => {
  it('keeps the department in the role before a name', () => {
    expect(speakers('“We are open to talks,” foreign ministry spokesman Tom Bellamy told a news conference.')).toEqual([{ name: 'Tom Bellamy', role: 'foreign ministry spokesman' }]);
    expect(speakers('Police spokeswoman Ada Quist said: “Inquiries continue.”')).toEqual([{ name: 'Ada Quist', role: 'Police spokeswoman' }]);
    expect(speakers('“Inquiries continue,” said government spokeswoman Ada Quist.')).toEqual([{ name: 'Ada Quist', role: 'government spokeswoman' }]);
  });
});
