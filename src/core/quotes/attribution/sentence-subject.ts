/**
 * The subject of a sentence, for a cue whose speaker is not beside it ("…, saying", "and vowed") and
 * for the pronouns that follow: past a dateline, a label and leading phrases, an inverted subject, a
 * name after a description, a crowd; and two coordinated names as one subject.
 */
import type { Token } from '../attribution-tokens.js';
import { descriptionPhrase, type SpeakerPhrase } from '../speaker-names.js';
import { parseSpeakerName } from './speaker-name.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import { captionLeadEnd, nameRunRight, roleThenName } from './name-runs.js';
import * as classes from './word-classes.js';
import {
  APPROXIMATELY as APPROXIMATELY_,
  PLACE_PREPOSITIONS as PLACE_PREPOSITIONS_,
  ARTICLES as ARTICLES_,
  BE_FORMS as BE_FORMS_,
  BREAKS as BREAKS_,
  CLAUSE_VERBS as CLAUSE_VERBS_,
  CONNECTORS as CONNECTORS_,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_,
  DASHES as DASHES_,
  DETERMINERS as DETERMINERS_,
  LABELS as LABELS_,
  NOT_NAME_WORDS as NOT_NAME_WORDS_,
  NOT_PAST as NOT_PAST_,
  NUMBER_WORDS as NUMBER_WORDS_,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_,
  POSSESSIVES as POSSESSIVES_,
  PREPOSITIONS as PREPOSITIONS_,
  RELATIVES as RELATIVES_,
  ROLE_NOUNS as ROLE_NOUNS_,
  SPEECH_VERBS as SPEECH_VERBS_,
  OPENING_CONJUNCTIONS as OPENING_CONJUNCTIONS_,
  TIME_AFTER as TIME_AFTER_,
  TIME_NOUNS as TIME_NOUNS_,
  US_STATE_ENDS as US_STATE_ENDS_,
  US_STATES as US_STATES_,
  VERB_MODIFIERS as VERB_MODIFIERS_,
  IRREGULAR_PAST as IRREGULAR_PAST_,
  PAST_NOT_NOUN as PAST_NOT_NOUN_,
  TITLE_SMALL_WORDS as TITLE_SMALL_WORDS_,
  CLAUSE_PREPOSITIONS as CLAUSE_PREPOSITIONS_,
  SUBORDINATE_JOINS as SUBORDINATE_JOINS_,
  JOINED_CLAUSE_PRONOUNS as JOINED_CLAUSE_PRONOUNS_,
  CLAUSE_JOINS as CLAUSE_JOINS_,
  VERB_AFTER_PAST as VERB_AFTER_PAST_,
  CLAUSE_RELATIVES as CLAUSE_RELATIVES_,
} from './lexicon.js';

// The word classes' bits as local constants: read in the hottest loops, not through the module namespace's getters.
const APPROXIMATE = classes.APPROXIMATE;
const BREAK = classes.BREAK;
const DETERMINER = classes.DETERMINER;
const LEADING_WORD = classes.LEADING_WORD;
const PERSONAL_PRONOUN = classes.PERSONAL_PRONOUN;
const POSSESSIVE = classes.POSSESSIVE;
const PREPOSITION = classes.PREPOSITION;
const SPEECH_VERB = classes.SPEECH_VERB;
const SUBORDINATOR = classes.SUBORDINATOR;
const TIME_NOUN = classes.TIME_NOUN;
const VERB_MODIFIER = classes.VERB_MODIFIER;

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const APPROXIMATELY = APPROXIMATELY_;
const PLACE_PREPOSITIONS = PLACE_PREPOSITIONS_;
const ARTICLES = ARTICLES_;
const BE_FORMS = BE_FORMS_;
const BREAKS = BREAKS_;
const CLAUSE_VERBS = CLAUSE_VERBS_;
const CONNECTORS = CONNECTORS_;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_;
const DASHES = DASHES_;
const DETERMINERS = DETERMINERS_;
const LABELS = LABELS_;
const NOT_NAME_WORDS = NOT_NAME_WORDS_;
const NOT_PAST = NOT_PAST_;
const NUMBER_WORDS = NUMBER_WORDS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const POSSESSIVES = POSSESSIVES_;
const PREPOSITIONS = PREPOSITIONS_;
const RELATIVES = RELATIVES_;
const CLAUSE_RELATIVES = CLAUSE_RELATIVES_;

