import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { RANKER_FEATURES } from '../../../src/core/quotes/speaker-ranker.js';

// A paragraph about a senator whose last name is the mayor's, inside a relative clause; then "he said".
const article = readArticle({
  id: 'ferry',
  title: 'Ferry subsidy vote delayed',
  paragraphs: [
    'Sen. Darius Okonkwo spent Tuesday on the harbour front, where the ferry line has cut two crossings.',
    'Okonkwo, who sits on the transport committee, said the cuts hurt workers. He praised Mayor Tobias Renn, who backed the subsidy last year.',
    '“We cannot leave the islands stranded,” he said.',
  ],
}).article;

const antecedentFeatures = (features: number[]) => RANKER_FEATURES.filter((f, i) => f.startsWith('antecedent-') && features[i] !== 0);

describe('a pronoun cue becomes one candidate per plausible antecedent', () => {
  it('lists the rules’ antecedent first, then the other people of the pronoun’s gender, with their relations', () => {
    const seen: Array<Array<{ speaker: string; features: string[] }>> = [];
    extractQuotes(article, undefined, { chooser: 'rules', observe: (q) => seen.push(q.candidates.map((c) => ({ speaker: c.speaker, features: antecedentFeatures(c.features) }))) });
    expect(seen.map((q) => q.map((c) => c.speaker))).toEqual([['Darius Okonkwo', 'Tobias Renn']]);
    expect(seen[0]![0]!.features).toEqual([
      'antecedent-of-pronoun', 'antecedent-rank', 'antecedent-subject', 'antecedent-cue-speaker', 'antecedent-sentence-distance', 'antecedent-paragraph-distance',
      'antecedent-led-previous-paragraph', 'antecedent-mentions', 'antecedent-most-mentioned', 'antecedent-latest-speaker', 'antecedent-pronoun-votes', 'antecedent-of-previous-pronoun',
    ]);
    expect(seen[0]![1]!.features).toEqual(['antecedent-of-pronoun', 'antecedent-not-rule', 'antecedent-sentence-distance', 'antecedent-paragraph-distance', 'antecedent-mentions', 'antecedent-latest']);
  });

  it('lets the ranker take the person the paragraph is about, not the latest name', () => {
    expect(extractQuotes(article).quotes.map((q) => [q.text, q.speaker.name, q.attributedBy])).toEqual([['We cannot leave the islands stranded', 'Darius Okonkwo', 'sentence:pronoun']]);
  });
});
