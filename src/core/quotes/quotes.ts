/**
 * Direct quotes and their speakers, one article at a time. Quotation spans are found first
 * (quote-spans), sentences split around them; pass 1 reads names, roles and cues in reading
 * order, pass 2 tries the attribution strategies on each quote in their order
 * (attribution/strategies.ts). A quote with no speaker (scare quotes, titles) is skipped with a reason.
 * Quotes inside a quoted passage are read as well (nested-quotes.ts).
 */
import { tokenise, type Token } from './attribution-tokens.js';
import { attributeInSentence, clauseBreakBetween, coordinatedSubject, findCues, joinedClauseSubject, listenerClause, nameRuns, opensWithClause, sentenceSubject, speakerOfCue, type Attribution, type Cue } from './attribution.js';
import { findQuoteSpans, type QuoteSpan } from '../text/quote-spans.js';
import type { ReadArticle } from '../text/read-article.js';
import { hasNestedMarks, ownNestedLines, quotesWithin, type PassageReader } from './nested-quotes.js';
import { splitSentencesAround, type SentenceSplitter } from '../text/sentences.js';
import { lowerCase } from '../text/tokens.js';
import type { SpeakerPhrase } from './speaker-names.js';
import { DEFAULT_CHOOSER, nearestCueBest, rankBest, type SpeakerChooser } from './speaker-ranker.js';
import { speakerCandidates, type CandidateInput, type CandidateObserver } from './speaker-candidates.js';
import { countRole, fullerRoleOf, position, SpeakerRegistry, type Entity } from './speaker-registry.js';
import { namesPerson, personDescription, resolve } from './attribution/resolve-speaker.js';
import { pronounAntecedents } from './attribution/pronoun-antecedents.js';
import { objectDescriptions } from './attribution/object-descriptions.js';
import { PRONOUN_READ } from './attribution/word-classes.js';
import { cuesOfQuote, ownClauseSubject } from './attribution/cue-ownership.js';
import { chanted, isTitleOfWork, listedAfterTitle, nicknameInName, workNameRule } from './attribution/work-names.js';
import {
  CONTINUATION_REACH,
  isQuestion,
  QUOTE_STRATEGIES,
  type AttributedBy,
  type FoundQuote as Found,
  type QuoteContext,
  type QuoteSentence as Sentence,
  type StrategyName,
  type StrategyResult,
} from './attribution/strategies.js';
import {
  AFTER_OBJECT as AFTER_OBJECT_,
  ASK_VERBS as ASK_VERBS_,
  BODY_HEADS as BODY_HEADS_,
  namesOrganisation as namesOrganisation_,
  ORGANISATION_WORDS as ORGANISATION_WORDS_,
  PHOTO_AGENCIES as PHOTO_AGENCIES_,
  REFLEXIVE_GENDER as REFLEXIVE_GENDER_,
  ROLE_NOUNS as ROLE_WORDS,
  SPEECH_VERBS as SPEECH_VERBS_,
  SUBJECT_PRONOUN_GENDER as SUBJECT_PRONOUN_GENDER_,
} from './attribution/lexicon.js';
import type { Skipped, Speaker } from '../types.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const AFTER_OBJECT = AFTER_OBJECT_;
const ASK_VERBS = ASK_VERBS_;
const BODY_HEADS = BODY_HEADS_;
const namesOrganisation = namesOrganisation_;
const ORGANISATION_WORDS = ORGANISATION_WORDS_;
const REFLEXIVE_GENDER = REFLEXIVE_GENDER_;
const SPEECH_VERBS = SPEECH_VERBS_;
const SUBJECT_PRONOUN_GENDER = SUBJECT_PRONOUN_GENDER_;

/**
 * A quote with no cue of its own, lent the speaker of a description cued in another sentence of its
 * paragraph or of the paragraph before ("A poll by Orrel Media found …", "the ferry line said on Monday",
 * "a prize called …"), that names nobody the article knows, is not attributed: on PolNeAR train
 * such a speaker was right for 3 of 44 quotes (27 wrong, 14 no annotator counted as quotes), where a
 * name or a pronoun lent the same way is right for 39 of the 63 the gold holds.
 */