/** A comma between `from` and `limit`: a clause opened before `from` closes before `limit`. */
function closesBefore(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit; k++) if (tokens[k]!.text === ',') return true;
  return false;
}
const ROLE_NOUNS = ROLE_NOUNS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const OPENING_CONJUNCTIONS = OPENING_CONJUNCTIONS_;
const TIME_AFTER = TIME_AFTER_;
const TIME_NOUNS = TIME_NOUNS_;
const US_STATE_ENDS = US_STATE_ENDS_;
const US_STATES = US_STATES_;
const VERB_MODIFIERS = VERB_MODIFIERS_;

const IRREGULAR_PAST = IRREGULAR_PAST_;

const PAST_NOT_NOUN = PAST_NOT_NOUN_;

const VERB_AFTER_PAST = VERB_AFTER_PAST_;

/** A number or number word: "about two dozen protesters" is a crowd, not a preposition's object. */
const isQuantity = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (NUMBER_WORDS.has(t.lower) || /^\d/u.test(t.text));

/** "WASHINGTON (AP) — The chief executive …", "UPDATE, 3:15 PM: …": where the sentence begins after a dateline or label, else 0. */
export function datelineEnd(tokens: Token[]): number {
  // "Scroll down for video Big change: Ria Kest, 22, …": page furniture and a caption's label.
  const caption = captionLeadEnd(tokens);
  if (caption > 0) return caption;
  const first = tokens[0];
  // "(CNN)Ann Lee …": an outlet in capitals in brackets, glued to the first word with no dash.
  if (first?.text === '(' && tokens[2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[1]?.text ?? '') && tokens[3] !== undefined && tokens[3].start === tokens[2].end) return 3;
  // "Washington (AFP) – …", "Des Moines, Iowa (Reuters) — …": a place in Title Case, an agency in brackets, a dash.
  // (Asked of every sentence: look for the bracket first, by position.)
  const paren = tokens[1]?.text === '(' ? 1 : tokens[2]?.text === '(' ? 2 : tokens[3]?.text === '(' ? 3 : tokens[4]?.text === '(' ? 4 : 0;
  if (paren > 0 && first?.upper && /^\p{Lu}{2,}$/u.test(tokens[paren + 1]?.text ?? '') && tokens[paren + 2]?.text === ')' && DASHES.has(tokens[paren + 3]?.text ?? '')) {
    if (tokens.slice(1, paren).every((t) => (t.kind === 'word' ? t.upper : t.text === ','))) return paren + 4;
  }
  // "Gone: Roe was seen leaving …": a tabloid's caption label, one capitalised word that is no known first
  // name, before a colon and a new sentence in sentence case (not a quotation: "Lee: “…”" is a digest line
  // whose name speaks; not a Title Case headline, "Lee: Reyes Has ‘…’", whose name before the colon speaks).
  if (first?.upper && tokens[1]?.text === ':' && first.kind === 'word' && !FIRST_NAME_GENDER.has(first.lower) && tokens[2]?.kind === 'word' && tokens[2].upper && /^\p{Lu}\p{Ll}+$/u.test(first.text) && sentenceCaseAt(tokens, 3)) return 2;
  // Cheap first: a dateline's first word is in capitals, so its second letter is too.
  if (!first || first.text.length < 2 || first.text[1] === first.text[1]!.toLowerCase() || first.text !== first.text.toUpperCase()) return 0;
  for (let k = 1; k < tokens.length && k < 12; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1;
    // "UPDATE, 3:15 PM: A spokesman …" (not a transcript's "WALLACE: …", whose label speaks).
    if (t.text === ':' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens.slice(0, k).some((w) => /\d/u.test(w.text) || LABELS.has(w.lower))) return k + 1;
    // Place names in capitals, a state or agency after a comma or in brackets ("Minn.", "(AP)").
    if (t.kind === 'word' && t.text !== t.text.toUpperCase() && !/^\p{Lu}\p{Ll}{0,4}\.?$/u.test(t.text)) return 0;
  }
  return 0;
}

const TITLE_SMALL_WORDS = TITLE_SMALL_WORDS_;

