import { describe, expect, it } from 'vitest';
import { goldQuotes, namesNobody } from '../../eval/lib/polnear-gold.js';
import { emptyCounts, scoreArticle, scores } from '../../eval/lib/score-quotes.js';
import { span } from './brat-span.js';


describe('a gold Source that names nobody', () => {
  it('is one empty once trimmed, or a cue with only lower-case words after it', () => {
    expect(namesNobody('')).toBe(true);
    expect(namesNobody('  ')).toBe(true);
    expect(namesNobody('said')).toBe(true);
    expect(namesNobody('said in a statement')).toBe(true);
    expect(namesNobody('told reporters in his office')).toBe(true);
    expect(namesNobody('According to')).toBe(true);
    expect(namesNobody('asked')).toBe(true);
  });

  it('is not a cue naming someone, a description, a pronoun or a document', () => {
    expect(namesNobody('said Ana Voss')).toBe(false);
    expect(namesNobody('according to the Dunmore Herald')).toBe(false);
    expect(namesNobody('the spokesman')).toBe(false);
    expect(namesNobody('he')).toBe(false);
    expect(namesNobody('Ana Voss')).toBe(false);
    // Noun forms of reporting words head documents, not cues.
    expect(namesNobody('notes from the meeting')).toBe(false);
    expect(namesNobody('claims on the website')).toBe(false);
  });

  it('leaves the quote unresolved in the gold, like a pronoun nobody fits', () => {
    const text = 'Ana Voss spoke. “We are ready,” Voss said in a statement. Later came “a quiet week” for all.\n“No more,” said Ivo Brand.\n';
    const ann = [
      span('T1', 'Source', text, 'said in a statement'),
      span('T2', 'Content', text, 'We are ready,'),
      span('T3', 'Content', text, 'a quiet week'),
      span('T4', 'Source', text, 'Ivo Brand'),
      span('T5', 'Content', text, 'No more,'),
      'E1\tCue:T0 Source:T1 Content:T2',
      'E2\tCue:T0 Content:T3',
      'E3\tCue:T0 Source:T4 Content:T5',
    ].join('\n');
    expect(goldQuotes(text, ann).map((g) => [g.text, g.source, g.resolved, g.named])).toEqual([
      ['We are ready,', 'said in a statement', false, false],
      ['a quiet week', '', false, false],
      ['No more,', 'Ivo Brand', true, true],
    ]);
  });

  it('is matched for the span figures and counted unresolved, out of speaker accuracy', () => {
    const text = '“We are ready,” Voss said in a statement.\n“No more,” said Ivo Brand.\n';
    const ann = [
      span('T1', 'Source', text, 'said in a statement'),
      span('T2', 'Content', text, 'We are ready,'),
      span('T4', 'Source', text, 'Ivo Brand'),
      span('T5', 'Content', text, 'No more,'),
      'E1\tCue:T0 Source:T1 Content:T2',
      'E3\tCue:T0 Source:T4 Content:T5',
    ].join('\n');
    const counts = emptyCounts();
    scoreArticle([{ text: 'We are ready,', speaker: 'Voss' }, { text: 'No more,', speaker: 'Ivo Brand' }], goldQuotes(text, ann), counts);
    expect(counts).toMatchObject({ matched: 2, unresolved: 1, unresolvedMatched: 1, speakerRight: 1 });
    expect(scores(counts)).toMatchObject({ recall: 1, speakerAccuracy: 1 });
  });
});
