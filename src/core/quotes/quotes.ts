/**
 * Direct quotes and their speakers, one article at a time. Quotation spans are found first
 * (quote-spans), sentences split around them, then each quote is attributed: a cue in its own
 * sentence, else another cue in its paragraph, else — for a quote that opens its paragraph —
 * the previous speaker. A quote with no speaker (scare quotes, titles) is skipped with a reason.
 * Quotes inside a quoted passage are read as well (nested-quotes.ts).
 */
import { tokenise, type Token } from './attribution-tokens.js';
import { attributeInSentence, clauseBreakBetween, coordinatedSubject, findCues, listenerClause, nameRuns, opensWithClause, sentenceSubject, speakerOfCue, type Attribution, type Cue } from './attribution.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import type { ReadArticle } from '../text/read-article.js';
import { hasNestedMarks, quotesWithin, type PassageReader } from './nested-quotes.js';
import { splitSentencesAround, type SentenceSplitter } from '../text/sentences.js';
import { lowerCase } from '../text/tokens.js';
import type { SpeakerPhrase } from './speaker-names.js';
import { DEFAULT_CHOOSER, nearestCueBest, rankBest, type SpeakerChooser } from './speaker-ranker.js';
import { speakerCandidates, type CandidateObserver } from './speaker-candidates.js';
import { countRole, position, SpeakerRegistry, type Entity } from './speaker-registry.js';
import {
  MEDIA_WORDS,
  ORGANISATION_WORDS as ORGANISATION_WORDS_LIST,
  ROLE_NOUNS as ROLE_WORDS_LIST,
  namesOrganisation as namesOrganisationOf,
  SPEECH_VERBS as SPEECH_VERBS_LIST,
} from './speaker-words.js';
import type { Skipped, Speaker } from '../types.js';

/** Words that follow an object pronoun, not a possessive one: "asked her whether", "told her that". */
const AFTER_OBJECT = new Set(['whether', 'if', 'to', 'that', 'about', 'on', 'for', 'with', 'in', 'and', 'why', 'how', 'what', 'when', 'where', 'who', 'again', 'directly', 'twice', 'repeatedly']);

const REFLEXIVE_GENDER = new Map<string, 'm' | 'f'>([['himself', 'm'], ['herself', 'f']]);

/** A quotation that asks: it ends with a question mark (perhaps before a closing mark). */
const isQuestion = (text: string): boolean => /\?[”"’]?$/u.test(text);

const ASK_VERBS = new Set(['asked', 'asks', 'asking', 'pressed', 'wondered', 'inquired', 'queried']);

const SUBJECT_PRONOUN_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['she', 'f']]);

// Local bindings: the word lists are read in hot loops, not through module getters.
const ORGANISATION_WORDS = ORGANISATION_WORDS_LIST;
const ROLE_WORDS = ROLE_WORDS_LIST;
const namesOrganisation = namesOrganisationOf;
const SPEECH_VERBS = SPEECH_VERBS_LIST;


/** One quote as found in one article, before merging across sources. */
export interface ArticleQuote {
  /** Verbatim text inside the marks. */
  text: string;
  speaker: Speaker;
  fragment: boolean;
  /** For a fragment: the article's sentence it was quoted in, verbatim. */
  context?: string;
  /** ReadArticle.id */
  source: string;
  /** Index into ReadArticle.paragraphs; -1 for the headline. */
  paragraphIndex: number;
  /** Character offset of the opening mark in its paragraph. */
  start: number;
  /** Every role this article gives the speaker, with how often ("Facebook CEO" twice, "Facebook Chief" once). */
  roleCounts?: Array<[string, number]>;
  /** How the speaker was found, for diagnostics: "sentence:name", "sentence:pronoun", "paragraph:…", "continuation", "headline". */
  attributedBy?: string;
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
  how: 'sentence' | 'paragraph' | 'continuation' | 'subject' | 'none';
  fragment: boolean;
  /** The cues of the quote's sentence and the speakers found for them: candidates for the ranker. */
  cues: Cue[];
  known?: Map<Cue, { phrase: SpeakerPhrase; role?: string } | undefined>;
}

/** The subject found by the parser and a name run are one mention, a title before the name ("Mr. Clarke") aside. */
function sameMention(run: SpeakerPhrase, subject: SpeakerPhrase | undefined): boolean {
  if (!subject) return false;
  if (subject.at === run.at) return true;
  return subject.kind === 'name' && subject.at > run.at && subject.at - run.at <= 12 && run.text.endsWith(subject.text);
}

/** Role words that head a description of a thing or a body, not a person: "Donald Trump's campaign". */
const BODY_HEADS = new Set(['campaign', 'state', 'gop', 'democrat', 'republican', 'former', 'senior', 'general', 'vice', 'presidential']);

/** Does the description's last word name a person ("the senator", "a spokeswoman")? */
function personHead(text: string): boolean {
  const head = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_WORDS.has(head) && !BODY_HEADS.has(head) || /(?:man|woman|people|person|er|or|ist)$/u.test(head) && !ORGANISATION_WORDS.has(head);
}