/** A lower-case word other than a headline's small words among the four tokens from `from`: running text, not Title Case. */
function sentenceCaseAt(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !t.upper && /^\p{Ll}/u.test(t.text) && !TITLE_SMALL_WORDS.has(t.lower)) return true;
  }
  return false;
}

const looksPast = (word: string): boolean => word.endsWith('ed') && !NOT_PAST.has(word) && /^\p{Ll}+$/u.test(word);

/**
 * "Making her way around the diner, Lee …", "Surveying the damage, Lee concludes": a capitalised
 * present participle opening a phrase, not a name ("Manning said", "Fleming and Ruiz" are names).
 */
const isParticipleOpener = (t: Token, next?: Token): boolean =>
  t.kind === 'word' && t.lower.length >= 6 && t.lower.endsWith('ing') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !FIRST_NAME_GENDER.has(t.lower) &&
  isWord(next) && !next.upper && !CLAUSE_VERBS.has(next.lower) && !SPEECH_VERBS.has(next.lower) && !VERB_MODIFIERS.has(next.lower) && next.lower !== 'and' && next.lower !== 'or' && !looksPast(next.lower);

const CLAUSE_PREPOSITIONS = CLAUSE_PREPOSITIONS_;

/** "But as Reyes denounced the tests and pledged …": a name after "as" (…) and then its verb is the clause's subject. */
function subjectOfConjunction(tokens: Token[], i: number): boolean {
  if (!CLAUSE_PREPOSITIONS.has(tokens[i - 1]!.lower) || !isName(tokens[i]) || NOT_NAME_WORDS.has(tokens[i]!.lower)) return false;
  const next = tokens[nameRunRight(tokens, i) + 1];
  return isWord(next) && !next.upper && (looksPast(next.lower) || IRREGULAR_PAST.has(next.lower) || SPEECH_VERBS.has(next.lower) || CLAUSE_VERBS.has(next.lower));
}

/** "Salem, New Hampshire," / "in Portsmouth, N.H.,": a state in apposition to a place, never a subject. */
function isStateAfterPlace(tokens: Token[], start: number, end: number): boolean {
  // "New" is no name word on its own, so "New Hampshire" is read from "Hampshire": look one word back.
  // Cheap first: most name runs are not states.
  if (!US_STATES.has(tokens[end]!.lower) && !US_STATE_ENDS.has(tokens[end]!.lower)) return false;
  for (const from of [start, start - 1]) {
    const before = tokens[from - 1];
    if (before?.text !== ',' && !PREPOSITIONS.has(before?.lower ?? '')) continue;
    if (tokens[from]?.kind === 'word' && US_STATES.has(tokens.slice(from, end + 1).map((t) => t.lower).join(' '))) return true;
  }
  return false;
}

/** Words that open a leading clause or phrase: "When …,", "With …,", "Outside the hall,", "Told of …,". */
const opensLeadingClause = (t: Token, next?: Token): boolean =>
  (t.classes & (PREPOSITION | SUBORDINATOR | LEADING_WORD)) !== 0 ||
  // "Reached by phone, …", "Interviewed on Monday, …": a participle phrase.
  (looksPast(t.lower) && next !== undefined && PREPOSITIONS.has(next.lower)) ||
  // "Hours later, …", "Days before the vote, …"; "Eight years ago, …", "Two days later, …".
  ((t.classes & TIME_NOUN) !== 0 && next !== undefined && TIME_AFTER.has(next.lower)) ||
  (isQuantity(t) && next !== undefined && TIME_NOUNS.has(next.lower)) ||
  isParticipleOpener(t, next);

/** A comma between two lower-case words right after an article ("a long, candid interview"). */
function betweenAdjectives(tokens: Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  const before = tokens[comma - 1];
  // (Not "the day, the campaign sent …": after the comma another adjective or the noun, no function word.)
  return (
    isWord(before) && !before.upper && isWord(next) && !next.upper && ARTICLES.has(tokens[comma - 2]?.lower ?? '') &&
    !DETERMINERS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !PERSONAL_PRONOUNS.has(next.lower) && !BREAKS.has(next.lower) && !RELATIVES.has(next.lower)
  );
}

