import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('splits plain sentences and reports offsets into the paragraph', () => {
    const p = 'The vote passed. It was close!  Who knew?';
    expect(splitSentences(p)).toEqual([
      { text: 'The vote passed.', start: 0, end: 16 },
      { text: 'It was close!', start: 17, end: 30 },
      { text: 'Who knew?', start: 32, end: 41 },
    ]);
  });

  it('does not split after titles such as Mr, Dr. and Sen.', () => {
    expect(texts('Mr. Lopez met Dr. Okafor and Sen. Reyes on Friday. They talked.')).toEqual([
      'Mr. Lopez met Dr. Okafor and Sen. Reyes on Friday.',
      'They talked.',
    ]);
    expect(texts('Mr Lopez spoke first. Ms Chan replied.')).toEqual(['Mr Lopez spoke first.', 'Ms Chan replied.']);
    // The plural titles before two names.
    expect(texts('The bill was backed by state Reps. Ann Lee and Bo Reyes. It passed.')).toEqual(['The bill was backed by state Reps. Ann Lee and Bo Reyes.', 'It passed.']);
    expect(texts('The letter was signed by Sens. Ann Lee and Bo Reyes.')).toEqual(['The letter was signed by Sens. Ann Lee and Bo Reyes.']);
  });

  it('keeps U.S. and a.m. inside a sentence unless a new sentence clearly begins', () => {
    expect(texts('The U.S. Senate met at 9 a.m. Eastern time. Members left early.')).toEqual([
      'The U.S. Senate met at 9 a.m. Eastern time.',
      'Members left early.',
    ]);
    expect(texts('Prices rose in the U.S. The rest of the world followed.')).toEqual([
      'Prices rose in the U.S.',
      'The rest of the world followed.',
    ]);
  });

  it('does not split decimals such as 2.7 million', () => {
    expect(texts('Up to 2.7 million people in the bloc were affected. The rest were not.')).toEqual([
      'Up to 2.7 million people in the bloc were affected.',
      'The rest were not.',
    ]);
  });

  it('ends a sentence at an ellipsis before a capitalised word, not before a lowercase one', () => {
    expect(texts('We waited … and waited… Then the doors opened.')).toEqual([
      'We waited … and waited…',
      'Then the doors opened.',
    ]);
  });

  it('never splits inside a closed quotation', () => {
    const p = '“We tried. It failed … The next plan is better,” said the mayor. Nobody clapped.';
    expect(texts(p)).toEqual(['“We tried. It failed … The next plan is better,” said the mayor.', 'Nobody clapped.']);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(texts('She said: "It is over." The crowd left.')).toEqual(['She said: "It is over."', 'The crowd left.']);
  });

  it('keeps a headline without a full stop as one sentence', () => {
    expect(texts('Council approves new budget after long night')).toEqual(['Council approves new budget after long night']);
  });

  it('does not let an unclosed quotation swallow the rest of the paragraph', () => {
    expect(texts('“We will rebuild. The town deserves it. Nobody argued.')).toEqual([
      '“We will rebuild.',
      'The town deserves it.',
      'Nobody argued.',
    ]);
  });

  it('returns nothing for an empty or blank paragraph', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
  // The splitter tests characters by code for ASCII and by regex beyond it: both must split alike.
  it('splits before capitals beyond ASCII and after any kind of space, as before ASCII ones', () => {
    expect(texts('Ministers met in Zürich. Über the years the talks stalled. Ørsted left early.')).toEqual([
      'Ministers met in Zürich.',
      'Über the years the talks stalled.',
      'Ørsted left early.',
    ]);
    expect(texts('The talks ended.\u00a0Negotiators went home.\u2003“We tried,” one said.')).toEqual(['The talks ended.', 'Negotiators went home.', '“We tried,” one said.']);
  });

  it('reads initials beyond ASCII as initials', () => {
    expect(texts('The letter came from Ö. Lund and J. Smith. Nobody answered.')).toEqual(['The letter came from Ö. Lund and J. Smith.', 'Nobody answered.']);
  });
  it('keeps closing marks and brackets after the full stop with the sentence they end', () => {
    expect(texts('He called it «enough.» Then he left. (It rained.) The match went on. She wrote ‘done.’ Nobody replied.')).toEqual([
      'He called it «enough.»',
      'Then he left.',
      '(It rained.)',
      'The match went on.',
      'She wrote ‘done.’',
      'Nobody replied.',
    ]);
  });

  // After a quotation's own ? or ! (and after its full stop when the quote opened the sentence) the
  // sentence goes on only when what follows is its attribution: a speaker and then a speech verb.
  describe('after a closing quotation: the attribution stays, a new sentence does not', () => {
    const joined: Array<[string, string[]]> = [
      ['“Why wait?” Tamsin Oakes pressed.', ['“Why wait?” Tamsin Oakes pressed.']],
      ['“Never!” Mr Okonjo shouted. Then he left.', ['“Never!” Mr Okonjo shouted.', 'Then he left.']],
      ['“Never!” Mr. Okonjo shouted. Then he left.', ['“Never!” Mr. Okonjo shouted.', 'Then he left.']],
      ['“Why wait?” asked Tamsin Oakes.', ['“Why wait?” asked Tamsin Oakes.']],
      ['“Why wait?” he asked.', ['“Why wait?” he asked.']],
      ['“Why wait?” She asked again.', ['“Why wait?” She asked again.']],
      ['“Why wait?” the minister asked.', ['“Why wait?” the minister asked.']],
      ['“Why wait?” The foreign minister asked. Nobody replied.', ['“Why wait?” The foreign minister asked.', 'Nobody replied.']],
      ["''Can we still win?'' Mrs. Halloran asked. ''I doubt it.''", ["''Can we still win?'' Mrs. Halloran asked.", "''I doubt it.''"]],
      ['"Not this week!" Sen. Ola Brandt, D-Vt., said of the vote.', ['"Not this week!" Sen. Ola Brandt, D-Vt., said of the vote.']],
      ['“Not again!” Petra Lund, the head of the Harbour Trust, wrote on Friday.', ['“Not again!” Petra Lund, the head of the Harbour Trust, wrote on Friday.']],
      ['“Is it done?” Dr. J. Thorne said.', ['“Is it done?” Dr. J. Thorne said.']],
      ['“Why not?” Deputy Chair Ilse Marten Roe asked.', ['“Why not?” Deputy Chair Ilse Marten Roe asked.']],
      ['“Why not?” Tamsin Oakes’s spokesman asked.', ['“Why not?” Tamsin Oakes’s spokesman asked.']],
      ['“And then?” Bo Reyes went on.', ['“And then?” Bo Reyes went on.']],
      ['“Is it over?” Ada Pell then asked.', ['“Is it over?” Ada Pell then asked.']],
      ['“Why not?” Secretary of State Luc de Vries asked.', ['“Why not?” Secretary of State Luc de Vries asked.']],
      ['“Why not?” Ada Pell, 45, angrily asked.', ['“Why not?” Ada Pell, 45, angrily asked.']],
      ['“Why not?” Sen. Ola Brandt (D-Vt.) asked. Nobody answered.', ['“Why not?” Sen. Ola Brandt (D-Vt.) asked.', 'Nobody answered.']],
      ['“He asked, ‘What are they doing?’” Ada Pell said.', ['“He asked, ‘What are they doing?’” Ada Pell said.']],
      ['“We won.” Mr. Okonjo said. The hall cheered.', ['“We won.” Mr. Okonjo said.', 'The hall cheered.']],
    ];
    it.each(joined)('%s', (paragraph, sentences) => expect(texts(paragraph)).toEqual(sentences));

    const split: Array<[string, string[]]> = [
      ['“Is it over?” The crowd fell silent.', ['“Is it over?”', 'The crowd fell silent.']],
      ['“Is it over?” When Ada Pell said yes, nobody believed her.', ['“Is it over?”', 'When Ada Pell said yes, nobody believed her.']],
      ['“Is it over?” The match began.', ['“Is it over?”', 'The match began.']],
      ['“Is it over?” Ola Brandt (the chair since May) left the room.', ['“Is it over?”', 'Ola Brandt (the chair since May) left the room.']],
      ['“Is it over?” Nobody knew, he said.', ['“Is it over?”', 'Nobody knew, he said.']],
      ['“Is it over?” The answer, officials said, was no.', ['“Is it over?”', 'The answer, officials said, was no.']],
      ['“Is it over?” The calls grew louder, she said.', ['“Is it over?”', 'The calls grew louder, she said.']],
      ['“Why wait?” I had prepared a statement.', ['“Why wait?”', 'I had prepared a statement.']],
      ['“Is it over?” Ivo Brannock is a shop owner who said no.', ['“Is it over?”', 'Ivo Brannock is a shop owner who said no.']],
      ['“Is it over?” “Not yet,” she said.', ['“Is it over?”', '“Not yet,” she said.']],
      ['Fans chanted “Enough!” The team left. Ada Pell said it was over.', ['Fans chanted “Enough!”', 'The team left.', 'Ada Pell said it was over.']],
      ['She asked: “Is it over?”', ['She asked: “Is it over?”']],
      ['The crowd shouted “Never!”', ['The crowd shouted “Never!”']],
      ['X said Ada had “erred.” Mr. Okonjo said more.', ['X said Ada had “erred.”', 'Mr. Okonjo said more.']],
      // A speech verb that introduces what comes next, not the quotation before it.
      ['“Is it over?” Ada Pell said she hoped not.', ['“Is it over?”', 'Ada Pell said she hoped not.']],
      ['“Is it over?” Ada Pell said that it was.', ['“Is it over?”', 'Ada Pell said that it was.']],
      ['“We lost.” Mr. Okonjo added: “We will be back.”', ['“We lost.”', 'Mr. Okonjo added: “We will be back.”']],
      ['“Why?” She went on to say: “Nobody knows.”', ['“Why?”', 'She went on to say: “Nobody knows.”']],
    ];
    it.each(split)('%s', (paragraph, sentences) => expect(texts(paragraph)).toEqual(sentences));
  });
});
