/**
 * The speaker phrase beside a cue, on the side the grammar puts it: before the verb ("X said", "X,
 * the chair of Y, said", "Rep. X (D-Wis.) said"), after it ("said X", "said engineer X", "according
 * to people familiar with …"), and the phrase ending at a token (a pronoun, a name, a description).
 */
import type { Token } from '../attribution-tokens.js';
import { descriptionPhrase, joinTokens, opensSentence, type SpeakerPhrase } from '../speaker-names.js';
import { parseSpeakerName } from './speaker-name.js';
import {
  isName as isName_,
  isWord as isWord_,
} from './token-kinds.js';
import { appositiveAfter, nameAfterQualifier, nameRunLeft, nameRunRight, roleThenName } from './name-runs.js';
import { coordinatedSubject, sentenceSubject } from './sentence-subject.js';
import type { CueSpeaker } from './types.js';
import {
  ALIAS_WORDS as ALIAS_WORDS_,
  ASPECT_VERBS as ASPECT_VERBS_,
  BARE_SPEAKER_HEADS as BARE_SPEAKER_HEADS_,
  BREAKS as BREAKS_,
  CATEGORY_NOUNS as CATEGORY_NOUNS_,
  CLAUSE_VERBS as CLAUSE_VERBS_,
  CONNECTORS as CONNECTORS_,
  COUNT_WORDS,
  DETERMINERS as DETERMINERS_,
  DOCUMENT_HEADS as DOCUMENT_HEADS_,
  FIRST_NAME_GENDER as FIRST_NAME_GENDER_,
  GROUP_PLURALS,
  HONORIFICS as HONORIFICS_,
  INFINITIVE_HEADS as INFINITIVE_HEADS_,
  ISSUING_VERBS as ISSUING_VERBS_,
  OWNER_PRONOUNS,
  MEMBER_COUNTS as MEMBER_COUNTS_,
  NOT_AGENT_NOUNS as NOT_AGENT_NOUNS_,
  KIN_HEADS as KIN_HEADS_,
  CLAUSE_JOINS as CLAUSE_JOINS_,
  OWNED_VOICES as OWNED_VOICES_,
  GENDERED_ROLES as GENDERED_ROLES_,
  PARENT_BY_COUNT,
  PERSON_HEADS as PERSON_HEADS_,
  NOT_NAME_WORDS as NOT_NAME_WORDS_,
  PARTY_WORDS as PARTY_WORDS_,
  PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_,
  POSSESSIVES as POSSESSIVES_,
  PREPOSITIONS as PREPOSITIONS_,
  RELATIVES as RELATIVES_,
  SAYING_NOUNS as SAYING_NOUNS_,
  ROLE_MODIFIERS_BEFORE as ROLE_MODIFIERS_BEFORE_,
  ROLE_NOUNS as ROLE_NOUNS_,
  ROLE_QUALIFIERS,
  SPEECH_VERBS as SPEECH_VERBS_,
  US_STATE_ENDS as US_STATE_ENDS_,
  US_STATES as US_STATES_,
  VERB_MODIFIERS as VERB_MODIFIERS_,
  RECORDINGS as RECORDINGS_,
  PART_OF as PART_OF_,
  PERSON_SUBJECT_PRONOUNS as PERSON_SUBJECT_PRONOUNS_,
  PLACE_PREPOSITIONS as PLACE_PREPOSITIONS_,
  NUMBER_WORDS as NUMBER_WORDS_,
  SPAN_WORDS as SPAN_WORDS_,
  TIME_NOUNS as TIME_NOUNS_,
  TIME_POINTERS as TIME_POINTERS_,
  WEEKDAYS as WEEKDAYS_,
  OBJECT_TO_SUBJECT as OBJECT_TO_SUBJECT_,
  JOINING_WORDS as JOINING_WORDS_,
  SETTING_PREPOSITIONS as SETTING_PREPOSITIONS_,
  SUBORDINATORS as SUBORDINATORS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const isWord = isWord_;
const ALIAS_WORDS = ALIAS_WORDS_;
const ASPECT_VERBS = ASPECT_VERBS_;
const BARE_SPEAKER_HEADS = BARE_SPEAKER_HEADS_;
const BREAKS = BREAKS_;
const CATEGORY_NOUNS = CATEGORY_NOUNS_;
const CLAUSE_VERBS = CLAUSE_VERBS_;
const CONNECTORS = CONNECTORS_;
const COUNT_WORD_SET = new Set(COUNT_WORDS);
const DETERMINERS = DETERMINERS_;
const DOCUMENT_HEADS = DOCUMENT_HEADS_;
const FIRST_NAME_GENDER = FIRST_NAME_GENDER_;
const HONORIFICS = HONORIFICS_;
const INFINITIVE_HEADS = INFINITIVE_HEADS_;
const ISSUING_VERBS = ISSUING_VERBS_;
const MEMBER_COUNTS = MEMBER_COUNTS_;
const NOT_AGENT_NOUNS = NOT_AGENT_NOUNS_;
const KIN_HEADS = KIN_HEADS_;
const CLAUSE_JOINS = CLAUSE_JOINS_;
const OWNED_VOICES = OWNED_VOICES_;
const GENDERED_ROLES = GENDERED_ROLES_;
const PERSON_HEADS = PERSON_HEADS_;
const NOT_NAME_WORDS = NOT_NAME_WORDS_;
const PARTY_WORDS = PARTY_WORDS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const PERSON_SUBJECT_PRONOUNS = PERSON_SUBJECT_PRONOUNS_;
const POSSESSIVES = POSSESSIVES_;
const PREPOSITIONS = PREPOSITIONS_;
const RELATIVES = RELATIVES_;
const SAYING_NOUNS = SAYING_NOUNS_;
const ROLE_MODIFIERS_BEFORE = ROLE_MODIFIERS_BEFORE_;
const ROLE_NOUNS = ROLE_NOUNS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const US_STATE_ENDS = US_STATE_ENDS_;
const US_STATES = US_STATES_;
const VERB_MODIFIERS = VERB_MODIFIERS_;

const RECORDINGS = RECORDINGS_;

const PART_OF = PART_OF_;
const PLACE_PREPOSITIONS = PLACE_PREPOSITIONS_;
const NUMBER_WORDS = NUMBER_WORDS_;
const SPAN_WORDS = SPAN_WORDS_;
const TIME_NOUNS = TIME_NOUNS_;
const TIME_POINTERS = TIME_POINTERS_;
const WEEKDAYS = WEEKDAYS_;
const OBJECT_TO_SUBJECT = OBJECT_TO_SUBJECT_;
const JOINING_WORDS = JOINING_WORDS_;
const SETTING_PREPOSITIONS = SETTING_PREPOSITIONS_;
const SUBORDINATORS = SUBORDINATORS_;

/** The speaker phrase ending at token `j`: a pronoun, a name, or a description back to its determiner. */
/** The person before "of Raleigh" / "from Columbia" (and an age between commas), or nothing: a place never speaks. */
function personBeforePlace(tokens: Token[], town: number): SpeakerPhrase | undefined {
  let k = town - 1;
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'from') return undefined;
  k--;
  if (tokens[k]?.text === ',') k--;
  if (/^\d+$/u.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',') k -= 2;
  return isName(tokens[k]) ? phraseEndingAt(tokens, k) : undefined;
}

