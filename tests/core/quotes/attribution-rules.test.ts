/**
 * Every attribution rule is tested by its own example: the example article goes through the whole
 * pipeline (the quote gets the expected speaker and `attributedBy`), and the rule must be among the
 * rules that decided something while its sentences were read. A rule without a passing example fails.
 */
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../src/core/quotes/attribution-tokens.js';
import { CUE_RULES, findCues, NOT_A_CUE } from '../../../src/core/quotes/attribution/cue-rules.js';
import { SPEAKER_OF_CUE, speakerOfCue } from '../../../src/core/quotes/attribution/cue-speaker-rules.js';
import type { Rule, RuleExample } from '../../../src/core/quotes/attribution/rule-engine.js';
import { attributeInSentence, SENTENCE_RULES } from '../../../src/core/quotes/attribution/sentence-rules.js';
import { ATTRIBUTION_STRATEGIES, STRATEGY_NAMES } from '../../../src/core/quotes/attribution/strategies.js';
import { findQuoteSpans } from '../../../src/core/text/quote-spans.js';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { splitSentencesAround } from '../../../src/core/text/sentences.js';

/** The names of the rules that decide something while the example's sentences are read. */
function rulesFired(paragraphs: string[]): Set<string> {
  const fired = new Set<string>();
  const trace = (name: string) => fired.add(name);
  const all = ['', ...paragraphs];
  const spans = findQuoteSpans(all, { headline: true }).map((s, index) => ({ ...s, index }));
  all.forEach((paragraph, p) => {
    const own = spans.filter((s) => s.paragraphIndex === p);
    for (const sentence of splitSentencesAround(paragraph, own)) {
      const tokens = tokenise(paragraph, sentence.start, sentence.end, own);
      const cues = findCues(tokens, false, trace);
      for (const cue of cues) speakerOfCue(tokens, cue, trace);
      tokens.forEach((t, at) => {
        if (t.kind === 'quote') attributeInSentence(tokens, at, cues, undefined, trace);
      });
    }
  });
  return fired;
}

/** What the pipeline makes of the example's quote: its speaker (null when skipped) and how it was found. */
function outcome(example: RuleExample & { headline?: string }): { speaker: string | null; attributedBy?: string } {
  const { article } = readArticle({ id: 'example', title: example.headline ?? 'Example', paragraphs: example.paragraphs });
  const { quotes } = extractQuotes(article);
  const quote = example.quote ? quotes.find((q) => q.text.startsWith(example.quote!)) : quotes[0];
  return quote ? { speaker: quote.speaker.name, ...(quote.attributedBy ? { attributedBy: quote.attributedBy } : {}) } : { speaker: null };
}

function testTable(title: string, rules: ReadonlyArray<Rule<never, unknown>>): void {
  describe(title, () => {
    it('has unique rule names', () => {
      expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    });
    for (const rule of rules) {
      it(`${rule.name}: ${rule.pattern}`, () => {
        const got = outcome(rule.example);
        expect(got.speaker).toBe(rule.example.speaker);
        if (rule.example.attributedBy) expect(got.attributedBy).toBe(rule.example.attributedBy);
        expect([...rulesFired(rule.example.paragraphs)]).toContain(rule.name);
      });
    }
  });
}

testTable('cue rules', CUE_RULES);
testTable('speech verbs that are no cue', NOT_A_CUE);
testTable('the speaker of a cue', SPEAKER_OF_CUE);
testTable('the cue of a quote in its sentence', SENTENCE_RULES);

describe('the order of attribution strategies', () => {
  for (const strategy of ATTRIBUTION_STRATEGIES) {
    it(`${strategy.name}: ${strategy.description}`, () => {
      const got = outcome(strategy.example);
      expect(got.speaker).toBe(strategy.example.speaker);
      expect(got.attributedBy).toBe(strategy.example.attributedBy);
      expect(got.attributedBy?.split(':')[0]).toBe(strategy.name);
    });
  }

  it('names the strategies exactly as attributedBy does, in one list', () => {
    expect(ATTRIBUTION_STRATEGIES.map((s) => s.name)).toEqual([...STRATEGY_NAMES]);
    // Every example of every table and strategy: the first part of its attributedBy is a strategy's name, and every strategy is seen.
    const examples = [...CUE_RULES, ...NOT_A_CUE, ...SPEAKER_OF_CUE, ...SENTENCE_RULES, ...ATTRIBUTION_STRATEGIES].map((r) => r.example);
    const seen = new Set(examples.map((e) => outcome(e).attributedBy?.split(':')[0]).filter((n) => n !== undefined));
    expect([...seen].sort()).toEqual([...STRATEGY_NAMES].sort());
  });
});

describe('speech verbs the lexicon adds', () => {
  it('reads "implored" as a speech verb', () => {
    expect(outcome({ paragraphs: ['“Please vote,” Ann Lee implored.'], speaker: 'Ann Lee' })).toEqual({ speaker: 'Ann Lee', attributedBy: 'sentence:name' });
  });
});