/** "admires Putin as a “strong leader”": the subject's own characterisation, even in two words. */
function asCharacterisation(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'as' || (tokens[at - 2]?.lower === 'as' && ['a', 'an', 'the'].includes(tokens[at - 1]?.lower ?? ''));
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
  // '“We are late,” he said, “but we will finish.”' — the second half of a split quote.
  if (before.text === ',' && tokens.slice(0, at).some((t) => t.kind === 'quote') && tokens.slice(0, at).some((t) => SPEECH_VERBS.has(t.lower))) return false;
  return true;
}

function sentencesOf(
  paragraph: string,
  paragraphIndex: number,
  spans: Array<{ start: number; end: number; index: number; closed: boolean }>,
  split?: SentenceSplitter,
): Sentence[] {
  // The story's shared splitter is given the spans found here, so the paragraph's marks are not scanned again.
  const sentences = split ? split(paragraph, spans) : splitSentencesAround(paragraph, spans);
  return sentences.map((s) => ({ paragraphIndex, start: s.start, end: s.end, tokens: tokenise(paragraph, s.start, s.end, spans) }));
}

/** How the speaker is chosen among candidates, and a look at the candidates (for training). */
export interface AttributionOptions {
  chooser?: SpeakerChooser;
  observe?: CandidateObserver;
}

export function extractQuotes(article: ReadArticle, split?: SentenceSplitter, options: AttributionOptions = {}): { quotes: ArticleQuote[]; skipped: Skipped[] } {
  const { quotes, skipped } = readQuotes(article, { ...(split ? { split } : {}), chooser: options.chooser ?? DEFAULT_CHOOSER, ...(options.observe ? { observe: options.observe } : {}) });
  return { quotes, skipped };
}

interface ReadContext {
  /** Lends the reading the people an enclosing article named (a quoted passage's context). */
  seed?: (registry: SpeakerRegistry) => void;
  /** A reading of a quoted passage: its own nested quotes are not read again. */
  nested?: boolean;
  /** The story's sentence splitter, shared with key points and figures. */
  split?: SentenceSplitter;
  chooser?: SpeakerChooser;
  observe?: CandidateObserver;
}

interface Reading {
  quotes: ArticleQuote[];
  skipped: Skipped[];
  /** Quotes no speaker was found for, with where they are (a nested reading lends them the quoting speaker). */
  unattributed: Array<{ text: string; paragraphIndex: number; start: number; context: string }>;
}

/** The sentence a quote was found in, verbatim from its paragraph, widened to the whole quotation if it runs past it. */
function sentenceText(paragraphs: string[], f: Found): string {
  const from = Math.min(f.sentence.start, f.span.start);
  const to = Math.max(f.sentence.end, f.span.end);
  return paragraphs[f.sentence.paragraphIndex]!.slice(from, to).trim();
}