/** Does the sentence open with a leading clause ("When …, ", "With …, ")? */
export const opensWithClause = (tokens: Token[]): boolean => tokens[0] !== undefined && opensLeadingClause(tokens[0], tokens[1]);

/**
 * The subject of the sentence before `limit`: the first pronoun, name or description that does not
 * follow a preposition ("At Monday's debate, Clinton cited …" → Clinton).
 */
export function sentenceSubject(tokens: Token[], limit: number, mainClause = true): SpeakerPhrase | undefined {
  // "With leaders worried about …, President Obama is …": a leading clause is not the subject.
  let from = datelineEnd(tokens);
  // "But as Reyes spoke, Lee said …": a conjunction before a leading clause.
  if (mainClause && OPENING_CONJUNCTIONS.has(tokens[from]?.lower ?? '') && tokens[from + 1] && opensLeadingClause(tokens[from + 1]!, tokens[from + 2])) from++;
  // "Among them was Darnell Yoon, 44, a father of three …": an inverted subject after "was".
  if (mainClause && tokens[from] && opensLeadingClause(tokens[from]!, tokens[from + 1])) {
    for (let k = from + 1; k < limit && k < from + 7 && tokens[k]!.kind === 'word'; k++) {
      if (!BE_FORMS.has(tokens[k]!.lower) || !isName(tokens[k + 1]) || NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) continue;
      const named = parseSpeakerName(tokens.slice(k + 1, nameRunRight(tokens, k + 1) + 1));
      if (named?.kind === 'name') return named;
    }
  }
  // "Back at the store, as the crowd thins out, Ann is asked …": one leading clause after another.
  for (let clauses = 0; mainClause && clauses < 3 && tokens[from] && opensLeadingClause(tokens[from]!, tokens[from + 1]); clauses++) {
    // ("In a long, candid interview with …,": a comma between two adjectives after an article is inside the phrase.)
    const comma = tokens.findIndex((t, k) => k > from && k < limit && t.text === ',' && !betweenAdjectives(tokens, k));
    if (comma < 0) break;
    from = comma + 1;
  }
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // "about two dozen protesters", "nearly 300 workers": a number's hedge, not a preposition.
    if ((t.classes & APPROXIMATE) !== 0 && isQuantity(tokens[i + 1])) {
      let end = i + 1;
      while (end + 1 < limit && end - i < 6 && isWord(tokens[end + 1]) && !tokens[end + 1]!.upper && !BREAKS.has(tokens[end + 1]!.lower) && !VERB_MODIFIERS.has(tokens[end + 1]!.lower) && !SPEECH_VERBS.has(tokens[end + 1]!.lower) && !looksPast(tokens[end + 1]!.text)) end++;
      if (end > i + 1) return descriptionPhrase(tokens.slice(i, end + 1));
    }
    const prev = tokens[i - 1];
    if (prev && (prev.classes & PREPOSITION) !== 0 && !((prev.classes & APPROXIMATE) !== 0 && isQuantity(t)) && !subjectOfConjunction(tokens, i)) {
      // The object of a preposition, name and all, is not the subject.
      if (isName(t)) i = nameRunRight(tokens, i);
      continue;
    }
    // "several environmental groups granted …", "The Labour candidate also set out …": a
    // description up to the verb.
    // "Her counterpart, Robby Mook, disagreed": a possessive before a noun is a determiner, not the subject.
    const possessive = (t.classes & POSSESSIVE) !== 0 && isWord(tokens[i + 1]) && !tokens[i + 1]!.upper && (tokens[i + 1]!.classes & (VERB_MODIFIER | SPEECH_VERB)) === 0;
    if ((t.classes & DETERMINER) !== 0 && ((t.classes & PERSONAL_PRONOUN) === 0 || possessive)) {
      let end = i;
      while (end + 1 < limit && end - i < 6) {
        const next = tokens[end + 1]!;
        if (next.kind !== 'word' || (next.classes & (BREAK | VERB_MODIFIER | SPEECH_VERB)) !== 0 || looksPast(next.text)) break;
        if (end > i && PAST_NOT_NOUN.has(next.lower)) break;
        // "The governor left no doubt …", "The council hit back at …": an irregular past that may be a noun
        // ("the left wing") is a verb after the head noun when an object or a particle follows it.
        if (end > i && IRREGULAR_PAST.has(next.lower) && VERB_AFTER_PAST.has(tokens[end + 2]?.lower ?? '')) break;
        end++;
      }
      // "A few dozen demonstrators, some holding signs, chanted …": the first phrase may be followed by an
      // interjection (but "The show's creator, Fumiko Abe, …" names the subject after the comma).
      // "The chief executive of one of the nation's …" cut at six words ends on a noun, not "of the".
      while (end > i + 1 && (PREPOSITIONS.has(tokens[end]!.lower) || DETERMINERS.has(tokens[end]!.lower) || CONNECTORS.has(tokens[end]!.lower))) end--;
      // "But a few days later, Lee reversed himself": a span of time, not the subject.
      if (TIME_NOUNS.has(tokens[end]!.lower) && TIME_AFTER.has(tokens[end + 1]?.lower ?? '')) {
        i = end + 1;
        continue;
      }
      // "The veteran of long and bitter campaigns, Reyes mocked …": an opening description cut short at
      // "and" that runs on, with no verb, to a comma and a name is that name's apposition; the name is the subject.
      if (i === from && end > i && tokens[end + 1]?.kind === 'word') {
        const comma = appositionComma(tokens, end + 1, limit);
        if (comma > 0) {
          i = comma;
          continue;
        }
      }
      // "The singer, whose band the Crowns sold a million records, spent …": the description before a
      // relative clause that closes before `limit` is the subject; nothing inside the clause is. (Up to a
      // quote inside the clause, "The plan, which Gov. Lee has called “…”", the clause's own subject is asked for.)
      if (end > i && i === from && tokens[end + 1]?.text === ',' && CLAUSE_RELATIVES.has(tokens[end + 2]?.lower ?? '') && closesBefore(tokens, end + 3, limit)) return descriptionPhrase(tokens.slice(i, end + 1));
      if (end > i && (tokens[end + 1]?.kind === 'word' || (tokens[end + 1]?.text === ',' && i === from && !RELATIVES.has(tokens[end + 2]?.lower ?? '') && !(isName(tokens[end + 2]) && !NOT_NAME_WORDS.has(tokens[end + 2]!.lower))))) {
        const words = tokens.slice(i, end + 1);
        const asName = parseSpeakerName(words);
        if (asName?.kind === 'name' && words.every((w, k) => k === 0 || w.upper)) return asName;
        // "His friend Chiamaka Eze, 24, said": the name after the description is the subject.
        const named = words.findIndex((w, k) => k > 0 && w.upper && !NOT_NAME_WORDS.has(w.lower) && !words[k - 1]!.upper);
        // ("One aide inside Stone Hall tried": a name after a preposition of place is where, not who.)
        const plain = words.slice(1, Math.max(1, named)).every((w) => !PREPOSITIONS.has(w.lower) && !PLACE_PREPOSITIONS.has(w.lower) && !CONNECTORS.has(w.lower));
        if (named > 0 && plain && words.slice(named).every((w) => w.upper || CONNECTORS.has(w.lower))) {
          const name = parseSpeakerName(words.slice(named));
          if (name?.kind === 'name') return name;
        }
        // "a weary Lee took questions": a name after modifiers, then an irregular past verb (a
        // regular one, "conceded", already ends the description; "the Lee campaign" has a noun there).
        if (named > 0 && plain) {
          let last = named;
          while (words[last + 1]?.upper) last++;
          const after = words[last + 1];
          if (after && IRREGULAR_PAST.has(after.lower)) {
            const name = parseSpeakerName(words.slice(named, last + 1));
            if (name?.kind === 'name') return name;
          }
        }
        return descriptionPhrase(words);
      }
      continue;
    }
    if ((t.classes & PERSONAL_PRONOUN) !== 0 && t.lower !== 'it' && t.lower !== 'who') return { kind: 'pronoun', text: t.lower, person: false, at: t.start };
    // A participle opening a phrase with no comma to close it ("Making the case …") is not a name either.
    if (i === from && isParticipleOpener(t, tokens[i + 1])) continue;
    if (isName(t) && !NOT_NAME_WORDS.has(t.lower)) {
      const end = nameRunRight(tokens, i);
      if (isStateAfterPlace(tokens, i, end)) {
        i = end;
        continue;
      }
      if (tokens[end + 1]?.lower === "'s") {
        // "Bornstein's earlier letter …": the owner's thing is the subject, described as written.
        let k = end + 2;
        // ("Trump's earlier remarks": right after "'s", "earlier" describes the thing.)
        // ("Lee's campaign took the step …": an irregular past ends the thing, as a regular one does.)
        while (k < limit && k - end <= 4 && isWord(tokens[k]) && !tokens[k]!.upper && !BREAKS.has(tokens[k]!.lower) && (k === end + 2 || !VERB_MODIFIERS.has(tokens[k]!.lower)) && !looksPast(tokens[k]!.text) && !(k > end + 2 && PAST_NOT_NOUN.has(tokens[k]!.lower))) k++;
        // "Vale's lawyer, Jim Boyd, made …": the name in apposition is the subject, as after "The show's creator,".
        if (k > end + 2 && tokens[k]?.text === ',' && isName(tokens[k + 1]) && !NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) {
          i = k;
          continue;
        }
        if (k > end + 2) return descriptionPhrase(tokens.slice(i, k));
        i = end + 1;
        continue;
      }
      // "Council member Ruth Ash — no relation — has called …": the name after the role words.
      const later = roleThenName(tokens, i, end);
      if (later) return later.phrase;
      // "Brel's Kessel state director, Ivo Marsh, reached out": lower-case role words after the run,
      // then the name in apposition, who is the subject.
      const apposed = apposedAfterRole(tokens, end);
      if (apposed) return apposed;
      const phrase = parseSpeakerName(tokens.slice(i, end + 1));
      // "Harbour News and former network anchor Ann Lee has promoted": a body before "and", then role
      // words and a person's name: the person is the subject, the body part of her role.
      const person = phrase && !phrase.person && phrase.gender === undefined && !phrase.title ? personAfterAnd(tokens, end, limit) : undefined;
      if (person) return person;
      if (phrase) return phrase;
      i = end;
    }
  }
  return undefined;
}

