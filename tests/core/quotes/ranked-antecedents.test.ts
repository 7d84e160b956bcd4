import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { RANKER_FEATURES } from '../../../src/core/quotes/speaker-ranker.js';
import { position, SpeakerRegistry } from '../../../src/core/quotes/speaker-registry.js';
import { pronounAntecedents } from '../../../src/core/quotes/attribution/pronoun-antecedents.js';

const named = (features: number[]) => RANKER_FEATURES.filter((_, i) => features[i] !== 0);

/** The rules' "he" is the latest subject, three paragraphs back; a man named since, not as a subject, is the one quoted. */
const harbour = readArticle({
  id: 'harbour',
  title: 'Harbour plan splits council',
  paragraphs: [
    'Councillor Tom Reed opened the meeting on Monday.',
    'The vote on the harbour wall was put off until June.',
    'Residents at the hearing cheered for Omar Hale, a fisherman.',
    '“We will not give up on this harbour,” he said.',
  ],
}).article;

const speakers = (article: typeof harbour, chooser: 'ranker' | 'rules') => extractQuotes(article, undefined, { chooser }).quotes.map((q) => [q.text, q.speaker.name, q.attributedBy]);

describe('the ranker chooses a pronoun’s antecedent', () => {
  it('offers the people named since a far-back antecedent as candidates, with their relation to the pronoun', () => {
    const seen: Array<Array<[string, string[]]>> = [];
    extractQuotes(harbour, undefined, { chooser: 'rules', observe: (q) => seen.push(q.candidates.map((c) => [c.speaker, named(c.features)])) });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map(([speaker]) => speaker)).toEqual(['Tom Reed', 'Omar Hale']);
    expect(seen[0]![0]![1]).toEqual([
      'from-sentence-cue', 'cue-after-quote', 'token-distance', 'kind-pronoun', 'resolved-to-entity', 'entity-person', 'nearest-cue', 'gender-agrees', 'rule-choice',
      'ant-latest-subject', 'ant-rank', 'ant-subject', 'ant-gender-known', 'ant-fits', 'ant-shown', 'ant-mentions', 'ant-focus', 'ant-most-mentioned', 'ant-further', 'ant-far-with-nearer',
    ]);
    expect(seen[0]![1]![1]).toEqual([
      'from-sentence-cue', 'cue-after-quote', 'token-distance', 'kind-pronoun', 'resolved-to-entity', 'entity-person', 'nearest-cue', 'gender-agrees',
      'from-antecedent', 'ant-previous-paragraph', 'ant-gender-known', 'ant-fits', 'ant-shown', 'ant-mentions', 'ant-most-mentioned', 'ant-alone', 'ant-nearer-than-far-rule',
    ]);
  });

  it('takes the man named in the paragraph before, where the rules take the subject three paragraphs back', () => {
    expect(speakers(harbour, 'rules')).toEqual([['We will not give up on this harbour', 'Tom Reed', 'sentence:pronoun']]);
    expect(speakers(harbour, 'ranker')).toEqual([['We will not give up on this harbour', 'Omar Hale', 'sentence:pronoun']]);
    expect(extractQuotes(harbour).quotes.map((q) => q.speaker.name)).toEqual(['Omar Hale']);
  });

  it('adds no candidate where the rules’ antecedent was named in the pronoun’s paragraph or the one before', () => {
    const near = readArticle({
      id: 'near',
      title: 'Harbour plan splits council',
      paragraphs: ['Councillor Tom Reed opened the meeting on Monday, and residents cheered for Omar Hale.', '“We will not give up on this harbour,” he said.'],
    }).article;
    const seen: string[][] = [];
    extractQuotes(near, undefined, { chooser: 'rules', observe: (q) => seen.push(q.candidates.map((c) => c.speaker)) });
    expect(seen).toEqual([]);
    expect(speakers(near, 'ranker')).toEqual([['We will not give up on this harbour', 'Tom Reed', 'sentence:pronoun']]);
  });
});

describe('pronounAntecedents', () => {
  it('lists the people a "he" may mean since two paragraphs back, latest first, and the facts of the rules’ choice wherever it was named', () => {
    const registry = new SpeakerRegistry();
    const reed = registry.add({ kind: 'name', text: 'Tom Reed', person: true, gender: 'm', at: 0 }, position(0, 0), true);
    registry.add({ kind: 'name', text: 'Ann Lee', person: true, gender: 'f', at: 0 }, position(2, 0), true);
    const hale = registry.add({ kind: 'name', text: 'Omar Hale', person: true, gender: 'm', at: 30 }, position(2, 30));
    const { listed, also } = pronounAntecedents(registry, 'm', position(3, 40), reed);
    // Ann Lee does not agree; Tom Reed was last named three paragraphs back: not listed, but described.
    expect(listed.map((f) => [f.entity.name, f.rank, f.back, f.subject, f.genderKnown, f.latestSubject, f.mentions, f.focus, f.alone])).toEqual([['Omar Hale', 0, 1, false, true, false, 1, false, true]]);
    expect(listed[0]!.entity).toBe(hale);
    expect([also?.entity.name, also?.rank, also?.back, also?.subject, also?.latestSubject, also?.focus]).toEqual(['Tom Reed', 1, 3, true, true, true]);
  });
});