function readQuotes(article: ReadArticle, context: ReadContext): Reading {
  // The headline is paragraph -1: its quotes (often in single curly marks) count too.
  const paragraphs = [article.title, ...article.paragraphs];
  const spans = findQuoteSpans(paragraphs, { headline: true });
  if (spans.length === 0) return { quotes: [], skipped: [], unattributed: [] };
  const byParagraph = new Map<number, Array<{ start: number; end: number; index: number; closed: boolean }>>();
  spans.forEach((s, index) => {
    const list = byParagraph.get(s.paragraphIndex) ?? [];
    list.push({ start: s.start, end: s.end, index, closed: s.closed });
    byParagraph.set(s.paragraphIndex, list);
  });

  const registry = new SpeakerRegistry();
  context.seed?.(registry);
  const found: Found[] = [];
  const paragraphCues = new Map<number, Array<{ at: number; attribution: Attribution }>>();
  /** The last sentence of each paragraph that ends with a colon (it may introduce quotes: "Her answer ran long:"). */
  const introductions = new Map<number, Token[]>();

  // Pass 1: names, roles and cues, in reading order.
  const seen = new Set<number>();
  paragraphs.forEach((paragraph, p) => {
    const quoteSpans = byParagraph.get(p) ?? [];
    const introduces = paragraph.trimEnd().endsWith(':');
    for (const sentence of sentencesOf(paragraph, p, quoteSpans, context.split)) {
      if (introduces) introductions.set(p, sentence.tokens);
      // The main clause's subject, and a leading clause's ("When Zuckerberg meets …, he …"), are the
      // likeliest antecedents of a later pronoun.
      const subject = sentenceSubject(sentence.tokens, sentence.tokens.length);
      // "Donald Trump's campaign is defending … It's denouncing …": a described non-person subject
      // is what a following "it" or "they" most likely stands for.
      if (subject?.kind === 'description' && !subject.gender && !personHead(subject.text)) registry.describe(subject, position(p - 1, subject.at));
      // "Ann Reyes and Ed Cole wrote …": both of them are "they".
      const pair = coordinatedSubject(sentence.tokens, subject);
      if (pair) registry.describe(pair, position(p - 1, pair.at));
      const clauseSubject = opensWithClause(sentence.tokens) ? sentenceSubject(sentence.tokens, sentence.tokens.length, false) : subject;
      const cues = findCues(sentence.tokens, p === 0);
      // 'Anand asked, “Would you apologize?”' — in an interview the next "she said" is the one asked:
      // whoever asks a question in quotes is not the focus a later pronoun returns to.
      const asks = cues.some((c) => ASK_VERBS.has(sentence.tokens[c.index]!.lower)) && sentence.tokens.some((t) => t.kind === 'quote' && isQuestion(spans[t.quoteIndex!]!.text));
      // "Ann Lee pushed back. “Isn’t that the real issue?”" — a question with no cue of its own is put
      // by the paragraph's subject, who is then not the focus of the answer's "he said".
      const first = sentence.tokens[0];
      if (cues.length === 0 && first?.kind === 'quote' && isQuestion(spans[first.quoteIndex!]!.text)) registry.unfocus(position(p - 1, 0), position(p - 1, sentence.start));
      for (const run of nameRuns(sentence.tokens)) {
        // "Darnell Yoon, 44, a father of three, …": a person introduced with a role is in focus too.
        const isSubject = !asks && (sameMention(run.phrase, subject) || sameMention(run.phrase, clauseSubject) || (run.role !== undefined && run.phrase.kind === 'name' && run.phrase.role === undefined));
        const entity = registry.add(run.phrase, position(p - 1, run.phrase.at), isSubject);
        if (run.role) countRole(entity, run.role);
        if (run.role && !entity.role) {
          entity.role = run.role;
          entity.person = true;
        }
      }
      // Each "he"/"she" votes for the gender of the latest subject before it; "him", "his" and "her"
      // often stand for someone else ("She then peppered him with attacks on his record").
      // After "asked her whether she …" the "she" is the one asked, not the subject: an object
      // pronoun of a gender stops later pronouns of that gender in the sentence from voting.
      let objectGenders = '';
      sentence.tokens.forEach((t, k) => {
        if (t.kind !== 'word') return;
        if (t.lower === 'him') objectGenders += 'm';
        // "asked her whether" (an object), not "her record" (a possessive).
        else if (t.lower === 'her' && (sentence.tokens[k + 1]?.kind !== 'word' || AFTER_OBJECT.has(sentence.tokens[k + 1]!.lower))) objectGenders += 'f';
        const gender = SUBJECT_PRONOUN_GENDER.get(t.lower);
        if (gender && !objectGenders.includes(gender)) registry.vote(gender, position(p - 1, t.start));
        // "Kowalczyk herself struck a softer tone": the name's gender.
        const reflexive = REFLEXIVE_GENDER.get(t.lower);
        const named = reflexive && sentence.tokens[k - 1]?.upper ? registry.find(sentence.tokens[k - 1]!.text, position(p - 1, t.start)) : undefined;
        if (named && reflexive) registry.voteFor(named, reflexive, position(p - 1, t.start));
      });
      const known = cues.length > 0 ? new Map<(typeof cues)[number], ReturnType<typeof speakerOfCue>>() : undefined;
      for (const cue of cues) {
        const who = speakerOfCue(sentence.tokens, cue);
        known!.set(cue, who);
        if (who?.phrase.kind === 'name') {
          // Whoever speaks is a person or an organisation, and the focus of what follows (unless asking).
          const entity = registry.add(who.phrase, position(p - 1, who.phrase.at), !asks);
          if (!namesOrganisation(lowerCase(who.phrase.text).split(' '))) entity.candidate = true;
        }
        if (who) {
          const list = paragraphCues.get(p) ?? [];
          list.push({ at: sentence.tokens[cue.index]!.start, attribution: who.role ? { phrase: who.phrase, role: who.role, cue } : { phrase: who.phrase, cue } });
          paragraphCues.set(p, list);
        }
      }
      if (quoteSpans.length === 0) continue;
      sentence.tokens.forEach((t, tokenAt) => {
        // A quotation that runs over several sentences is attributed once, from its first sentence.
        if (t.kind !== 'quote' || seen.has(t.quoteIndex!)) return;
        seen.add(t.quoteIndex!);
        const span = spans[t.quoteIndex!]!;
        const attribution = attributeInSentence(sentence.tokens, tokenAt, cues, known);
        found.push({
          span,
          index: t.quoteIndex!,
          sentence,
          tokenAt,
          ...(attribution ? { attribution } : {}),
          how: attribution ? 'sentence' : 'none',
          fragment: isFragment(span, sentence.tokens, tokenAt),
          cues,
          ...(known ? { known } : {}),
        });
      });
    }
  });
  // Appositive roles seen at cues ("said Damian Collins, chair of …") belong to the person.
  for (const f of found) {
    if (f.attribution?.role && f.attribution.phrase.kind === 'name') {
      const entity = registry.find(f.attribution.phrase.text, position(f.span.paragraphIndex - 1, f.attribution.phrase.at));
      if (entity && !entity.roleCounts?.has(f.attribution.role)) countRole(entity, f.attribution.role);
      if (entity && !entity.role) {
        entity.role = f.attribution.role;
        entity.person = true;
      }
    }
  }

  const described = new Map<Entity, Array<[string, number]>>();
  // Pass 2: resolve phrases to speakers in reading order; fill gaps from the paragraph or the previous speaker.
  const quotes: ArticleQuote[] = [];
  const unattributed: Reading['unattributed'] = [];
  const accepted: Array<{ f: Found; quote: ArticleQuote }> = [];
  const skipped: Skipped[] = [];
  let previous: { entity?: Entity; speaker: Speaker; paragraphIndex: number; attribution?: Attribution } | undefined;
  for (const f of found) {
    const p = f.span.paragraphIndex;
    if (STAGE_DIRECTION.test(f.span.text)) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'a stage direction in brackets (a transcript note), not speech' });
      continue;
    }
    if (FOLLOW_FOOTER.test(f.span.text)) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'the article’s “follow the author” footer caught by an unclosed mark, not speech' });
      continue;
    }
    let attribution = f.attribution;
    const label = TRANSCRIPT_LABEL.exec(f.span.text);
    if (label) {
      // A transcript: '"PENCE: Well, look …"' — the label names the speaker.
      const name = label[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
      attribution = { phrase: { kind: 'name', text: name, person: true, at: f.span.start }, cue: { index: 0, kind: 'verb', weak: false } };
      f.how = 'sentence';
    }
    if (!attribution) {
      // 'rolling out a new message: "It’s about me."' / 'Reid has gone after Trump as a “human leech who …”':
      // with no cue, a quote after a colon, or a longer phrase, belongs to the sentence's subject if a person.
      const before = f.sentence.tokens[f.tokenAt - 1];
      const words = f.span.text.split(/\s+/u).length;
      if (before && (before.text === ':' || (f.fragment && (words >= 3 || (words === 2 && asCharacterisation(f.sentence.tokens, f.tokenAt)))))) {
        const found = sentenceSubject(f.sentence.tokens, f.tokenAt);
        // "Takeaways from the debate: ‘…’" — a headline's rubric is no subject.
        const subject = p === 0 && found && found.text.split(/\s+/u).every((w) => RUBRIC_WORDS.has(w.toLowerCase())) ? undefined : found;
        const entity = subject?.kind === 'name' ? registry.find(subject.text, position(p - 1, subject.at)) : undefined;
        if (subject && (before.text === ':' || subject.kind === 'pronoun' || entity?.person || entity?.candidate)) {
          attribution = { phrase: subject, cue: { index: f.tokenAt, kind: 'verb', weak: true } };
          f.how = 'subject';
        }
      }
    }
    // '“quack”', 'Trump Was ‘Mocking’ …': a single word in marks with no cue in its own sentence is a
    // scare quote; it is dropped rather than lent the speaker of another sentence.
    if (!attribution && f.fragment && !f.span.continued && !/\s/u.test(f.span.text)) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'scare quotes: a single word in marks with no speech cue in its sentence' });
      continue;
    }
    // A second quote in the paragraph with no cue of its own continues the speaker of the first.
    if (!attribution && previous && previous.paragraphIndex === p && previous.attribution) {
      attribution = previous.attribution;
      f.how = 'paragraph';
    }
    if (!attribution) {
      const cues = paragraphCues.get(p) ?? [];
      let best: { at: number; attribution: Attribution } | undefined;
      // Strong cues first ("said" over "called"), then the nearest.
      const rank = (c: { at: number; attribution: Attribution }) => (c.attribution.cue.weak ? 1e9 : 0) + Math.abs(c.at - f.span.start);
      for (const c of cues) if (!best || rank(c) < rank(best)) best = c;
      if (best) {
        attribution = best.attribution;
        f.how = 'paragraph';
      }
    }
    let speaker: Speaker | undefined;
    let entity: Entity | undefined;
    let via: string = f.how;
    // The rules have proposed; with two or more candidates the chooser decides.
    const chooser = context.chooser ?? DEFAULT_CHOOSER;
    let chosen: { speaker: Speaker; entity?: Entity } | undefined;
    if (attribution && (chooser !== 'rules' || context.observe)) {
      const sameParagraph = (paragraphCues.get(p) ?? []).filter((c) => c.at < f.sentence.start || c.at >= f.sentence.end);
      const near = previous && p - previous.paragraphIndex <= CONTINUATION_REACH ? previous : undefined;
      const preview = (phrase: SpeakerPhrase, role: string | undefined) => resolve(registry, phrase, role, position(p - 1, phrase.at), false, false);
      const candidates = speakerCandidates({ tokens: f.sentence.tokens, quoteAt: f.tokenAt, quoteStart: f.span.start, opensParagraph: f.span.continued || (f.sentence.start === 0 && f.tokenAt === 0), question: isQuestion(f.span.text), cues: f.cues, known: f.known, paragraphCues: sameParagraph, previous: near, rule: attribution, preview, clauseBreakBetween, listenerClause, genderOf: (e) => registry.genderOf(e, position(p - 1, f.span.start) + 1) });
      if (candidates.length >= 2) {
        context.observe?.({ text: quoteText(f.span), paragraphIndex: p - 1, start: f.span.start, candidates: candidates.map((c) => ({ speaker: c.speaker?.name ?? '', features: c.features })) });
        if (chooser !== 'rules') {
          const vectors = candidates.map((c) => c.features);
          const pick = candidates[chooser === 'ranker' ? rankBest(vectors) : nearestCueBest(vectors)]!;
          if (pick.previous) {
            chosen = { speaker: pick.previous.speaker, ...(pick.previous.entity ? { entity: pick.previous.entity } : {}) };
            via = 'ranker:previous';
          } else if (pick.attribution && pick.attribution !== attribution) {
            attribution = pick.attribution;
            f.how = 'sentence';
          }
        }
      }
    }
    if (chosen) {
      // Like a continuation: the previous speaker again, no new mention.
      ({ speaker, entity } = chosen);
    } else if (attribution) {
      via = `${f.how}:${attribution.phrase.kind}`;
      const at = position(p - 1, attribution.phrase.at);
      // The one asking a question in quotes is not the focus of what follows (see pass 1).
      const asking = isQuestion(f.span.text);
      ({ speaker, entity } = resolve(registry, attribution.phrase, attribution.role, at, !asking));
    } else {
      const opensParagraph = f.span.continued || f.sentence.start === 0 && f.tokenAt === 0;
      const introduced = opensParagraph ? introducedBy(paragraphs, paragraphCues, p) : undefined;
      const headlineSpeaker = p === 0 ? headlineLabel(registry, paragraphs[0]!) : undefined;
      // "The Sentinel sent a reporter, Ana Kipp, … Her dispatch is worth quoting:" — with no cue, the
      // last person the introducing paragraph names.
      const ownerPhrase = introduced && !introduced.attribution ? possessiveOwner(introductions.get(introduced.q)) : undefined;
      const owned = ownerPhrase ? resolve(registry, ownerPhrase, undefined, position(introduced!.q - 1, ownerPhrase.at)) : undefined;
      const owner = owned?.entity?.person || owned?.entity?.candidate ? owned : undefined;
      const writer = introduced && !introduced.attribution && !owner ? registry.latestMention(position(introduced.q, 0), (e) => e.person || e.candidate) : undefined;
      if (owner) {
        // "Frye pressed her on why she stayed. Her answer ran long:" — whose answer.
        ({ speaker, entity } = owner);
        via = 'introduced:pronoun';
      } else if (introduced?.attribution) {
        ({ speaker, entity } = resolve(registry, introduced.attribution.phrase, introduced.attribution.role, position(introduced.q - 1, introduced.attribution.phrase.at)));
        via = `introduced:${introduced.attribution.phrase.kind}`;
      } else if (writer && writer.position >= position(introduced!.q - 1, 0)) {
        entity = writer.entity;
        speaker = registry.speakerOf(entity);
        via = 'introduced:name';
      } else if (headlineSpeaker) {
        entity = headlineSpeaker;
        speaker = registry.speakerOf(entity);
        via = 'headline';
      } else if (opensParagraph && previous && p - previous.paragraphIndex <= CONTINUATION_REACH && !f.fragment) {
        speaker = previous.speaker;
        entity = previous.entity;
        via = introduced ? 'introduced:continuation' : 'continuation';
      }
    }
    if (speaker && isTitleOfWork(f)) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'a title in quotation marks (a show, book or programme), not speech' });
      continue;
    }
    if (!speaker) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'no speaker in its sentence or paragraph (scare quotes or an unattributed phrase)' });
      unattributed.push({ text: quoteText(f.span), paragraphIndex: p - 1, start: f.span.start, context: sentenceText(paragraphs, f) });
      continue;
    }
    // The same keys in the same order as spreading optional parts would give, without the spreads (a hot line).
    previous = entity ? (attribution ? { entity, attribution, speaker, paragraphIndex: p } : { entity, speaker, paragraphIndex: p }) : attribution ? { attribution, speaker, paragraphIndex: p } : { speaker, paragraphIndex: p };
    const quote: ArticleQuote = f.fragment
      ? { text: quoteText(f.span), speaker, fragment: f.fragment, context: sentenceText(paragraphs, f), source: article.id, paragraphIndex: p - 1, start: f.span.start, attributedBy: via }
      : { text: quoteText(f.span), speaker, fragment: f.fragment, source: article.id, paragraphIndex: p - 1, start: f.span.start, attributedBy: via };
    const roleCounts = entity ? roleCountsOf(entity, registry, paragraphs, described) : undefined;
    if (roleCounts) quote.roleCounts = roleCounts;
    quotes.push(quote);
    accepted.push({ f, quote });
  }
  if (!context.nested) quotes.push(...nestedIn(accepted, registry, article.id));
  quotes.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start);
  return { quotes, skipped, unattributed };
}

