/**
 * Direct quotes and their speakers, one article at a time. Quotation spans are found first
 * (quote-spans), sentences split around them, then each quote is attributed: a cue in its own
 * sentence, else another cue in its paragraph, else — for a quote that opens its paragraph —
 * the previous speaker. A quote with no speaker (scare quotes, titles) is skipped with a reason.
 */
import { tokenise, type Token } from './attribution-tokens.js';
import { attributeInSentence, findCues, nameRuns, speakerOfCue, type Attribution } from './attribution.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import type { ReadArticle } from './read-article.js';
import { splitSentences } from './sentences.js';
import type { SpeakerPhrase } from './speaker-names.js';
import { position, SpeakerRegistry, type Entity } from './speaker-registry.js';
import { SPEECH_VERBS } from './speaker-words.js';
import type { Skipped, Speaker } from './types.js';

/** One quote as found in one article, before merging across sources. */
export interface ArticleQuote {
  /** Verbatim text inside the marks. */
  text: string;
  speaker: Speaker;
  fragment: boolean;
  /** ReadArticle.id */
  source: string;
  /** Index into ReadArticle.paragraphs; -1 for the headline. */
  paragraphIndex: number;
  /** Character offset of the opening mark in its paragraph. */
  start: number;
}

interface Sentence {
  paragraphIndex: number;
  start: number;
  end: number;
  tokens: Token[];
}

interface Found {
  span: QuoteSpan;
  index: number;
  sentence: Sentence;
  tokenAt: number;
  attribution?: Attribution;
  how: 'sentence' | 'paragraph' | 'continuation' | 'none';
  fragment: boolean;
}

/** How far back (in paragraphs) an unattributed opening quote may continue the previous speaker. */
const CONTINUATION_REACH = 2;

/** Fragment unless the quote stands as an utterance: opening its sentence, after a colon, or after "said,". */
function isFragment(span: QuoteSpan, tokens: Token[], at: number): boolean {
  if (span.continued) return false;
  const before = tokens[at - 1];
  if (!before) return false;
  if (before.text === ':') return false;
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(span.text);
  if (before.text === ',' && (SPEECH_VERBS.has(tokens[at - 2]?.lower ?? '') || tokens[at - 2]?.kind === 'word') && startsUpper) return false;
  if (SPEECH_VERBS.has(before.lower) && startsUpper) return false;
  return true;
}

function sentencesOf(paragraph: string, paragraphIndex: number, spans: Array<{ start: number; end: number; index: number }>): Sentence[] {
  return splitSentences(paragraph).map((s) => ({ paragraphIndex, start: s.start, end: s.end, tokens: tokenise(paragraph, s.start, s.end, spans) }));
}