/**
 * "one senior Democrat said", "a top Republican said", "one Labour MP said": a run of a party word
 * (and role nouns) after "a"/"one" and up to three lower-case modifiers is one unnamed member of the
 * party, a description as written; read as a name it became the bare party word.
 */
function unnamedMember(tokens: Token[], start: number, j: number): SpeakerPhrase | undefined {
  if (!PARTY_WORDS.has(tokens[start]!.lower)) return undefined;
  for (let m = start + 1; m <= j; m++) if (!PARTY_WORDS.has(tokens[m]!.lower) && !ROLE_NOUNS.has(tokens[m]!.lower)) return undefined;
  let k = start - 1;
  while (k >= 0 && start - k <= 3 && isWord(tokens[k]) && !tokens[k]!.upper && !MEMBER_COUNTS.has(tokens[k]!.lower) && !BREAKS.has(tokens[k]!.lower) && !PREPOSITIONS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(tokens[k]!.lower)) k--;
  if (k < 0 || !isWord(tokens[k]) || !MEMBER_COUNTS.has(tokens[k]!.lower)) return undefined;
  return descriptionPhrase(tokens.slice(k, j + 1));
}

function phraseEndingAt(tokens: Token[], j: number): SpeakerPhrase | undefined {
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  // "a young nurse who argued …", "Collins, who chairs …, said": "who" stands for the phrase before it.
  if (t.lower === 'who' || t.lower === 'which') return phraseEndingAt(tokens, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
  // "a letter from his doctor that says …": "that" right before the verb stands for the thing before it.
  if (t.lower === 'that' && SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '') && isWord(tokens[j - 1]) && !SPEECH_VERBS.has(tokens[j - 1]!.lower)) return phraseEndingAt(tokens, j - 1);
  if (PERSONAL_PRONOUNS.has(t.lower)) return { kind: 'pronoun', text: t.lower, person: false, at: t.start };
  // "Another added:": alone, "another" is someone else of the kind just described (resolve-speaker.ts).
  if (t.lower === 'another' && !isWord(tokens[j - 1])) return { kind: 'description', text: t.text, person: true, at: t.start };
  if (isName(t) && !NOT_NAME_WORDS.has(t.lower)) {
    const start = nameRunLeft(tokens, j);
    const member = unnamedMember(tokens, start, j);
    if (member) return member;
    // "Harold Bane, 30, of Raleigh, N.C., who …, said": a state after a town is where the speaker is from.
    if (tokens[start - 1]?.text === ',' && isName(tokens[start - 2]) && (US_STATES.has(t.lower) || US_STATE_ENDS.has(t.lower)) && US_STATES.has(tokens.slice(start, j + 1).map((w) => w.lower).join(' '))) return personBeforePlace(tokens, nameRunLeft(tokens, start - 2));
    // "a Facebook spokesman" style descriptions begin with a lowercase determiner just before the run.
    return parseSpeakerName(tokens.slice(start, j + 1));
  }
  // ("the 40-year-old said": an age ends a description too.)
  if (/^\p{Ll}/u.test(t.text) || /^\d+-year-old$/u.test(t.text)) {
    let k = j;
    let determiner = false;
    while (k >= 0 && j - k < 10) {
      const w = tokens[k];
      // (Right after a quotation the description starts: "“…,” county prosecutors wrote" is two words; a
      // comma may join adjectives, "the bespectacled, 71-year-old diplomat", and stays in the count.)
      if (!isWord(w)) {
        if (tokens[k]?.kind === 'quote') k++;
        break;
      }
      // ("the two wrote": a numeral heading the phrase after "the" is no determiner of its own.)
      if (DETERMINERS.has(w.lower) && !(k === j && COUNT_WORD_SET.has(w.lower) && tokens[k - 1]?.lower === 'the')) {
        determiner = true;
        break;
      }
      // "Trump's campaign manager said": a possessive name is the determiner.
      // "21 percent said", "49% say": a share of those asked, its number the determiner.
      if (k === j - 1 && /^\d[\d.,]*%?$/u.test(w.text) && (tokens[j]!.lower === 'percent' || tokens[j]!.lower === '%' || w.text.endsWith('%'))) {
        determiner = true;
        break;
      }
      if (k < j && w.lower === "'s" && isName(tokens[k - 1])) {
        k = nameRunLeft(tokens, k - 1);
        determiner = true;
        break;
      }
      if (k < j && BREAKS.has(w.lower) && w.lower !== 'and') {
        k++;
        break;
      }
      // (Not after a determiner: "one of the alleged victims" is one description.)
      if (k < j && SPEECH_VERBS.has(w.lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) {
        k++;
        break;
      }
      k--;
    }
    if (k < 0) k = 0;
    // "one of the group says", "two of the officers said": one or some of them, not the group itself.
    if (determiner && k >= 2 && tokens[k - 1]!.lower === 'of' && PART_OF.has(tokens[k - 2]!.lower)) k -= 2;
    const words = tokens.slice(k, j + 1);
    if (!determiner && !(words.length <= 2 && (BARE_SPEAKER_HEADS.test(t.lower) || ROLE_NOUNS.has(t.lower)))) return undefined;
    if (BREAKS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || PREPOSITIONS.has(t.lower)) return undefined;
    // "The Facebook CEO": a capitalised description is parsed as a role.
    const asName = parseSpeakerName(words);
    if (asName && asName.kind === 'description') return { ...asName, text: joinTokens(words) };
    return descriptionPhrase(words);
  }
  return undefined;
}

/**
 * "a statement from the family", "a statement released by Kessel Bank", "the letter issued by the bank": a
 * document before `from`, or before a participle of issuing and `by`, at token `at`; whom it is from is
 * who speaks through it (as "according to a statement from X" is X's).
 */
export function documentFrom(tokens: Token[], at: number): boolean {
  const preposition = tokens[at]?.lower;
  let head = at - 1;
  if (preposition === 'by' && ISSUING_VERBS.has(tokens[head]?.lower ?? '')) head--;
  else if (preposition !== 'from') return false;
  const t = tokens[head];
  return isWord(t) && !t.upper && DOCUMENT_HEADS.has(t.lower) && head - 1 >= 0 && isWord(tokens[head - 1]) && DETERMINERS.has(tokens[head - 1]!.lower);
}

/**
 * "In Ann Lee’s words: “…”", "in his own words", "In the words of one voter, “…”": whose words the
 * quotation is said to be, the noun "words" at `at`.
 */
export function wordsOwner(tokens: Token[], at: number): CueSpeaker | undefined {
  if (tokens[at]?.lower !== 'words') return undefined;
  if (tokens[at + 1]?.lower === 'of' && tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'in') return rightSpeaker(tokens, at + 1);
  let k = at - 1;
  if (tokens[k]?.lower === 'own') k--;
  const owner = tokens[k];
  if (!isWord(owner)) return undefined;
  const pronoun = OWNER_PRONOUNS.get(owner.lower);
  if (pronoun !== undefined) return tokens[k - 1]?.lower === 'in' ? { phrase: { kind: 'pronoun', text: pronoun, person: false, at: owner.start } } : undefined;
  if (owner.lower !== "'s" || !isName(tokens[k - 1])) return undefined;
  // ("In Ann Lee’s words" opening the sentence: the capitalised "In" runs into the name.)
  let start = nameRunLeft(tokens, k - 1);
  if (tokens[start]?.lower === 'in' && start < k - 1) start++;
  else if (tokens[start - 1]?.lower !== 'in') return undefined;
  const named = parseSpeakerName(tokens.slice(start, k));
  return named?.kind === 'name' ? { phrase: named } : undefined;
}

/**
 * "“…,” was Tom Bellamy’s reply.", "“…,” was his answer.", "“…,” was the response from Kessel Bank.": right
 * after a quotation, a form of "be" at `be` and a noun of what was said (`SAYING_NOUNS`, an adjective or two
 * before it) whose owner, or whom it came from, said the quoted words; the clause ends there.
 */
export function replyOwner(tokens: Token[], be: number): CueSpeaker | undefined {
  if (tokens[be - 1]?.kind !== 'quote') return undefined;
  const first = tokens[be + 1];
  if (!isWord(first)) return undefined;
  let k = be + 1;
  let owner: SpeakerPhrase | undefined;
  const pronoun = OWNER_PRONOUNS.get(first.lower);
  if (pronoun !== undefined && !first.upper) {
    owner = { kind: 'pronoun', text: pronoun, person: false, at: first.start };
    k++;
  } else if (isName(first) && !NOT_NAME_WORDS.has(first.lower)) {
    const end = nameRunRight(tokens, k);
    if (tokens[end + 1]?.lower !== "'s") return undefined;
    const named = parseSpeakerName(tokens.slice(k, end + 1));
    if (named?.kind !== 'name') return undefined;
    owner = named;
    k = end + 2;
  } else if (first.lower !== 'the') return undefined;
  else k++;
  // ("was his curt reply": up to two lower-case words before the noun.)
  let noun = k;
  while (noun < k + 2 && isWord(tokens[noun]) && !tokens[noun]!.upper && !SAYING_NOUNS.has(tokens[noun]!.lower)) noun++;
  if (!isWord(tokens[noun]) || !SAYING_NOUNS.has(tokens[noun]!.lower)) return undefined;
  const after = tokens[noun + 1];
  if (owner) return !after || after.text === '.' || after.text === ',' || after.text === ';' ? { phrase: owner } : undefined;
  // "the response from Kessel Bank": whom it came from, as after a cue.
  return after?.lower === 'from' ? rightSpeaker(tokens, noun + 1) : undefined;
}

/** Prepositions whose object qualifies a person description before them ("a lawyer for …", "a professor at …"; "of" heads a role's own phrase). */
const QUALIFYING_PREPOSITIONS = new Set(['for', 'at', 'with', 'from']);

/**
 * "A staff report released ahead of the hearing found …": a phrase (ending at token `j`) that is the
 * object of a preposition is not who speaks; the sentence's subject before it is.
 */
function subjectBeyondPreposition(tokens: Token[], j: number, phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  let k = j;
  while (k > 0 && tokens[k]!.start > phrase.at) k--;
  let b = k - 1;
  while (b > 0 && isWord(tokens[b]) && (tokens[b]!.upper || tokens[b]!.lower === 'the')) b--;
  const before = tokens[b];
  // "opposed to the overhaul" ("to" before a determiner or a name), not "to ask".
  const toObject = before?.lower === 'to' && (DETERMINERS.has(tokens[b + 1]?.lower ?? '') || isName(tokens[b + 1]));
  if (!before || !PREPOSITIONS.has(before.lower) || (before.lower === 'to' && !toObject) || before.lower === 'as') return undefined;
  // "A statement from the family read:", "A statement released by Kessel Bank said": the author, not the document.
  if (documentFrom(tokens, b)) return undefined;
  // "people familiar with the talks said", "two sources close to the bank said": they speak, and what
  // qualifies them stays with them (as after the cue: "according to people familiar with …").
  if ((before.lower === 'with' && tokens[b - 1]?.lower === 'familiar') || (before.lower === 'to' && tokens[b - 1]?.lower === 'close')) {
    const who = phraseEndingAt(tokens, b - 2);
    const from = who?.kind === 'description' ? tokens.findIndex((t) => t.start === who.at) : -1;
    if (who && from >= 0) {
      const text = joinTokens(tokens.slice(from, j + 1));
      return { ...who, text, role: text.replace(/^(?:the|a|an|one|another)\s+/iu, '') };
    }
  }
  // "Speaker of the House Rep. Ann Lee said": the preposition's object ends at a title inside the run; the titled person speaks.
  if (phrase.kind === 'name' && phrase.title) for (let t = k + 1; t < j; t++) if (HONORIFICS.has(tokens[t]!.lower) && tokens[t]!.upper) return undefined;
  // "hours after Tom Hale said …": a person right after "after"/"before" and then the verb is a clause's subject.
  // So is someone's relation or aide there ("… after his wife said", "before her lawyer spoke"), not an event
  // ("after the debate said"). (Any person-headed description, "after the front-runner said", was as right
  // on the text, but the training gold resolves that one to the sentence's subject: train -1.)
  if ((before.lower === 'after' || before.lower === 'before') && (phrase.kind === 'name' || (phrase.kind === 'description' && (phrase.person || phrase.gender !== undefined) && POSSESSIVES.has(tokens[b + 1]?.lower ?? '')))) return undefined;
  // So is a new one brought in by "a"/"an" ("… after a frantic guard shouted over the tannoy:"): an
  // indefinite phrase right before the verb introduces its subject, never the thing the main clause is about.
  if ((before.lower === 'after' || before.lower === 'before') && phrase.kind === 'description' && (tokens[b + 1]?.lower === 'a' || tokens[b + 1]?.lower === 'an')) return undefined;
  // "… when Reyes in his opening speech called": a name opening the clause right before a setting ("in",
  // "at", "during", "on" a speech, a rally …) is the verb's subject.
  if (SETTING_PREPOSITIONS.has(before.lower) && isName(tokens[b - 1])) {
    const start = nameRunLeft(tokens, b - 1);
    const opener = tokens[start - 1];
    if (start === 0 || !isWord(opener) || JOINING_WORDS.has(opener.lower) || SUBORDINATORS.has(opener.lower)) {
      const named = parseSpeakerName(tokens.slice(start, b));
      if (named?.kind === 'name') return named;
    }
  }
  // ("“…,” analysts at Kessel Securities wrote": after a quote no sentence subject is found; the people
  // right before the qualifying preposition are the subject.)
  let subject = sentenceSubject(tokens, b) ?? (QUALIFYING_PREPOSITIONS.has(before.lower) ? peopleBefore(tokens, b - 1) : undefined);
  if (!subject || subject.at >= phrase.at) return undefined;
  // "Brackwater Bank refused to comment, but a spokesman for the bank said": after ", but" (", while", ", yet")
  // a clause has a subject of its own, the one that speaks.
  for (let c = b - 1; c > 1 && tokens[c]!.start > subject.at; c--) {
    if (tokens[c - 1]!.text === ',' && CLAUSE_JOINS.has(tokens[c]!.lower)) {
      const own = sentenceSubject(tokens.slice(c + 1), b - c - 1, false);
      if (own && own.at < phrase.at) subject = own;
      break;
    }
  }
  // "a spokeswoman for Kessel Bank said": an unnamed person brought in ("a", "another") is shown with what
  // qualifies the description, as after the cue. (A definite one, "the chief executive of …", is someone the
  // article names, found by its head and role words: the qualifier would hide them.) "close to" qualifies as
  // "familiar with" does ("a source close to the bank").
  const qualifies = QUALIFYING_PREPOSITIONS.has(before.lower) || (before.lower === 'to' && tokens[b - 1]?.lower === 'close');
  // (Also a bare group or a count of people: "analysts at Kessel Securities wrote", "two officials at the ministry said".)
  if (subject.kind === 'description' && qualifies && (/^(?:an?|another|one|two|three|four|five|several|some|many)\s/iu.test(subject.text) || GROUP_PLURALS.has(subject.text.toLowerCase()))) {
    let from = b - 1;
    while (from > 0 && tokens[from]!.start > subject.at) from--;
    if (tokens[from]!.start === subject.at && joinTokens(tokens.slice(from, b)) === subject.text) {
      const text = joinTokens(tokens.slice(from, j + 1));
      return { ...subject, text, role: text.replace(/^(?:the|a|an|one|another)\s+/iu, '') };
    }
  }
  return subject;
}

/** People described right before a qualifying preposition (ending at `j`): a person's description or a bare group. */
function peopleBefore(tokens: Token[], j: number): SpeakerPhrase | undefined {
  const who = phraseEndingAt(tokens, j);
  return who?.kind === 'description' && (who.person || GROUP_PLURALS.has(who.text.toLowerCase())) ? who : undefined;
}

/**
 * "as he, the Dane described it": a description (ending at `j`) in apposition after a subject pronoun and
 * a comma, its closing comma dropped, describes the pronoun's person: the pronoun speaks, resolved as usual.
 */
function pronounBeforeApposition(tokens: Token[], j: number, phrase: SpeakerPhrase): SpeakerPhrase | undefined {
  if (phrase.kind === 'pronoun') return undefined;
  let k = j;
  while (k > 0 && tokens[k - 1]!.start >= phrase.at) k--;
  if (DETERMINERS.has(tokens[k - 1]?.lower ?? '')) k--;
  const pronoun = tokens[k - 2];
  if (tokens[k - 1]?.text !== ',' || !isWord(pronoun) || !PERSON_SUBJECT_PRONOUNS.has(pronoun.lower)) return undefined;
  return { kind: 'pronoun', text: pronoun.lower, person: false, at: pronoun.start };
}

/**
 * The first token at or before `j` that is no adverb of the verb ("quickly said", "also told"). A
 * module function, not a closure in leftSpeaker: tsx (keepNames) names every closure as it is created,
 * on every cue.
 */
function skipModifiers(tokens: Token[], j: number): number {
  while (j >= 0 && isWord(tokens[j]) && (VERB_MODIFIERS.has(tokens[j]!.lower) || (/^\p{Ll}+ly$/u.test(tokens[j]!.text) && !ownedNoun(tokens, j)))) j--;
  return j;
}

/** "spokesman", "lawyers", "family", "campaign": someone or some people who speak for whoever has them. */
function voiceOfOwner(head: string): boolean {
  const one = head.endsWith('s') && !OWNED_VOICES.has(head) ? head.slice(0, -1) : head;
  return OWNED_VOICES.has(head) || ROLE_NOUNS.has(one) || PERSON_HEADS.has(one) || KIN_HEADS.has(one) || GENDERED_ROLES.has(one);
}

/** "the family", "his family", "Ann Lee’s family": a word in -ly after a determiner or an owner is a noun, not an adverb. */
function ownedNoun(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1]?.lower ?? '';
  return DETERMINERS.has(before) || POSSESSIVES.has(before) || before === "'s";
}