/** A passage read as an article of its own, for the quotes inside a quote. */
const readPassage: PassageReader = (article, context) => readQuotes(article, { ...context, nested: true });

/**
 * The quotes inside quoted passages: a quotation that runs over several paragraphs, or one
 * introduced by "X reports:", is read with the people the article named before it, so
 * "Brockhurst … he said" inside it finds Thaddeus Brockhurst.
 */
function nestedIn(accepted: Array<{ f: Found; quote: ArticleQuote }>, registry: SpeakerRegistry, source: string): ArticleQuote[] {
  const out: ArticleQuote[] = [];
  for (let i = 0; i < accepted.length; i++) {
    const group = [accepted[i]!];
    while (!group[group.length - 1]!.f.span.closed && accepted[i + 1]?.f.span.continued) group.push(accepted[++i]!);
    const first = group[0]!;
    // Inside one speaker's words, a quote is mostly their own rhetoric ("People say, ‘…’") or a
    // label they mock: only a passage of narrative is read for the quotes within.
    const passage = group.length > 1 || (first.quote.attributedBy ?? '').startsWith('introduced');
    if (!passage || !group.some((g) => hasNestedMarks(g.f.span.text))) continue;
    const pieces = group.map((g) => ({ paragraphIndex: g.f.span.paragraphIndex, textStart: g.f.span.textStart, text: g.f.span.text }));
    const before = position(first.f.span.paragraphIndex - 1, first.f.span.start);
    const seed = (r: SpeakerRegistry) => r.seedFrom(registry, before);
    for (const n of quotesWithin(pieces, first.quote.speaker, readPassage, seed)) {
      const piece = pieces[n.piece]!;
      out.push({ text: n.text, speaker: n.speaker, fragment: n.fragment, ...(n.context ? { context: n.context } : {}), source, paragraphIndex: piece.paragraphIndex - 1, start: piece.textStart + n.start, attributedBy: n.attributedBy });
    }
  }
  return out;
}