/**
 * From `from`, up to eight lower-case words with no verb among them, then a comma and a name: the comma's
 * index, else -1.
 */
function appositionComma(tokens: Token[], from: number, limit: number): number {
  for (let k = from; k < limit && k - from <= 8; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k > from && isName(tokens[k + 1]) && !NOT_NAME_WORDS.has(tokens[k + 1]!.lower) ? k : -1;
    if (t.kind !== 'word' || t.upper || (t.classes & (VERB_MODIFIER | SPEECH_VERB)) !== 0 || looksPast(t.text) || IRREGULAR_PAST.has(t.lower) || BE_FORMS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * After a capitalised run ending at `end`: "and", up to three lower-case words ending in a role noun, a
 * person's name (a known first name) and a lower-case word (the verb): that person, else nothing.
 */
function personAfterAnd(tokens: Token[], end: number, limit: number): SpeakerPhrase | undefined {
  if (tokens[end + 1]?.lower !== 'and') return undefined;
  let k = end + 2;
  // (An acronym may stand among the role words: "former TV network anchor".)
  while (k < limit && k <= end + 5 && isWord(tokens[k]) && (!tokens[k]!.upper || /^\p{Lu}{2,}$/u.test(tokens[k]!.text)) && !BREAKS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(tokens[k]!.lower)) k++;
  if (k === end + 2 || !ROLE_NOUNS.has(tokens[k - 1]!.lower) || !isName(tokens[k]) || !FIRST_NAME_GENDER.has(tokens[k]!.lower)) return undefined;
  const last = nameRunRight(tokens, k);
  const verb = tokens[last + 1];
  if (last + 1 >= limit || !isWord(verb) || verb.upper) return undefined;
  const named = parseSpeakerName(tokens.slice(k, last + 1));
  return named?.kind === 'name' && named.text.includes(' ') ? named : undefined;
}

/** After a capitalised run ending at `end`: up to three lower-case words ending in a role noun, a comma and a person's name. */
function apposedAfterRole(tokens: Token[], end: number): SpeakerPhrase | undefined {
  let k = end + 1;
  while (k <= end + 3 && isWord(tokens[k]) && !tokens[k]!.upper && !BREAKS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(tokens[k]!.lower)) k++;
  if (k === end + 1 || !ROLE_NOUNS.has(tokens[k - 1]!.lower) || tokens[k]?.text !== ',' || !isName(tokens[k + 1]) || NOT_NAME_WORDS.has(tokens[k + 1]!.lower)) return undefined;
  const named = parseSpeakerName(tokens.slice(k + 1, nameRunRight(tokens, k + 1) + 1));
  return named?.kind === 'name' && (named.person || named.candidate) ? named : undefined;
}

const SUBORDINATE_JOINS = SUBORDINATE_JOINS_;
const SUBJECT_PRONOUNS = JOINED_CLAUSE_PRONOUNS_;

const CLAUSE_JOINS = CLAUSE_JOINS_;

/**
 * "Ann Roe kept Lee on the back foot, but a tired Lee landed jabs. He …": the subject of the
 * last clause joined by ", but" (", while", ", yet", ", whereas") or ";" is a subject too, the one a
 * following "he" or "she" most likely returns to.
 */
export function joinedClauseSubject(tokens: Token[]): SpeakerPhrase | undefined {
  for (let k = tokens.length - 2; k > 0; k--) {
    const t = tokens[k]!;
    const from = t.text === ';' ? k + 1 : t.text === ',' && CLAUSE_JOINS.has(tokens[k + 1]!.lower) ? k + 2 : -1;
    if (from < 0) continue;
    const subject = sentenceSubject(tokens.slice(from), tokens.length - from);
    return subject?.kind === 'name' ? subject : undefined;
  }
  return undefined;
}

/**
 * The subject of the clause a verb at `limit` is in: after the last ", but" (", while", ", yet",
 * ", whereas") or ";" before it, if that clause has one ("The results aren't in, but the Lark
 * campaign is already claiming …"), else the sentence's. The clause must open with its subject.
 */
export function clauseSubject(tokens: Token[], limit: number): SpeakerPhrase | undefined {
  for (let k = limit - 2; k > 0; k--) {
    const t = tokens[k]!;
    // Also ", and Bo Reyes then stood up and declared", "… when Bo Reyes stood up and declared": a clause
    // joined by ", and", or by a subordinator right before a name or a subject pronoun.
    const joined = t.text === ',' && (CLAUSE_JOINS.has(tokens[k + 1]!.lower) || tokens[k + 1]!.lower === 'and');
    const subordinate = t.kind === 'word' && SUBORDINATE_JOINS.has(t.lower) && (isName(tokens[k + 1]) || SUBJECT_PRONOUNS.has(tokens[k + 1]!.lower));
    const from = t.text === ';' ? k + 1 : joined ? k + 2 : subordinate ? k + 1 : -1;
    if (from < 0 || from >= limit) continue;
    // Only a clause that opens with its subject ("X, while being interviewed on …, called" is X's).
    const first = tokens[from]!;
    if (!isName(first) && !DETERMINERS.has(first.lower) && !PERSONAL_PRONOUNS.has(first.lower)) break;
    const subject = sentenceSubject(tokens.slice(from), limit - from);
    if (subject) return subject;
    break;
  }
  return sentenceSubject(tokens, limit);
}

/**
 * "Nancy Reyes and Sen. Ed Cole wrote …": a subject of two coordinated names, for a later "they".
 * `subject` is the sentence's subject as found by sentenceSubject.
 */
export function coordinatedSubject(tokens: Token[], subject: SpeakerPhrase | undefined): SpeakerPhrase | undefined {
  if (subject?.kind !== 'name') return undefined;
  const start = tokens.findIndex((t) => t.start >= subject.at && t.kind === 'word');
  if (start < 0) return undefined;
  const end = nameRunRight(tokens, start);
  if (tokens[end + 1]?.lower !== 'and' || !isName(tokens[end + 2]) || NOT_NAME_WORDS.has(tokens[end + 2]!.lower)) return undefined;
  const last = nameRunRight(tokens, end + 2);
  const other = parseSpeakerName(tokens.slice(end + 2, last + 1));
  if (other?.kind !== 'name' || !(other.person || other.candidate) || !(subject.person || subject.candidate)) return undefined;
  return { kind: 'description', text: `${subject.text} and ${other.text}`, person: true, at: subject.at };
}