/**
 * "master of ceremonies", "chief of staff", "deputy chief of staff": lower-case role words from `j`
 * to before `k` whose head before "of" is a role noun or an agent noun ("-er", "-or"), with one word
 * or two after "of" and no other preposition; the name after them speaks.
 */
function roleJoinedByOf(tokens: Token[], j: number, k: number): boolean {
  let of = -1;
  for (let m = j; m < k; m++) {
    const w = tokens[m]!.lower;
    if (w === 'of' && of < 0) of = m;
    else if (PREPOSITIONS.has(w) || SPEECH_VERBS.has(w)) return false;
  }
  if (of <= j || k - of < 2 || k - of > 3) return false;
  const head = tokens[of - 1]!.lower;
  return ROLE_NOUNS.has(head) || /\p{L}{3}(?:er|or)$/u.test(head);
}

/**
 * Where a phrase of time ending at `j` ("on Tuesday", "last week", "earlier this month", "two weeks ago",
 * "less than a month ago") leaves off: the index of the word before it, or `j` when there is none.
 */
function timePhraseStart(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!isWord(t)) return j;
  if (WEEKDAYS.has(t.lower) && tokens[j - 1]?.lower === 'on') return j - 2;
  if (TIME_NOUNS.has(t.lower) && TIME_POINTERS.has(tokens[j - 1]?.lower ?? '')) return tokens[j - 2]?.lower === 'earlier' || tokens[j - 2]?.lower === 'later' ? j - 3 : j - 2;
  if (t.lower === 'ago' && TIME_NOUNS.has(tokens[j - 1]?.lower ?? '')) {
    let k = j - 2;
    while (k >= 0 && j - k <= 6 && isWord(tokens[k]) && (NUMBER_WORDS.has(tokens[k]!.lower) || SPAN_WORDS.has(tokens[k]!.lower) || /^\d+$/u.test(tokens[k]!.text))) k--;
    return k < j - 2 ? k : j;
  }
  return j;
}