const BORROWED_DESCRIPTION = 'its only speaker is a description cued in another sentence, naming nobody the article knows (too often a thing, not who spoke)';

/**
 * A phrase in marks inside a sentence that has no cue of its own ("the network canceled “Night
 * Desk”", "a self-styled “harbour rat”") is the writer's words, a title or the sentence subject's
 * (the subject strategy comes first), not the words of whoever another sentence of the paragraph has
 * speak: on PolNeAR train such a lent speaker was right for 8 of 46 phrases (15 wrong, 5 naming
 * nobody, 18 no annotator counted as quotes), where whole sentences lent the same way are right for
 * 26 of 33. The single word is the old case of this (a scare quote).
 */
const LENT_TO_PHRASE = 'a phrase in marks inside a sentence with no speech cue of its own: not lent the speaker of another sentence';

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
  /**
   * How the speaker was found, for diagnostics: the name of the strategy that found it
   * (ATTRIBUTION_STRATEGIES, in attribution/strategies.ts), then what it resolved: "sentence:name",
   * "sentence:pronoun", "paragraph:description", "introduced:continuation", "continuation", "headline".
   */
  attributedBy?: AttributedBy;
}

/** The subject found by the parser and a name run are one mention, a title before the name ("Mr. Clarke") aside. */
function sameMention(run: SpeakerPhrase, subject: SpeakerPhrase | undefined): boolean {
  if (!subject) return false;
  if (subject.at === run.at) return true;
  return subject.kind === 'name' && subject.at > run.at && subject.at - run.at <= 12 && run.text.endsWith(subject.text);
}

/** "Ivo Tran, a retired pilot who …": the name an indefinite description follows, a comma between. */
function appositiveName(tokens: Token[], phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  if (phrase.kind !== 'description' || !/^an?\s/u.test(phrase.text) || !personDescription(phrase)) return undefined;
  const i = tokens.findIndex((t) => t.start === phrase.at);
  if (i < 2 || tokens[i - 1]!.text !== ',' || !tokens[i - 2]!.upper) return undefined;
  const last = tokens[i - 2]!;
  // The latest run that ends at that word (titles are left out of a run's text, never its last word).
  let named: SpeakerPhrase | undefined;
  for (const run of nameRuns(tokens)) if (run.phrase.kind === 'name' && run.phrase.at <= last.start && run.phrase.text.endsWith(last.text)) named = run.phrase;
  // (The description names a person, so the name is one, known or not: "Tranby, a Kell native".)
  return named && !namesOrganisation(lowerCase(named.text).split(' ')) ? named : undefined;
}

/** Longer than any photo credit the pattern below reads (a name of up to 61 characters, "via", an agency). */
const MAX_PHOTO_CREDIT = 120;
/** A paragraph that is only a photo credit: a name, then "via" or a slash and an agency. */
const PHOTO_CREDIT = new RegExp(`^\\s*\\p{Lu}[\\p{L}.'’ -]{1,60}?\\s*(?:via|/)\\s*(?:${PHOTO_AGENCIES_.join('|')})\\.?\\s*$`, 'u');

/** Does the description's last word name a person ("the senator", "a spokeswoman"; not "the banner", nor a paper's name, "The Courier")? */
function personHead(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  if (/^\p{Lu}\p{Ll}/u.test(last)) return false;
  const head = last.toLowerCase();
  return head.endsWith('people') || namesPerson(head);
}

/**
 * Fragment unless the quote stands as an utterance: opening its sentence, after a colon, after
 * "said,", or running on into the next paragraph in upper case (`runsOn`: a quotation over
 * paragraphs is speech, wherever a glued caption left its first mark).
 */