/**
 * The roles the article gives a speaker, counted: each named mention with a role, plus each
 * description "the <role>" when no one else in the article holds that role. Computed once per speaker.
 */
function roleCountsOf(entity: Entity, registry: SpeakerRegistry, paragraphs: string[], cache: Map<Entity, Array<[string, number]>>): Array<[string, number]> | undefined {
  if (!entity.roleCounts) return undefined;
  const cached = cache.get(entity);
  if (cached) return cached;
  const counts: Array<[string, number]> = [];
  for (const [role, named] of entity.roleCounts) {
    let shared = false;
    for (const other of registry.entities) if (other !== entity && other.roleCounts?.has(role)) shared = true;
    let described = 0;
    if (!shared) for (const paragraph of paragraphs) described += describedMentions(paragraph, role);
    counts.push([role, named + described]);
  }
  cache.set(entity, counts);
  return counts;
}

/** How often "the <role>" stands alone in the paragraph ("The Facebook CEO also said"), not before a name. */
function describedMentions(paragraph: string, role: string): number {
  let count = 0;
  for (let at = paragraph.indexOf(role); at >= 0; at = paragraph.indexOf(role, at + role.length)) {
    const the = paragraph.slice(Math.max(0, at - 4), at);
    if (the !== 'the ' && the !== 'The ') continue;
    if (at > 4 && /[\p{L}\p{N}]/u.test(paragraph[at - 5]!)) continue;
    const after = paragraph.slice(at + role.length, at + role.length + 2);
    if (/^[\p{L}\p{N}]/u.test(after) || /^\s\p{Lu}/u.test(after)) continue;
    count++;
  }
  return count;
}