/** The speaker before a cue: "X said", "X, the chair of Y, said", "Rep. X (D-Wis.) said", "supporters … began chanting". */
export function leftSpeaker(tokens: Token[], cue: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  let j = skipModifiers(tokens, cue - 1);
  // "Ann Lee on Tuesday said", "The board less than two weeks ago said": a phrase of time before the verb.
  // (Only after what can be a subject: not "the groups who wrote to her on Thursday say".)
  const time = timePhraseStart(tokens, j);
  const subject = tokens[time];
  if (time < j && isWord(subject) && !OBJECT_TO_SUBJECT.has(subject.lower) && subject.lower !== 'me' && !PREPOSITIONS.has(subject.lower)) j = skipModifiers(tokens, time);
  // "supporters in the upper deck began chanting": an aspect verb before a gerund cue.
  const aspect = tokens[cue]!.lower.endsWith('ing') && j >= 0 && ASPECT_VERBS.has(tokens[j]!.lower);
  if (aspect) j = skipModifiers(tokens, j - 1);
  // "he is set to testify": only a few heads join a subject to an infinitive ("in Michigan to ask" does not).
  if (j >= 1 && tokens[j]!.lower === 'to' && INFINITIVE_HEADS.has(tokens[j - 1]!.lower)) j = skipModifiers(tokens, j - 2);
  // "Gov. Ann Lee (R-OH), said": a stray comma after a name's parenthesis (not "…, who … (it failed), says").
  if (j >= 1 && tokens[j]!.text === ',' && tokens[j - 1]!.text === ')') {
    let k = j - 2;
    while (k >= 0 && tokens[k]!.text !== '(' && j - k < 6) k--;
    if (k >= 1 && tokens[k]!.text === '(' && isName(tokens[k - 1]) && tokens.slice(k + 1, j - 1).every((t) => t.upper)) j--;
  }
  // "Rep. Ada Whitlow (D-Wis.) said": step over a parenthesis.
  if (j >= 0 && tokens[j]!.text === ')') {
    let k = j - 1;
    while (k >= 0 && tokens[k]!.text !== '(' && j - k < 12) k--;
    if (k >= 0 && tokens[k]!.text === '(') j = k - 1;
  }
  if (j < 0) return undefined;
  if (tokens[j]!.text === ',') {
    // "X, the chair of Y, said": find the comma that opens the appositive.
    let k = j - 1;
    while (k >= 0 && (tokens[k]!.kind === 'word' || tokens[k]!.text === '&') && j - k <= 24) k--;
    // "Ann Lee, during a town hall in Dunmore, Ohio, said": a state after a town belongs to the phrase before it.
    if (k >= 2 && tokens[k]!.text === ',' && isName(tokens[k - 1]) && US_STATES.has(joinLower(tokens, k + 1, j))) {
      const town = nameRunLeft(tokens, k - 1);
      k = town - 1;
      while (k >= 0 && tokens[k]!.kind === 'word' && j - k <= 30) k--;
      // "… after a woman in Dover, Delaware, told him": with no comma opening a phrase, the person the
      // town follows ("in", "from", "of") speaks; not a thing there ("a rally in Dover, Delaware,").
      const place = tokens[town - 1];
      if (!(k >= 0 && tokens[k]!.text === ',') && isWord(place) && (PLACE_PREPOSITIONS.has(place.lower) || place.lower === 'of')) {
        const person = phraseEndingAt(tokens, town - 2);
        if (person?.kind === 'description' && (person.person || person.gender !== undefined)) return { phrase: person };
      }
    }
    if (k >= 0 && tokens[k]!.text === ',') {
      // "His former partner, Ivo B. Marsh, called …": the name between the commas speaks.
      const between = tokens.slice(k + 1, j);
      // "Ann Lee, the editor of the city's paper, The Harbour Ledger, said": the name between the last
      // commas is in apposition to the appositive's noun; the person before the appositive speaks.
      const outer = personBeforeAppositive(tokens, k);
      if (outer && between.every((t) => isName(t) || (isWord(t) && CONNECTORS.has(t.lower)))) return outer;
      // ("Sen. Ann Lee, Democrat of Ohio, said": a party and a state between the commas are her role.)
      if (between.length > 1 && between.every((t) => isName(t) || (isWord(t) && CONNECTORS.has(t.lower))) && isName(between[0]) && !PARTY_WORDS.has(between[0]!.lower) && !titleOfPlace(between)) {
        const named = parseSpeakerName(between);
        if (named?.kind === 'name') {
          // "The company's chief executive, Tim Cook, wrote": the description before is the role.
          const described = phraseEndingAt(tokens, k - 1);
          // Only a description that opens the clause ("A spokeswoman for the department, …" is not "the department").
          let from = k - 1;
          while (from > 0 && tokens[from]!.start > (described?.at ?? 0)) from--;
          if (from > 0 && DETERMINERS.has(tokens[from - 1]!.lower)) from--;
          const opensClause = from === 0 || !isWord(tokens[from - 1]);
          // Not "His former partner, …": a role relative to someone else's pronoun says little on its own.
          const relative = /^(?:his|her|their|its|our|my)\s/iu.test(described?.text ?? '');
          return described?.kind === 'description' && described.role && !described.gender && !relative && opensClause ? { phrase: named, role: described.role } : { phrase: named };
        }
      }
      const apposition = appositiveAfter(tokens, k) ?? agentAppositive(tokens, k, j);
      const who = tokens[k + 1]?.lower === 'who';
      if (apposition?.end === j || who) {
        const phrase = phraseEndingAt(tokens, k - 1);
        // "A spokesman for the mayor, who declined to be named, told …": the spokesman, not the mayor.
        const wider = phrase && phrase.kind !== 'pronoun' ? subjectBeyondPreposition(tokens, k - 1, phrase) : undefined;
        if (wider) return { phrase: wider };
        if (phrase) return apposition ? { phrase, role: apposition.role } : { phrase };
      }
      // "Clinton, meanwhile, said", "The report, released by the committee on Monday, said": an
      // interjected adverb or participle phrase between commas; the phrase before it speaks.
      const first = tokens[k + 1];
      // "One resident, named only as Tarik, told": the name the description goes by speaks.
      const alias = isWord(first) && ALIAS_WORDS.has(first.lower) ? aliasUpTo(tokens, k + 2, j) : undefined;
      if (alias) return { phrase: alias };
      if (isWord(first) && !first.upper && (j - k === 2 || /\p{L}(?:ed|ing)$/u.test(first.lower) || PREPOSITIONS.has(first.lower))) {
        const phrase = phraseEndingAt(tokens, k - 1);
        if (phrase) return { phrase };
      }
      const chained = personBeforeAppositiveChain(tokens, k);
      if (chained) return chained;
    }
    return undefined;
  }
  const phrase = phraseEndingAt(tokens, j);
  const joint = phrase?.kind === 'name' ? jointSpeakers(tokens, j, phrase) : undefined;
  if (joint) return { phrase: joint };
  const apposed = phrase ? pronounBeforeApposition(tokens, j, phrase) : undefined;
  if (apposed) return { phrase: apposed };
  const titled = phrase?.kind === 'name' ? personBeforeTitle(tokens, phrase) ?? personOfBody(tokens, phrase) ?? personBeforeOpenRole(tokens, phrase) : undefined;
  if (titled) return titled;
  // Not for a participle ("footage of Ann Lee asking") or a relative ("a letter from his doctor that says");
  // but "X can be heard in the video warning …": a recording a participle follows is where X speaks.
  const recording = phrase?.kind === 'description' && tokens[cue]!.lower.endsWith('ing') && RECORDINGS.has(tokens[j]!.lower);
  if (phrase && phrase.kind !== 'pronoun' && (aspect || recording || !tokens[cue]!.lower.endsWith('ing')) && !RELATIVES.has(tokens[j]!.lower)) {
    const wider = subjectBeyondPreposition(tokens, j, phrase);
    if (wider) return { phrase: wider };
  }
  return phrase ? { phrase } : undefined;
}