export function extractQuotes(article: ReadArticle): { quotes: ArticleQuote[]; skipped: Skipped[] } {
  // The headline is paragraph -1: its quotes (often in single curly marks) count too.
  const paragraphs = [article.title, ...article.paragraphs];
  const spans = findQuoteSpans(paragraphs);
  const byParagraph = new Map<number, Array<{ start: number; end: number; index: number }>>();
  spans.forEach((s, index) => {
    const list = byParagraph.get(s.paragraphIndex) ?? [];
    list.push({ start: s.start, end: s.end, index });
    byParagraph.set(s.paragraphIndex, list);
  });

  const registry = new SpeakerRegistry();
  const found: Found[] = [];
  const paragraphCues = new Map<number, Array<{ at: number; attribution: Attribution }>>();

  // Pass 1: names, roles and cues, in reading order.
  paragraphs.forEach((paragraph, p) => {
    const quoteSpans = byParagraph.get(p) ?? [];
    for (const sentence of sentencesOf(paragraph, p, quoteSpans)) {
      for (const run of nameRuns(sentence.tokens)) {
        const entity = registry.add(run.phrase, position(p - 1, run.phrase.at));
        if (run.role && !entity.role) {
          entity.role = run.role;
          entity.person = true;
        }
      }
      const cues = findCues(sentence.tokens);
      for (const cue of cues) {
        const who = speakerOfCue(sentence.tokens, cue);
        if (who) {
          const list = paragraphCues.get(p) ?? [];
          list.push({ at: sentence.tokens[cue.index]!.start, attribution: who.role ? { phrase: who.phrase, role: who.role, cue } : { phrase: who.phrase, cue } });
          paragraphCues.set(p, list);
        }
      }
      sentence.tokens.forEach((t, tokenAt) => {
        if (t.kind !== 'quote') return;
        const span = spans[t.quoteIndex!]!;
        const attribution = attributeInSentence(sentence.tokens, tokenAt, cues);
        found.push({
          span,
          index: t.quoteIndex!,
          sentence,
          tokenAt,
          ...(attribution ? { attribution } : {}),
          how: attribution ? 'sentence' : 'none',
          fragment: isFragment(span, sentence.tokens, tokenAt),
        });
      });
    }
  });
  // Appositive roles seen at cues ("said Damian Collins, chair of …") belong to the person.
  for (const f of found) {
    if (f.attribution?.role && f.attribution.phrase.kind === 'name') {
      const entity = registry.find(f.attribution.phrase.text, position(f.span.paragraphIndex - 1, f.attribution.phrase.at));
      if (entity && !entity.role) {
        entity.role = f.attribution.role;
        entity.person = true;
      }
    }
  }

  // Pass 2: resolve phrases to speakers in reading order; fill gaps from the paragraph or the previous speaker.
  const quotes: ArticleQuote[] = [];
  const skipped: Skipped[] = [];
  let previous: { entity?: Entity; speaker: Speaker; paragraphIndex: number } | undefined;
  for (const f of found) {
    const p = f.span.paragraphIndex;
    let attribution = f.attribution;
    if (!attribution) {
      const cues = paragraphCues.get(p) ?? [];
      let best: { at: number; attribution: Attribution } | undefined;
      for (const c of cues) if (!best || Math.abs(c.at - f.span.start) < Math.abs(best.at - f.span.start)) best = c;
      if (best) {
        attribution = best.attribution;
        f.how = 'paragraph';
      }
    }
    let speaker: Speaker | undefined;
    let entity: Entity | undefined;
    if (attribution) {
      const at = position(p - 1, attribution.phrase.at);
      ({ speaker, entity } = resolve(registry, attribution.phrase, attribution.role, at));
    } else {
      const opensParagraph = f.span.continued || f.sentence.start === 0 && f.tokenAt === 0;
      if (opensParagraph && previous && p - previous.paragraphIndex <= CONTINUATION_REACH && !f.fragment) {
        speaker = previous.speaker;
        entity = previous.entity;
        f.how = 'continuation';
      }
    }
    if (!speaker) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'no speaker in its sentence or paragraph (scare quotes or an unattributed phrase)' });
      continue;
    }
    previous = { ...(entity ? { entity } : {}), speaker, paragraphIndex: p };
    quotes.push({ text: f.span.text, speaker, fragment: f.fragment, source: article.id, paragraphIndex: p - 1, start: f.span.start });
  }
  return { quotes, skipped };
}

function resolve(registry: SpeakerRegistry, phrase: SpeakerPhrase, role: string | undefined, at: number): { speaker?: Speaker; entity?: Entity } {
  if (phrase.kind === 'name') {
    const entity = registry.find(phrase.text, at) ?? registry.add(phrase, at);
    if (role && !entity.role) entity.role = role;
    if (!entity.person && entity.tokens.length > 1 && phrase.person !== false) entity.person = entity.person || Boolean(role);
    registry.mentions.push({ entity, position: at });
    return { speaker: registry.speakerOf(entity), entity };
  }
  if (phrase.kind === 'pronoun') {
    const pronoun = phrase.text;
    let entity: Entity | undefined;
    if (pronoun === 'he' || pronoun === 'she') {
      const gender = pronoun === 'he' ? 'm' : 'f';
      entity = registry.latest(at, (e) => e.person && (e.gender === gender || e.gender === undefined));
      if (entity) entity.gender ??= gender;
    } else if (pronoun === 'it' || pronoun === 'they' || pronoun === 'we') {
      entity = registry.latest(at, (e) => !e.person);
    }
    if (!entity) return {};
    return { speaker: registry.speakerOf(entity), entity };
  }
  const holders = registry.holdersOf(phrase.role ?? phrase.text);
  if (holders.length > 0) {
    const entity = registry.latest(at, (e) => holders.includes(e)) ?? holders[0]!;
    return { speaker: registry.speakerOf(entity), entity };
  }
  return { speaker: { name: phrase.text } };
}