const TITLE_PREPOSITIONS = new Set(['on', 'in', 'into', 'onto', 'of', 'for', 'from', 'at', 'the', 'his', 'her', 'their', 'its', 'show', 'programme', 'program', 'book', 'film', 'movie', 'song', 'album', 'series']);

/** "The Steve Harvey Morning Show", "Fox and Friends": a short Title Case quote inside a sentence names a work. */
function isTitleOfWork(f: Found): boolean {
  if (f.tokenAt === 0 && f.sentence.tokens.length === 1) return false;
  // Only "on “Morning Joe”", "MSNBC’s “Morning Joe”", "of “The Apprentice”" name a work; in a
  // headline, where every word is capitalised, only after "’s", "of" or "on".
  const before = f.sentence.tokens[f.tokenAt - 1];
  if (!before) return false;
  const headline = f.span.paragraphIndex === 0;
  const year = /^\d{4}$/u.test(before.text);
  if (headline ? !["'s", 'of', 'on'].includes(before.lower) : !TITLE_PREPOSITIONS.has(before.lower) && before.lower !== "'s" && !year) return false;
  const words = f.span.text.replace(/[.,!?]+$/u, '').split(/\s+/u);
  if (words.length > 6) return false;
  const long = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return long.length > 0 && long.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && f.fragment;
}