/**
 * "Ada Quist and Tom Bellamy said": two people named as the clause's subject speak together (the
 * first opens the clause: "… met Ada Quist and Tom Bellamy said" is not a pair); the pair is the one
 * `coordinatedSubject` reads for a later "they".
 */
function jointSpeakers(tokens: Token[], end: number, second: SpeakerPhrase): SpeakerPhrase | undefined {
  if (!(second.person || second.candidate)) return undefined;
  const start = nameRunLeft(tokens, end);
  if (tokens[start - 1]?.lower !== 'and' || !isName(tokens[start - 2])) return undefined;
  const from = nameRunLeft(tokens, start - 2);
  const opener = tokens[from - 1];
  if (opener !== undefined && isWord(opener) && opener.lower !== 'both') return undefined;
  return coordinatedSubject(tokens, parseSpeakerName(tokens.slice(from, start - 1)));
}

/**
 * "MP for Ashby North", "Mayor of Ashby", "Chief Executive of Kessel Bank": capitalised role words and
 * then "of", "for" or "at" are a post and where it is held, never a name.
 */
function titleOfPlace(words: Token[]): boolean {
  let m = 0;
  while (m < words.length && (ROLE_NOUNS.has(words[m]!.lower) || ROLE_QUALIFIERS.has(words[m]!.lower))) m++;
  const after = words[m]?.lower;
  return m > 0 && (after === 'of' || after === 'for' || after === 'at');
}