function isFragment(span: QuoteSpan, tokens: Token[], at: number, runsOn = false): boolean {
  if (span.continued) return false;
  if (runsOn && /^\p{Lu}/u.test(span.text)) return false;
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

/** A cue of asking and a question in quotes in the sentence (a module function: no closures per sentence). */
function asksInQuotes(tokens: Token[], cues: ReadonlyArray<{ index: number }>, spans: ReadonlyArray<{ text: string }>): boolean {
  let asking = false;
  for (const c of cues) if (ASK_VERBS.has(tokens[c.index]!.lower)) asking = true;
  if (!asking) return false;
  for (const t of tokens) if (t.kind === 'quote' && isQuestion(spans[t.quoteIndex!]!.text)) return true;
  return false;
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
  // Names written inside a sentence, where a capital marks a name ("… went to Quist"), not only at its start ("Often, …").
  const namedInside = new Set<Entity>();
  context.seed?.(registry);
  const found: Found[] = [];
  const paragraphCues = new Map<number, Array<{ at: number; attribution: Attribution }>>();
  /** The last sentence of each paragraph that ends with a colon (it may introduce quotes: "Her answer ran long:"). */
  const introductions = new Map<number, Token[]>();

  // Pass 1: names, roles and cues, in reading order.
  const seen = new Set<number>();
  paragraphs.forEach((paragraph, p) => {
    const quoteSpans = byParagraph.get(p) ?? [];
    // "Ann Lee via Getty Images.": a photographer's credit names no one the story is about, no
    // subject a later "he" or "the 29-year-old" returns to.
    if (quoteSpans.length === 0 && paragraph.length <= MAX_PHOTO_CREDIT && (paragraph.includes('via') || paragraph.includes('/')) && PHOTO_CREDIT.test(paragraph)) return;
    const introduces = paragraph.trimEnd().endsWith(':');
    /** The sentence before in this paragraph quoted someone with a cue ("‘…,’ he said."). */
    let quotedWithCue = false;
    for (const sentence of sentencesOf(paragraph, p, quoteSpans, context.split)) {
      if (introduces) introductions.set(p, sentence.tokens);
      // The main clause's subject, and a leading clause's ("When Zuckerberg meets …, he …"), are the
      // likeliest antecedents of a later pronoun.
      const subject = sentenceSubject(sentence.tokens, sentence.tokens.length);
      // "Donald Trump's campaign is defending … It's denouncing …": a described non-person subject
      // is what a following "it" or "they" most likely stands for.
      if (subject?.kind === 'description' && !subject.gender && !personHead(subject.text)) registry.describe(subject, position(p - 1, subject.at));
      // "The 44-year-old man was arrested. “…,” he told officers": a described person is what a
      // "he" or "she" nobody named fits stands for. Every description subject is kept (the parser may run
      // on into the verb, "The keeper swam"): resolve-speaker.ts decides which are people.
      if (subject?.kind === 'description') registry.describePerson(subject, position(p - 1, subject.at));
      // "Police arrested a 44-year-old man on Friday": a described person after a verb, for a "he" or
      // "she" that neither a name nor a described subject fits.
      for (const object of objectDescriptions(sentence.tokens)) if (object.at !== subject?.at) registry.describeObject(object, position(p - 1, object.at));
      // "Ann Reyes and Ed Cole wrote …": both of them are "they".
      const pair = coordinatedSubject(sentence.tokens, subject);
      if (pair) registry.describe(pair, position(p - 1, pair.at));
      const cues = findCues(sentence.tokens, p === 0);
      // 'Anand asked, “Would you apologize?”' — in an interview the next "she said" is the one asked:
      // whoever asks a question in quotes is not the focus a later pronoun returns to.
      const asks = cues.length > 0 && asksInQuotes(sentence.tokens, cues, spans);
      // "Ann Lee pushed back. “Isn’t that the real issue?”" — a question with no cue of its own is put
      // by the paragraph's subject, who is then not the focus of the answer's "he said".
      // Not one that goes on from a quote with a cue ("Vane grinned. ‘…,’ he said. ‘Who reads him?’"): the
      // speaker is carrying on, and stays the focus (and the earlier "he" is still the speaker's).
      const first = sentence.tokens[0];
      if (cues.length === 0 && !quotedWithCue && first?.kind === 'quote' && isQuestion(spans[first.quoteIndex!]!.text)) registry.unfocus(position(p - 1, 0), position(p - 1, sentence.start));
      quotedWithCue = false;
      if (cues.length > 0) for (const t of sentence.tokens) if (t.kind === 'quote') quotedWithCue = true;
      // The leading clause's subject and a joined clause's are read only for a run that is not the main
      // subject's mention, once per sentence: both are functions of the tokens alone, so reading them later
      // changes nothing, and sentences without such a run (most) never parse the clause's subject again.
      let otherSubjects: [SpeakerPhrase | undefined, SpeakerPhrase | undefined] | undefined;
      // The main subject when it is a bare name, written inside a sentence before, that nobody has shown to be a
      // person ("The award went to Quist. … Quist was asked if she …"): not a capitalised first word ("Often").
      let bareSubject: Entity | undefined;
      for (const run of nameRuns(sentence.tokens)) {
        // "Darnell Yoon, 44, a father of three, …": a person introduced with a role is in focus too.
        let isSubject = false;
        if (!asks && sameMention(run.phrase, subject)) isSubject = true;
        else if (!asks) {
          otherSubjects ??= [opensWithClause(sentence.tokens) ? sentenceSubject(sentence.tokens, sentence.tokens.length, false) : subject, joinedClauseSubject(sentence.tokens)];
          isSubject = sameMention(run.phrase, otherSubjects[0]) || sameMention(run.phrase, otherSubjects[1]) || (run.role !== undefined && run.phrase.kind === 'name' && run.phrase.role === undefined);
        }
        const entity = registry.add(run.phrase, position(p - 1, run.phrase.at), isSubject);
        if (isSubject && !asks && subject?.kind === 'name' && sameMention(run.phrase, subject) && entity.tokens.length === 1 && namedInside.has(entity) && !entity.person && !entity.candidate && !entity.place && !entity.organisation && entity.gender === undefined) bareSubject = entity;
        if (sentence.tokens[0]!.start < run.phrase.at && sentence.tokens[0]!.kind !== 'quote') namedInside.add(entity);
        if (run.aged) {
          entity.agedAt ??= position(p - 1, run.phrase.at);
          entity.person = true;
        }
        // (A first name alone that the registry took for someone named in full is not the relation: "His son
        // Tom" after "Tom Bellamy" is the son, not Tom Bellamy.)
        if (run.relation && !(run.firstNameOnly && entity.tokens.length > 1)) (entity.relations ??= new Set()).add(run.relation);
        if (run.role) countRole(entity, run.role);
        if (run.role && !entity.role) {
          entity.role = run.role;
          entity.person = true;
        }
      }
      const known = cues.length > 0 ? new Map<(typeof cues)[number], ReturnType<typeof speakerOfCue>>() : undefined;
      for (const cue of cues) {
        const who = speakerOfCue(sentence.tokens, cue);
        known!.set(cue, who);
        if (who?.phrase.kind === 'name') {
          // Whoever speaks is a person or an organisation, and the focus of what follows (unless asking).
          const entity = registry.add(who.phrase, position(p - 1, who.phrase.at), !asks, true);
          // (Asked only when it can change something: a speaker already a candidate stays one.)
          if (!entity.candidate && !namesOrganisation(lowerCase(who.phrase.text).split(' '))) entity.candidate = true;
        }
        if (who) {
          const list = paragraphCues.get(p) ?? [];
          list.push({ at: sentence.tokens[cue.index]!.start, attribution: who.role ? { phrase: who.phrase, role: who.role, cue } : { phrase: who.phrase, cue } });
          paragraphCues.set(p, list);
        }
      }
      // (After the cues' speakers are registered: in "Ms. Lee said the rationing she …" the vote is Ms. Lee's.)
      // Each "he"/"she" votes for the gender of the latest subject before it; "him", "his" and "her"
      // often stand for someone else ("She then pressed him with questions on his record").
      // After "asked her whether she …" the "she" is the one asked, not the subject: an object
      // pronoun of a gender stops later pronouns of that gender in the sentence from voting.
      let objectGenders = '';
      // (Loops, not forEach: a closure per sentence is an allocation per sentence.)
      for (let k = 0; k < sentence.tokens.length; k++) {
        const t = sentence.tokens[k]!;
        // Most words are none of these pronouns: their bit says so before any look-up (word-classes.ts).
        if (t.kind !== 'word' || (t.classes & PRONOUN_READ) === 0) continue;
        if (t.lower === 'it' || t.lower === 'its') registry.neuter(position(p - 1, t.start));
        else if (t.lower === 'him') {
          objectGenders += 'm';
          registry.objectPronoun('m', position(p - 1, t.start));
        }
        // "asked her whether" (an object), not "her record" (a possessive).
        else if (t.lower === 'her' && (sentence.tokens[k + 1]?.kind !== 'word' || AFTER_OBJECT.has(sentence.tokens[k + 1]!.lower))) {
          objectGenders += 'f';
          registry.objectPronoun('f', position(p - 1, t.start));
        }
        const gender = SUBJECT_PRONOUN_GENDER.get(t.lower);
        // "Quist was asked if she would run again": a "he" or "she" later in the sentence whose subject is a
        // bare surname the article has not shown to be anyone makes it a possible person, for this vote to confirm.
        // Only a pronoun opening a clause the subject's verb brings in ("asked if she", "insisted that he", "argued he"):
        // not one in a noun's own clause ("the guitar he used") nor a cue's ("…, she said").
        // Only the sentence's first: in "Keyworth was …, and he was so fired up he said she should call" the "she" is someone else.
        if (gender && bareSubject && !objectGenders.includes(gender) && t.start > subject!.at && opensReportedClause(sentence.tokens, k)) bareSubject.candidate = true;
        if (gender) bareSubject = undefined;
        if (gender && !objectGenders.includes(gender)) registry.vote(gender, position(p - 1, t.start));
        // "Kowalczyk herself struck a softer tone": the name's gender.
        const reflexive = REFLEXIVE_GENDER.get(t.lower);
        const named = reflexive && sentence.tokens[k - 1]?.upper ? registry.find(sentence.tokens[k - 1]!.text, position(p - 1, t.start)) : undefined;
        if (named && reflexive) registry.voteFor(named, reflexive, position(p - 1, t.start));
      }
      if (quoteSpans.length === 0) continue;
      // A cue attached to another quotation or clause of the sentence is that one's (attribution/cue-ownership.ts).
      for (let tokenAt = 0; tokenAt < sentence.tokens.length; tokenAt++) {
        const t = sentence.tokens[tokenAt]!;
        // A quotation that runs over several sentences is attributed once, from its first sentence.
        if (t.kind !== 'quote' || seen.has(t.quoteIndex!)) continue;
        seen.add(t.quoteIndex!);
        const span = spans[t.quoteIndex!]!;
        // (A single cue may be another clause's too: "…, Y, who has pledged …" after the quote.)
        const own = cuesOfQuote(sentence.tokens, tokenAt, cues, known);
        let attribution = attributeInSentence(sentence.tokens, tokenAt, own, known);
        if (!attribution && own.length === 0 && own !== cues) {
          const subject = ownClauseSubject(sentence.tokens, tokenAt);
          if (subject) attribution = { phrase: subject, cue: { index: tokenAt, kind: 'verb', weak: false } };
        }
        found.push({
          span,
          index: t.quoteIndex!,
          sentence,
          tokenAt,
          ...(attribution ? { attribution } : {}),
          fragment: isFragment(span, sentence.tokens, tokenAt, !span.closed && spans[t.quoteIndex! + 1]?.continued === true),
          cues: own,
          ...(known ? { known } : {}),
        });
      }
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
  // The quotes dropped as titles so far, by span index: a list of titles goes on ("“A,” “B” and “C”").
  const titles = new Set<number>();
  const speakerOf = speakerIn(registry);
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
    // The strategies in their order (attribution/strategies.ts); the first that finds a speaker decides.
    const inContext: QuoteContext = { f, p, paragraphs, registry, paragraphCues, introductions, ...(previous ? { previous } : {}) };
    let result: StrategyResult | undefined;
    let strategy: StrategyName | undefined;
    let scare = false;
    for (const s of QUOTE_STRATEGIES) {
      // '“quack”', 'Lee Was ‘Mocking’ …': a single word in marks with no cue in its own sentence is a
      // scare quote; it is dropped rather than lent the speaker of another sentence.
      if (s.borrowsSpeaker && f.fragment && !f.span.continued && !/\s/u.test(f.span.text)) {
        scare = true;
        break;
      }
      result = s.attribute(inContext);
      if (result) {
        strategy = s.name;
        break;
      }
    }
    if (scare) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'scare quotes: a single word in marks with no speech cue in its sentence' });
      continue;
    }
    let attribution = result && 'attribution' in result ? result.attribution : undefined;
    let speaker: Speaker | undefined;
    let entity: Entity | undefined;
    let via: AttributedBy | undefined = strategy;
    // The rules have proposed; with two or more candidates the chooser decides.
    const chooser = context.chooser ?? DEFAULT_CHOOSER;
    let chosen: { speaker: Speaker; entity?: Entity } | undefined;
    let antecedent: Entity | undefined;
    if (attribution && (chooser !== 'rules' || context.observe)) {
      const sameParagraph = (paragraphCues.get(p) ?? []).filter((c) => c.at < f.sentence.start || c.at >= f.sentence.end);
      const near = previous && p - previous.paragraphIndex <= CONTINUATION_REACH ? previous : undefined;
      // One candidate only (the rules' own, no other cue, no previous speaker): nothing to choose, so
      // its features are not built (the quotes stage's hot path).
      let cueSpeakers = sameParagraph.length;
      for (const cue of f.cues) if (f.known?.get(cue)) cueSpeakers++;
      if (cueSpeakers > 0 || near) {
        const candidates = speakerCandidates({ tokens: f.sentence.tokens, quoteAt: f.tokenAt, quoteStart: f.span.start, opensParagraph: f.span.continued || (f.sentence.start === 0 && f.tokenAt === 0), question: isQuestion(f.span.text), cues: f.cues, known: f.known, paragraphCues: sameParagraph, previous: near, rule: attribution, preview: previewIn(registry, p), clauseBreakBetween, listenerClause, genderOf: genderBefore(registry, position(p - 1, f.span.start) + 1), antecedents: antecedentsIn(registry, p), speakerOf });
        if (candidates.length >= 2) {
          context.observe?.({ text: quoteText(f.span), paragraphIndex: p - 1, start: f.span.start, candidates: candidates.map((c) => ({ speaker: c.speaker?.name ?? '', features: c.features })) });
          if (chooser !== 'rules') {
            const vectors = candidates.map((c) => c.features);
            const pick = candidates[chooser === 'ranker' ? rankBest(vectors) : nearestCueBest(vectors)]!;
            if (pick.previous) {
              // The previous speaker again, as a continuation is.
              chosen = { speaker: pick.previous.speaker, ...(pick.previous.entity ? { entity: pick.previous.entity } : {}) };
              via = 'continuation';
            } else if (pick.attribution && pick.attribution !== attribution) {
              attribution = pick.attribution;
              strategy = 'sentence';
            }
            // Another antecedent of the pronoun than the rules': the person chosen, not the phrase resolved again.
            if (pick.antecedent) antecedent = pick.entity;
          }
        }
      }
    }
    // Lent: the speaker of a cue in another sentence (not a second quote going on from its paragraph's
    // first, "“…,” his sister added. “We live here.”", which keeps that one's).
    const lent = attribution !== undefined && (strategy === 'paraphrase' || (strategy === 'paragraph' && attribution !== previous?.attribution));
    if (!chosen && lent && strategy === 'paragraph' && f.fragment) {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: LENT_TO_PHRASE });
      continue;
    }
    if (chosen) {
      // Like a continuation: the previous speaker again, no new mention.
      ({ speaker, entity } = chosen);
    } else if (attribution) {
      via = `${strategy!}:${attribution.phrase.kind}`;
      const at = position(p - 1, attribution.phrase.at);
      // The one asking a question in quotes is not the focus of what follows (see pass 1).
      const asking = isQuestion(f.span.text);
      // (Where the phrase's own sentence starts, when it is the quote's: a role description may look before it.)
      const inSentence = attribution.phrase.at >= f.sentence.start && attribution.phrase.at < f.sentence.end;
      // "Ivo Tran, a retired pilot who writes …": an indefinite description in apposition to a name is the name.
      const named = inSentence ? appositiveName(f.sentence.tokens, attribution.phrase) : undefined;
      if (antecedent) ({ speaker, entity } = { speaker: registry.speakerOf(antecedent), entity: antecedent });
      else if (named) ({ speaker, entity } = resolve(registry, named, undefined, position(p - 1, named.at), !asking, true, position(p - 1, f.sentence.start)));
      else ({ speaker, entity } = resolve(registry, attribution.phrase, attribution.role, at, !asking, true, inSentence ? position(p - 1, f.sentence.start) : undefined));
    } else if (result && !('attribution' in result)) {
      ({ speaker, entity } = result);
      via = result.detail ? `${strategy!}:${result.detail}` : strategy;
    }
    if (speaker && isTitle(f, titles)) {
      titles.add(f.index);
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: 'a title in quotation marks (a show, book or programme), not speech' });
      continue;
    }
    if (speaker && !entity && lent && attribution?.phrase.kind === 'description') {
      skipped.push({ kind: 'quote', text: f.span.text, source: article.id, reason: BORROWED_DESCRIPTION });
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

// The candidates' callbacks are made by module functions, not written inline: tsx (keepNames) names
// every closure assigned to a name or a property as it is created, on every quote (returned arrows are unnamed).

/** Whom a phrase in paragraph `p` would resolve to, nothing recorded. */
function previewIn(registry: SpeakerRegistry, p: number): (phrase: SpeakerPhrase, role: string | undefined) => { speaker?: Speaker; entity?: Entity } {
  return (phrase, role) => resolve(registry, phrase, role, position(p - 1, phrase.at), false, false);
}

/** The possible antecedents of a "he"/"she" in paragraph `p` (listing them records nothing). */
function antecedentsIn(registry: SpeakerRegistry, p: number): NonNullable<CandidateInput['antecedents']> {
  return (phrase, gender, rule) => pronounAntecedents(registry, gender, position(p - 1, phrase.at), rule);
}

function speakerIn(registry: SpeakerRegistry): (e: Entity) => Speaker {
  return (e) => registry.speakerOf(e);
}

/** The gender the article gives an entity before `at`. */
function genderBefore(registry: SpeakerRegistry, at: number): (e: Entity) => 'm' | 'f' | undefined {
  return (e) => registry.genderOf(e, at);
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
    const taken = new Set<string>();
    for (const n of quotesWithin(pieces, first.quote.speaker, readPassage, seed)) {
      const piece = pieces[n.piece]!;
      taken.add(`${n.piece}:${n.start}`);
      out.push({ text: n.text, speaker: n.speaker, fragment: n.fragment, ...(n.context ? { context: n.context } : {}), source, paragraphIndex: piece.paragraphIndex - 1, start: piece.textStart + n.start, attributedBy: n.attributedBy });
    }
    // "me and my son just said ‘really?’": the speaker's own line, kept even where the reading took it
    // for a scare quote (nested-quotes.ts). Only in a passage: in a one-paragraph quote the news
    // convention (PolNeAR's) leaves such lines inside the quote.
    for (const n of ownNestedLines(pieces)) {
      if (taken.has(`${n.piece}:${n.start}`)) continue;
      const piece = pieces[n.piece]!;
      out.push({ text: n.text, speaker: first.quote.speaker, fragment: n.fragment, ...(n.context ? { context: n.context } : {}), source, paragraphIndex: piece.paragraphIndex - 1, start: piece.textStart + n.start, attributedBy: 'nested:quoting' });
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
  const folded = foldHeldRoles(counts, registry.showable(entity));
  cache.set(entity, folded);
  return folded;
}

/**
 * "the chief" and "chief executive of Kessel Bank" for one person: a role another role of theirs holds is
 * that role cut short, and counts for the fullest that holds it (so a story's role, the most given, is the
 * one the quote shows; `fullerRoleOf` in the registry says which).
 */
function foldHeldRoles(counts: Array<[string, number]>, usable: (role: string) => boolean): Array<[string, number]> {
  if (counts.length < 2) return counts;
  const roles = counts.map(([role]) => role);
  const into = roles.map((role) => fullerRoleOf(role, roles, usable));
  if (into.every((k) => k < 0)) return counts;
  const totals = counts.map(([, n]) => n);
  // (A chain, "chief" in "chief executive" in "chief executive of Kessel Bank", ends at a role no other holds.)
  for (let i = 0; i < counts.length; i++) {
    if (into[i]! < 0) continue;
    let k = into[i]!;
    while (into[k]! >= 0) k = into[k]!;
    totals[k]! += totals[i]!;
    totals[i] = 0;
  }
  const out: Array<[string, number]> = [];
  for (let i = 0; i < counts.length; i++) if (into[i]! < 0) out.push([roles[i]!, totals[i]!]);
  return out;
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

/**
 * The quote names a work or a thing (attribution/work-names.ts), unless a crowd chants it. `titles` holds
 * the quotes dropped as titles before it.
 */
function isTitle(f: Found, titles: ReadonlySet<number>): boolean {
  const tokens = f.sentence.tokens;
  if (chanted(tokens, f.tokenAt)) return false;
  return isTitleOfWork(tokens, f.tokenAt, f.span.text, f.span.paragraphIndex === 0, f.fragment) || workNameRule(tokens, f.tokenAt, f.span.text) !== undefined || listedAfterTitle(tokens, f.tokenAt, f.span.text, titles) || nicknameInName(tokens, f.tokenAt, f.span.text);
}

/** The words inside the marks; a comma the sentence needed after them ("…right,” said X) is not part of the quote. */
export function quoteText(span: QuoteSpan): string {
  return span.text.replace(/[\s,;:]+$/u, '');
}

/** '"(CROSSTALK.)"', '"[Laughter]"': a transcript's note on what happened, all in brackets. */
const STAGE_DIRECTION = /^[([][^()[\]]*[)\]][.!?]?$/u;

/** '"Follow Jo Reyes on Twitter @joreyes."': an author footer after a quoted block left open. */
const FOLLOW_FOOTER = /^Follow\s[^.!?]{1,60}\s(?:on|at)\s(?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b/u;

/** Does the pronoun at `k` open a clause after "if", "whether", "that" or a speech verb, and is it no cue's subject? */
function opensReportedClause(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before?.kind !== 'word' || (after?.kind === 'word' && SPEECH_VERBS.has(after.lower))) return false;
  return before.lower === 'if' || before.lower === 'whether' || before.lower === 'that' || SPEECH_VERBS.has(before.lower);
}