const DEFINITE_BODY = /^the\s+(?:[\p{Ll}-]+\s+)?(group|company|firm|organization|organisation|nonprofit|watchdog|charity|agency|committee|commission|council|union|board|campaign|ministry|department|bank|network|newspaper|paper|magazine|coalition|association)$/iu;
/** Heads that say only "a body": the latest organisation named is it. Others must be in its name. */
const GENERIC_BODIES = new Set(['group', 'company', 'firm', 'organization', 'organisation', 'nonprofit', 'watchdog', 'charity', 'newspaper', 'paper']);
const DEFINITE_PERSON = /^the\s+(woman|man|girl|boy|lady)$/iu;
const DEFINITE_PERSON_GENDER = new Map<string, 'm' | 'f'>([['woman', 'f'], ['lady', 'f'], ['girl', 'f'], ['man', 'm'], ['boy', 'm']]);

/** "according to him" refers like "he". */
const OBJECT_TO_SUBJECT = new Map([['him', 'he'], ['his', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we']]);

/** The words inside the marks; a comma the sentence needed after them ("…right,” said X) is not part of the quote. */
export function quoteText(span: QuoteSpan): string {
  return span.text.replace(/[\s,;:]+$/u, '');
}

/** '"(CROSSTALK.)"', '"[Laughter]"': a transcript's note on what happened, all in brackets. */
const STAGE_DIRECTION = /^[([][^()[\]]*[)\]][.!?]?$/u;

/** '"Follow Jo Reyes on Twitter @joreyes."': an author footer after a quoted block left open. */
const FOLLOW_FOOTER = /^Follow\s[^.!?]{1,60}\s(?:on|at)\s(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b/u;

const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** "Her answer ran long:" — the pronoun that owns the last sentence's subject, as a speaker phrase. */
function possessiveOwner(last: Token[] | undefined): SpeakerPhrase | undefined {
  const first = last?.[0];
  if (!first || (first.lower !== 'her' && first.lower !== 'his') || !last[1] || last[1].kind !== 'word' || last[1].upper) return undefined;
  return { kind: 'pronoun', text: first.lower === 'her' ? 'she' : 'he', person: true, at: first.start };
}

/** 'X reports:' ending the paragraph before introduces the quoted paragraphs after it (with X's cue, if any). */
function introducedBy(paragraphs: string[], cues: Map<number, Array<{ at: number; attribution: Attribution }>>, p: number): { q: number; attribution?: Attribution } | undefined {
  for (let q = p - 1; q >= 0 && p - q <= 3; q--) {
    const text = paragraphs[q]!.trim();
    if (!text) continue;
    if (!text.endsWith(':')) return undefined;
    const list = cues.get(q);
    const attribution = list?.[list.length - 1]?.attribution;
    return attribution ? { q, attribution } : { q };
  }
  return undefined;
}

/** Words of a headline's rubric ("The Latest:", "Takeaways from the debate:"), never its speaker. */
const RUBRIC_WORDS = new Set([
  'the', 'a', 'latest', 'poll', 'polls', 'from', 'analysis', 'opinion', 'exclusive', 'breaking', 'watch', 'live', 'update', 'updated', 'updates',
  'explainer', 'fact', 'check', 'factcheck', 'takeaways', 'debate', 'video', 'photos', 'review', 'editorial', 'commentary',
  'interview', 'q&a', 'podcast', 'newsletter', 'briefing', 'recap', 'timeline', 'news', 'world', 'politics', 'business',
  'sports', 'health', 'science', 'tech', 'local', 'national', 'election', 'campaign', 'trail', 'first', 'take', 'five',
  'things', 'to', 'know', 'what', 'we', 'today', 'morning', 'evening', 'report', 'column', 'letter', 'letters', 'essay',
]);

/** "Pence: Flowers won't be at debate" — the headline convention for who says it. */
function headlineLabel(registry: SpeakerRegistry, headline: string): Entity | undefined {
  const colon = headline.indexOf(':');
  if (colon < 0) return undefined;
  const words = headline.slice(0, colon).split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 7) return undefined;
  // "The Latest: …", "Analysis: …": a rubric, not a speaker.
  if (words.every((w) => RUBRIC_WORDS.has(w.toLowerCase()))) return undefined;
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    for (let from = 0; from + size <= words.length; from++) {
      const entity = registry.find(words.slice(from, from + size).join(' '), Infinity);
      if (entity && (entity.person || entity.candidate || words.length === size)) return entity;
    }
  }
  return undefined;
}

/** The speaker a phrase stands for; `commit` false looks without recording the mention (the ranker's preview). */
function resolve(registry: SpeakerRegistry, phrase: SpeakerPhrase, role: string | undefined, at: number, focus = true, commit = true): { speaker?: Speaker; entity?: Entity } {
  // A Title Case headline runs the verb into the name ("Elizabeth Warren Hammers Wells Fargo CEO"):
  // a person the article names at its start is the speaker.
  if (at < position(0, 0) && phrase.kind !== 'pronoun') {
    const words = phrase.text.split(/\s+/u);
    for (let size = Math.min(3, words.length - 1); size >= 2; size--) {
      const entity = registry.find(words.slice(0, size).join(' '), Infinity);
      if (entity?.person) return { speaker: registry.speakerOf(entity), entity };
    }
  }
  if (phrase.kind === 'name') {
    if (!commit) {
      const known = registry.find(phrase.text, at, phrase.gender);
      return known ? { speaker: registry.speakerOf(known), entity: known } : { speaker: { name: phrase.text } };
    }
    const entity = registry.find(phrase.text, at, phrase.gender) ?? registry.add(phrase, at);
    if (role && !entity.roleCounts?.has(role)) countRole(entity, role);
    if (role && !entity.role) entity.role = role;
    if (!entity.person && entity.tokens.length > 1 && phrase.person !== false) entity.person = entity.person || Boolean(role);
    registry.mention(entity, at, focus);
    return { speaker: registry.speakerOf(entity), entity };
  }
  if (phrase.kind === 'pronoun') {
    const pronoun = OBJECT_TO_SUBJECT.get(phrase.text) ?? phrase.text;
    let entity: Entity | undefined;
    if (pronoun === 'he' || pronoun === 'she') {
      const gender = pronoun === 'he' ? 'm' : 'f';
      // The pronoun's own vote counts: a person introduced without a known gender is confirmed by
      // the first "he" or "she" that follows them as the latest subject.
      // Only the votes up to this pronoun count: a later "she" about someone else must not unmake him.
      const fits = (e: Entity) => registry.fitsPronoun(e, gender, at + 1);
      // Failing that, a possible person no pronoun has contradicted yet.
      const maybe = (e: Entity) => (e.person || e.candidate) && (registry.genderOf(e, at + 1) ?? gender) === gender;
      // The latest fitting subject (main or leading clause), then anyone who fits.
      entity = registry.latest(at, fits, true) ?? registry.latest(at, fits) ?? registry.latest(at, maybe, true) ?? registry.latest(at, maybe);
      // "Professor … Says He Was ‘Being Provocative’": a headline's pronoun is the first person the story names.
      if (at < position(0, 0)) entity = registry.firstMention(position(0, 0), (e) => e.person && (registry.genderOf(e) ?? gender) === gender)?.entity ?? entity;
    } else if (pronoun === 'it' || pronoun === 'they' || pronoun === 'we') {
      // Like "he" and "she": the latest subject first ("Politifact did … On Tuesday they published …"),
      // a named organisation or a description, whichever came last.
      const named = registry.latestMention(at, (e) => !e.person, true);
      const described = registry.latestDescription(at);
      if (described && (!named || described.position >= named.position) && at - described.position < 2e6) return { speaker: { name: described.phrase.text } };
      entity = named?.entity ?? registry.latest(at, (e) => !e.person);
    }
    if (!entity) return {};
    return { speaker: registry.speakerOf(entity), entity };
  }
  // "the woman wrote" after "… by a constituent, Loretta Ashby": a definite gendered noun is the
  // latest person of that gender mentioned, subject or not.
  const gendered = DEFINITE_PERSON.exec(phrase.text);
  if (gendered) {
    const gender = DEFINITE_PERSON_GENDER.get(gendered[1]!.toLowerCase())!;
    const entity = registry.latest(at, (e) => (e.person || e.candidate) && registry.genderOf(e, at + 1) === gender);
    if (entity) return { speaker: registry.speakerOf(entity), entity };
  }
  // "the group called …" after "the nonpartisan Civic Debate Monitor": the body named just before.
  const body = DEFINITE_BODY.exec(phrase.text);
  if (body) {
    const head = body[1]!.toLowerCase();
    // A generic head takes an organisation by its name, or a body that was the subject of a sentence (not "County Road").
    // ("the group chanted" after "According to the Eastbrook Register" is not the newspaper.)
    const named = (e: Entity) => !e.person && e.votes.m.length + e.votes.f.length === 0 && (GENERIC_BODIES.has(head) || e.tokens.includes(head)) && !(head === 'group' && e.tokens.some((t) => MEDIA_WORDS.has(t)));
    const organisation = (e: Entity) => named(e) && (!GENERIC_BODIES.has(head) || namesOrganisation(e.tokens));
    const subjects = registry.latestMention(at, named, true);
    const organisations = registry.latestMention(at, organisation);
    const mention = subjects && (!organisations || subjects.position > organisations.position) ? subjects : organisations;
    if (mention && at - mention.position < 2e6) return { speaker: registry.speakerOf(mention.entity), entity: mention.entity };
  }
  const holders = registry.holdersOf(phrase.role ?? phrase.text);
  if (holders.length > 0) {
    const entity = registry.latest(at, (e) => holders.includes(e)) ?? holders[0]!;
    return { speaker: registry.speakerOf(entity), entity };
  }
  return { speaker: { name: phrase.text } };
}