/** "named [only] as Tarik" from `from` (after the participle) to the comma at `end`: the name, a person. */
function aliasUpTo(tokens: Token[], from: number, end: number): SpeakerPhrase | undefined {
  let k = from;
  if (tokens[k]?.lower === 'only' || tokens[k]?.lower === 'simply') k++;
  if (tokens[k]?.lower !== 'as' || !isName(tokens[k + 1]) || nameRunRight(tokens, k + 1) !== end - 1) return undefined;
  const named = parseSpeakerName(tokens.slice(k + 1, end));
  return named?.kind === 'name' ? { ...named, person: true } : undefined;
}

/**
 * "Dorran Quelch, a Lee supporter, told": an appositive between the commas `comma` and `end` of a
 * determiner and at most three words ending in an agent noun the role list lacks ("supporter",
 * "organizer" …), right after a name: the name's role. (Only here, before a cue: read everywhere, as
 * a name's role in the registry, it cost more than it gave.)
 */
function agentAppositive(tokens: Token[], comma: number, end: number): { role: string; end: number } | undefined {
  const n = end - comma - 1;
  if (n < 2 || n > 4 || (tokens[comma + 1]!.lower !== 'a' && tokens[comma + 1]!.lower !== 'an') || !isName(tokens[comma - 1])) return undefined;
  const head = tokens[end - 1]!;
  if (head.upper || head.lower.length < 5 || !/(?:er|or|ist|ian|ant|ent)$/u.test(head.lower) || PREPOSITIONS.has(head.lower) || BREAKS.has(head.lower) || SPEECH_VERBS.has(head.lower) || NOT_AGENT_NOUNS.has(head.lower)) return undefined;
  for (let k = comma + 2; k < end - 1; k++) if (!isWord(tokens[k]) || BREAKS.has(tokens[k]!.lower) || PREPOSITIONS.has(tokens[k]!.lower) || SPEECH_VERBS.has(tokens[k]!.lower)) return undefined;
  return { role: joinTokens(tokens.slice(comma + 2, end)), end };
}

/**
 * "as Archbishop Ann Lee of the Orthodox Patriarchate of Lindmoor told": the body after "of (the)" is
 * where the person before it works; a person shown to be one (a title, a role word, a known first
 * name) speaks, with the body in the role.
 */
function personOfBody(tokens: Token[], body: SpeakerPhrase): { phrase: SpeakerPhrase; role: string } | undefined {
  const s = tokens.findIndex((t) => t.start === body.at);
  let k = s - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (k < 1 || tokens[k]!.lower !== 'of' || !isName(tokens[k - 1])) return undefined;
  const start = nameRunLeft(tokens, k - 1);
  const named = parseSpeakerName(tokens.slice(start, k));
  if (named?.kind !== 'name' || !named.text.includes(' ') || !(named.person || named.role || named.gender)) return undefined;
  return { phrase: named, role: joinTokens(tokens.slice(k + 1, s)) + (k + 1 < s ? ' ' : '') + body.text };
}

/** Tokens [from, to) lower-cased and joined by spaces ("new hampshire"). */
function joinLower(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += (k > from ? ' ' : '') + tokens[k]!.lower;
  return out;
}

/**
 * "Ann Lee, the editor in chief of the city's paper, The Harbour Ledger, said": the appositive that
 * ends at the comma `comma` (with a determiner and a role noun), and the person's name opening the
 * clause before it, which is who speaks.
 */
function personBeforeAppositive(tokens: Token[], comma: number): { phrase: SpeakerPhrase; role: string } | undefined {
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && comma - k <= 24) k--;
  if (k < 1 || tokens[k]!.text !== ',' || !DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return undefined;
  const apposition = appositiveAfter(tokens, k);
  if (apposition?.end !== comma || !isName(tokens[k - 1])) return undefined;
  const start = nameRunLeft(tokens, k - 1);
  if (start > 0 && isWord(tokens[start - 1]) && !tokens[start - 1]!.upper) return undefined;
  const named = parseSpeakerName(tokens.slice(start, k));
  return named?.kind === 'name' && named.text.includes(' ') ? { phrase: named, role: apposition.role } : undefined;
}

/**
 * "Mark Holloway, chairman of the board of Freedom Partners, the network's funding arm, said", "Sen.
 * Ann Lee, the Ohio Republican who heads the committee, which oversees the bank, said": an appositive
 * after a person's name opening the clause, then up to two more phrases between commas that describe
 * what it ends with (a description, or a relative clause); the person speaks. `comma` opens the last phrase.
 */
function personBeforeAppositiveChain(tokens: Token[], comma: number): { phrase: SpeakerPhrase; role: string } | undefined {
  let c = comma;
  for (let n = 0; n < 3; n++) {
    const opener = tokens[c + 1];
    if (!isWord(opener) || !(DETERMINERS.has(opener.lower) || opener.lower === 'which' || opener.lower === 'who' || opener.lower === 'whose')) return undefined;
    let k = c - 1;
    while (k >= 0 && tokens[k]!.kind === 'word' && c - k <= 24) k--;
    if (k < 1 || tokens[k]!.text !== ',') return undefined;
    const apposition = appositiveAfter(tokens, k);
    if (apposition?.end === c && isName(tokens[k - 1])) {
      const start = nameRunLeft(tokens, k - 1);
      if (start > 0 && isWord(tokens[start - 1])) return undefined;
      const named = parseSpeakerName(tokens.slice(start, k));
      return named?.kind === 'name' && (named.text.includes(' ') || named.person) ? { phrase: named, role: apposition.role } : undefined;
    }
    c = k;
  }
  return undefined;
}

/**
 * "Ann Lee, president and CEO of Harbour Bank stated": a capitalised role opening the run before the
 * verb, after lower-case role words and a comma that follows a person's name opening the clause: an
 * appositive whose closing comma was dropped; the person speaks, the rest is the role.
 */
function personBeforeOpenRole(tokens: Token[], run: SpeakerPhrase): { phrase: SpeakerPhrase; role: string } | undefined {
  const s = tokens.findIndex((t) => t.start === run.at);
  if (s < 3 || !ROLE_NOUNS.has(tokens[s]!.lower)) return undefined;
  let k = s - 1;
  while (k >= 0 && s - k <= 4 && isWord(tokens[k]) && !tokens[k]!.upper && (ROLE_NOUNS.has(tokens[k]!.lower) || tokens[k]!.lower === 'and')) k--;
  if (k < 1 || tokens[k]!.text !== ',' || !isName(tokens[k - 1])) return undefined;
  const start = nameRunLeft(tokens, k - 1);
  if (start > 0 && isWord(tokens[start - 1])) return undefined;
  const named = parseSpeakerName(tokens.slice(start, k));
  if (named?.kind !== 'name' || !named.text.includes(' ')) return undefined;
  return { phrase: named, role: `${joinTokens(tokens.slice(k + 1, s))} ${run.text}`.trim() };
}

/**
 * "Mark Dent, Director, Ipsos Scotland said": a person's name opening the clause, a title and the
 * body between commas, then the verb. The body is where the person works, not the speaker.
 */
function personBeforeTitle(tokens: Token[], body: SpeakerPhrase): { phrase: SpeakerPhrase; role: string } | undefined {
  const s = tokens.findIndex((t) => t.start === body.at);
  if (s < 3 || tokens[s - 1]!.text !== ',') return undefined;
  let k = s - 2;
  while (k >= 0 && isWord(tokens[k]) && s - 2 - k < 3) k--;
  if (k < 1 || tokens[k]!.text !== ',' || k === s - 2) return undefined;
  const title = tokens.slice(k + 1, s - 1);
  if (!title.every((t) => isWord(t) && (t.upper || CONNECTORS.has(t.lower))) || !title.some((t) => ROLE_NOUNS.has(t.lower))) return undefined;
  const start = nameRunLeft(tokens, k - 1);
  if (start > 0 && isWord(tokens[start - 1])) return undefined;
  const named = parseSpeakerName(tokens.slice(start, k));
  if (named?.kind !== 'name' || !FIRST_NAME_GENDER.has(tokens[start]!.lower)) return undefined;
  return { phrase: { ...named, person: true }, role: `${joinTokens(title)}, ${body.text}` };
}

/**
 * "said Lee ally James Carter", "wrote Post bureau chief Julia Eames": right after a cue, a
 * capitalised run, one or two lower-case nouns and a full name with a known first name. In that
 * place the words cannot be a verb, so the name speaks and the rest is the role. When the lower-case
 * words end in a role noun ("party boss", "co-host") the name's first name need not be a known one:
 * the role noun already says a person's name follows. A rank written with an ordinal before a title
 * ("said Coast Guard 2nd Lt. Ann Lee") is read the same way.
 */
function describedAfterCue(tokens: Token[], start: number, end: number): { phrase: SpeakerPhrase; role: string } | undefined {
  let k = end + 1;
  if (ORDINAL.test(tokens[k]?.lower ?? '') && HONORIFICS.has(tokens[k + 1]?.lower ?? '') && isName(tokens[k + 2]) && isName(tokens[k + 3])) {
    const last = nameRunRight(tokens, k + 1);
    const phrase = parseSpeakerName(tokens.slice(k + 1, last + 1));
    if (phrase?.kind !== 'name') return undefined;
    return { phrase: { ...phrase, person: true }, role: joinTokens(tokens.slice(start, k + 2)) };
  }
  while (k < tokens.length && k - end <= 2 && isWord(tokens[k]) && !tokens[k]!.upper && !BREAKS.has(tokens[k]!.lower) && !PREPOSITIONS.has(tokens[k]!.lower) && !CONNECTORS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(tokens[k]!.lower) && !VERB_MODIFIERS.has(tokens[k]!.lower) && !/(?:ing|ed)$/u.test(tokens[k]!.lower)) k++;
  if (k === end + 1 || !isName(tokens[k]) || !isName(tokens[k + 1])) return undefined;
  const roleHead = tokens[k - 1]!.lower;
  const roleNoun = ROLE_NOUNS.has(roleHead) || CATEGORY_NOUNS.has(roleHead) || ROLE_NOUNS.has(roleHead.slice(roleHead.lastIndexOf('-') + 1));
  if (!FIRST_NAME_GENDER.has(tokens[k]!.lower) && !(roleNoun && !NOT_NAME_WORDS.has(tokens[k]!.lower) && !HONORIFICS.has(tokens[k]!.lower))) return undefined;
  const last = nameRunRight(tokens, k);
  const phrase = parseSpeakerName(tokens.slice(k, last + 1));
  if (phrase?.kind !== 'name') return undefined;
  return { phrase: { ...phrase, person: true }, role: joinTokens(tokens.slice(start, k)) };
}

/** An ordinal written in figures ("1st", "2nd", "23rd"), as in a military rank. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/u;

/** The speaker after a cue: "said X", "said engineer X", "according to people familiar with …", "said one voter, Ann Lee". */
export function rightSpeaker(tokens: Token[], cue: number): { phrase: SpeakerPhrase; role?: string } | undefined {
  const j = cue + 1;
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  // "said her campaign “should know better”": a possessive before a noun is a description, read below.
  const possessive = POSSESSIVES.has(t.lower) && isWord(tokens[j + 1]) && !tokens[j + 1]!.upper;
  if (PERSONAL_PRONOUNS.has(t.lower) && !possessive) return { phrase: { kind: 'pronoun', text: t.lower, person: false, at: t.start } };
  if (isName(t)) {
    const end = nameRunRight(tokens, j);
    // "said Ann Lee’s border plan was “…”": what was said, not who said it.
    if (tokens[end + 1]?.lower === "'s") {
      let k = end + 2;
      while (k < tokens.length && k - end <= 4 && isWord(tokens[k]) && !tokens[k]!.upper && !CLAUSE_VERBS.has(tokens[k]!.lower)) k++;
      if (CLAUSE_VERBS.has(tokens[k]?.lower ?? '')) return undefined;
      // "said Ann Lee’s deputy campaign manager, Bo Reyes, who …": a role of hers, then the person in
      // apposition to it, who speaks (the role ends in a role or agent noun; the name ends the phrase).
      const head = tokens[k - 1]!.lower;
      if (k > end + 2 && tokens[k]?.text === ',' && isName(tokens[k + 1]) && (ROLE_NOUNS.has(head) || /\p{L}{3}(?:er|or|man|woman|person)$/u.test(head))) {
        const last = nameRunRight(tokens, k + 1);
        const after = tokens[last + 1];
        const named = parseSpeakerName(tokens.slice(k + 1, last + 1));
        if ((!after || after.text === ',' || after.text === '.') && named?.kind === 'name') return { phrase: named, role: joinTokens(tokens.slice(j, k)) };
      }
      // "said Ann Lee’s spokesman.", "said Ann Lee’s family": where the clause ends there, the person or
      // the people she has speak, not she ("according to Ann Lee’s memoir" is still hers).
      const stop = tokens[k];
      const owned = tokens.slice(end + 2, k);
      if (owned.length > 0 && voiceOfOwner(owned[owned.length - 1]!.lower) && !owned.some((w) => PREPOSITIONS.has(w.lower) || DETERMINERS.has(w.lower)) && (!stop || stop.text === '.' || (stop.text === ',' && !isName(tokens[k + 1])))) {
        const voice = descriptionPhrase(tokens.slice(j, k));
        if (voice) return { phrase: voice };
      }
    }
    const later = roleThenName(tokens, j, end) ?? describedAfterCue(tokens, j, end);
    if (later) return later;
    // "says Ashby mayor.", "said Kessel Bank chief executive.": a place's or body's post with no name after
    // it (a headline's way) is a description of its holder, not the place.
    let k = end + 1;
    while (k < tokens.length && k - end <= 3 && isWord(tokens[k]) && !tokens[k]!.upper && (ROLE_NOUNS.has(tokens[k]!.lower) || ROLE_QUALIFIERS.has(tokens[k]!.lower))) k++;
    if (k > end + 1 && ROLE_NOUNS.has(tokens[k - 1]!.lower) && !isWord(tokens[k])) {
      const post = descriptionPhrase(tokens.slice(j, k));
      if (post) return { phrase: post };
    }
    const phrase = parseSpeakerName(tokens.slice(j, end + 1));
    if (!phrase) return undefined;
    const apposition = appositiveAfter(tokens, end + 1);
    return apposition ? { phrase, role: apposition.role } : { phrase };
  }
  // "said former Utah governor Ann Lee": a modifier, a place, the role, the name.
  if (ROLE_MODIFIERS_BEFORE.has(t.lower) && !t.upper && isName(tokens[j + 1]) && !NOT_NAME_WORDS.has(tokens[j + 1]!.lower)) {
    const later = roleThenName(tokens, j, nameRunRight(tokens, j + 1));
    if (later) return later;
  }
  if (/^\p{Ll}/u.test(t.text) && !BREAKS.has(t.lower) && !DETERMINERS.has(t.lower)) {
    // "said engineer Paulo Reis": lower-case role words, then the name.
    let k = j;
    while (k < tokens.length && k - j < 4 && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k]!.text) && !BREAKS.has(tokens[k]!.lower)) k++;
    // (A fourth word only in a role joined by "of": "deputy chief of staff".)
    const joined = roleJoinedByOf(tokens, j, k);
    if (k - j === 4 && !joined) k--;
    const roleHead = tokens[k - 1]!.lower;
    const looksLikeRole =
      joined ||
      ROLE_NOUNS.has(roleHead) ||
      // ("said neighbour Tom Bell", "said dad-of-two Tom Bell": a kind of person or a relative, as the tabloids write them.)
      PERSON_HEADS.has(roleHead) || KIN_HEADS.has(roleHead) || PARENT_BY_COUNT.test(roleHead) ||
      (/(?:er|or|ist|ian|ant|ent)$/u.test(roleHead) && !PREPOSITIONS.has(roleHead) && !BREAKS.has(roleHead) && !tokens.slice(j, k).some((w) => /(?:ing|ed)$/u.test(w.lower) || PREPOSITIONS.has(w.lower)));
    // ("said fertility specialist Dr. Omar Vell": a title before the name is no sentence start.)
    if (k > j && looksLikeRole && isName(tokens[k]) && (!NOT_NAME_WORDS.has(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower))) {
      const end = nameRunRight(tokens, k);
      const phrase = parseSpeakerName(tokens.slice(k, end + 1));
      if (phrase?.kind === 'name') {
        const role = joinTokens(tokens.slice(j, k)) + (phrase.role ? ` ${phrase.role}` : '');
        const apposition = appositiveAfter(tokens, end + 1);
        return { phrase: { ...phrase, role, person: true }, ...(apposition ? { role: apposition.role } : {}) };
      }
    }
  }
  if (/^\p{Ll}/u.test(t.text) && !BREAKS.has(t.lower)) {
    let end = j;
    while (end + 1 < tokens.length && isWord(tokens[end + 1]) && end - j < 3 && !BREAKS.has(tokens[end + 1]!.lower) && /^\p{Ll}/u.test(tokens[end + 1]!.text)) end++;
    // "according to people familiar with the matter": the description ends at its head noun.
    for (let h = j; h < end; h++) {
      if (BARE_SPEAKER_HEADS.test(tokens[h]!.lower) && !SPEECH_VERBS.has(tokens[h]!.lower) && !BARE_SPEAKER_HEADS.test(tokens[h + 1]!.lower) && !ROLE_NOUNS.has(tokens[h + 1]!.lower)) {
        end = h;
        break;
      }
    }
    const head = tokens[end]!.lower;
    if (!DETERMINERS.has(t.lower) && !DETERMINERS.has(head) && !PERSONAL_PRONOUNS.has(head) && (BARE_SPEAKER_HEADS.test(head) || ROLE_NOUNS.has(head)) && !SPEECH_VERBS.has(head)) {
      const phrase = descriptionPhrase(tokens.slice(j, end + 1));
      return phrase ? { phrase } : undefined;
    }
  }
  if (DETERMINERS.has(t.lower)) {
    let end = j;
    while (end + 1 < tokens.length && isWord(tokens[end + 1]) && end - j < 7 && !BREAKS.has(tokens[end + 1]!.lower) && !opensSentence(tokens[end + 1])) end++;
    // "said the race is tightening": a description followed by its own verb begins what was said;
    // so does one followed by the quote ('said her campaign “should know better”').
    if (CLAUSE_VERBS.has(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.kind === 'quote') return undefined;
    // "said one voter, Ann Lee, 52": the name in apposition speaks, the description is their role.
    if (tokens[end + 1]?.text === ',' && isName(tokens[end + 2]) && !NOT_NAME_WORDS.has(tokens[end + 2]!.lower)) {
      const last = nameRunRight(tokens, end + 2);
      const named = parseSpeakerName(tokens.slice(end + 2, last + 1));
      // ("according to the ministry, Tom Bellamy is …": a name a lower-case word other than a preposition
      // follows, its verb, opens a clause of its own.)
      const next = tokens[last + 1];
      const ownClause = isWord(next) && !next.upper && !PREPOSITIONS.has(next.lower) && next.lower !== 'who';
      if (named?.kind === 'name' && !ownClause) return { phrase: named, role: joinTokens(tokens.slice(j + 1, end + 1)) };
    }
    const qualified = nameAfterQualifier(tokens, end);
    if (qualified) return { phrase: qualified.phrase, role: joinTokens(tokens.slice(j + 1, qualified.comma)) };
    // "said a statement released by the ministry": the description stopped at "by", after the document's
    // participle of issuing; whom it is by is its author all the same.
    const issued = tokens[end + 1]?.lower === 'by' && end - 1 > j && ISSUING_VERBS.has(tokens[end]!.lower) && DOCUMENT_HEADS.has(tokens[end - 1]!.lower);
    // "according to a statement from the White House": the document's author.
    if (issued || (DOCUMENT_HEADS.has(tokens[end]!.lower) && (tokens[end + 1]?.lower === 'from' || tokens[end + 1]?.lower === 'by'))) {
      let k = end + 2;
      if (tokens[k]?.lower === 'the') k++;
      if (isName(tokens[k]) && !NOT_NAME_WORDS.has(tokens[k]!.lower)) {
        const named = parseSpeakerName(tokens.slice(k, nameRunRight(tokens, k) + 1));
        if (named) return { phrase: named };
      }
      // "“…,” read a statement from the club", "… from her lawyers": a body or people described, as "the club said" is.
      if (k === end + 3 || POSSESSIVES.has(tokens[end + 2]?.lower ?? '')) {
        k = end + 3;
        let last = k;
        while (last + 1 < tokens.length && last - k < 3 && isWord(tokens[last + 1]) && !tokens[last + 1]!.upper && !BREAKS.has(tokens[last + 1]!.lower)) last++;
        const body = isWord(tokens[last]) && !tokens[last]!.upper ? descriptionPhrase(tokens.slice(end + 2, last + 1)) : undefined;
        if (body) return { phrase: body };
      }
    }
    const phrase = descriptionPhrase(tokens.slice(j, end + 1));
    return phrase ? { phrase } : undefined;
  }
  return undefined;
}
