/**
 * Resolves a pronoun Source ("he", "she", "they") of the gold annotation to a named person, by
 * gender and position rather than blindly to the nearest earlier name (issue 12). Checked by hand
 * on 80 training pronouns (eval/pronoun-check). The rule:
 *
 * 1. People are the named Sources (an organisation — tested on the parsed name, or "the …" — is
 *    not a person) and the people the text names without annotating them as Sources: a run of
 *    capitalised words from a known first name ("Scott Slinker"), or a two-word name introduced as
 *    a speaker or by an apposition ("Lu Tan told", "Rob Marsh, Lee's campaign manager").
 * 2. A person is mentioned by the full name and by the bare last name (the latest person of that
 *    last name before it); names inside quotation marks are not mentions (the speaker is not who
 *    they talk about).
 * 3. Gender: from the first name when it is a known one; otherwise from the article (a title
 *    before the last name, "<name> said he/she", the first pronoun after the name in its sentence
 *    with no other capitalised word between), but not when two people share the last name.
 * 4. he/she keep people whose gender agrees or is unknown; they/we/it keep named Sources of
 *    unknown gender (a group rather than a he or a she).
 * 5. A mention in the pronoun's own paragraph: the nearest. Otherwise in the paragraph before: the
 *    only person, or the nearest one introduced as a speaker there, or the article's focus (the
 *    last name it mentions most) if among them, else the nearest. Otherwise the nearest person in
 *    the three paragraphs before that, else the focus if it fits.
 * 6. Anything else is unresolved: reported, and left out of speaker accuracy.
 *
 * A relative pronoun ("who", "which") stands for the name just before it: the nearest named Source
 * earlier in the same paragraph, or unresolved.
 */
import firstNames from '../../src/core/quotes/attribution/first-names.json' with { type: 'json' };
import { parseSpeaker } from './same-person.js';

export type Gender = 'm' | 'f' | undefined;

export interface NamedMention {
  /** Offset of the Source in the article. */
  at: number;
  text: string;
}

export interface Resolution {
  source: string;
  resolved: boolean;
}

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** The core's given names: a name used for both genders is a given name with no gender (undefined). */
const FIRST_NAME_GENDER = new Map<string, Gender>([
  ...firstNames.male.map((n): [string, 'm'] => [n, 'm']),
  ...firstNames.female.map((n): [string, 'f'] => [n, 'f']),
  ...firstNames.unisex.map((n): [string, Gender] => [n, undefined]),
]);

export function pronounGender(pronoun: string): Gender {
  const p = pronoun.trim().toLowerCase();
  return MALE.has(p) ? 'm' : FEMALE.has(p) ? 'f' : undefined;
}

/** The gender a known first name implies ("Roberta" → f), undefined for an unknown one. */
export function firstNameGender(first: string): Gender {
  return FIRST_NAME_GENDER.get(first.toLowerCase());
}

const lastName = (name: string): string => {
  const tokens = parseSpeaker(name).tokens;
  return tokens[tokens.length - 1] ?? '';
};

/** A sentence's end: a stop and a capital after it, not the dot of a title or an initial ("Mr. Hale", "Carl W. Reed"). */
const SENTENCE_BOUNDARY = String.raw`(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|St|Mt|Rev|Prof|\p{Lu}))[.!?]["”’']?\s+(?=\p{Lu}|["“]|$)`;
const SENTENCE_END = new RegExp(`${SENTENCE_BOUNDARY}|\n`, 'u');
const SENTENCE_ENDS = new RegExp(SENTENCE_BOUNDARY, 'gu');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const wordPattern = (word: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * The article's evidence for a last name's gender: a title before it, "<name> said he/she", and
 * the first personal pronoun after it in the same sentence when it is the sentence's subject and
 * no capitalised word comes between ("Voss said later that his …"; not "Voss attacked Lee
 * over her …", nor "Park met Brand over her lunch").
 */
export function genderOf(text: string, last: string, firstPronoun = true): Gender {
  if (!last) return undefined;
  let m = 0;
  let f = 0;
  for (const hit of text.matchAll(wordPattern(last))) {
    const before = text.slice(Math.max(0, hit.index - 6), hit.index);
    if (/\bMr\.?\s+$/u.test(before)) m++;
    else if (/\b(?:Mrs|Ms|Miss)\.?\s+$/u.test(before)) f++;
    const after = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 120);
    const lead = text.slice(Math.max(0, hit.index - 200), hit.index).split(SENTENCE_END).pop()!;
    const subject = /^\s*["“]?(?:[^,\n]*,\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(lead);
    const sentence = after.split(/[.!?…](?=[\s"”'’]|$)|\n|[“"]/u)[0]!;
    const pronoun = sentence.match(/^(?:['’]s?)?((?:\s+(?:\p{Ll}[\p{Ll}'’-]*|\d+|[,;:–—-]))*?)\s+(he|him|his|himself|she|her|hers|herself)\b/u);
    const said = after.match(/^(?:'s?|’s?)?\s+(?:said|says|added|told \w+|argued|noted|insisted)(?: that)? (he|she)\b/u)?.[1] ?? (firstPronoun && subject ? pronoun?.[2] : undefined);
    if (said) {
      if (MALE.has(said)) m++;
      else f++;
    }
  }
  return m > f ? 'm' : f > m ? 'f' : undefined;
}

/** The person the article is about: the last name it mentions most often (first in the text on a tie). */
export function articleFocus(text: string, named: readonly NamedMention[]): string | undefined {
  let best: { last: string; count: number; at: number } | undefined;
  for (const n of named) {
    const last = lastName(n.text);
    if (!last) continue;
    const count = [...text.matchAll(wordPattern(last))].length;
    if (!best || count > best.count || (count === best.count && n.at < best.at)) best = { last, count, at: n.at };
  }
  return best?.last;
}

/** Names of organisations and publications, not people: never a he or a she. */
const ORGANISATION = /\b(?:Post|Times|News|Journal|Tribune|Herald|Party|Committee|Campaign|University|College|Institute|Foundation|Association|Council|Department|Agency|Commission|Coalition|Inc|Corp|Company|Group|Center|Centre|Network|Poll|Bank|Court|House|Congress|Senate|Administration|Service|Ministry|Office|Club|Fund|Authority|Board|Union|Police|Army|Force|Trust|Society|Institution)\b/iu;

/** Last words of places, markets, buildings and watchdog sites, which are also surnames now and then. */
const PLACE_END = new Set(['county', 'street', 'avenue', 'square', 'watch', 'exchange', 'market', 'markets', 'parliament', 'province', 'district', 'airport', 'hall', 'room', 'building', 'bureau', 'reserve', 'valley', 'city']);

/**
 * An organisation rather than a person: the parsed name (not its apposition: "Christopher Preble,
 * vice president … at the Cato Institute" is a person) has an organisation's word, or the Source
 * is "the" and a name ("the Chicago Tribune").
 */
export function isOrganisation(source: string): boolean {
  if (/^[Tt]he\s+\p{Lu}/u.test(source.trim())) return true;
  const tokens = parseSpeaker(source).tokens;
  if (ORGANISATION.test(tokens.join(' '))) return true;
  // "Canal Street", "Harrow Bay County": a place's or site's word ending a name that does not open
  // with a known first name ("Greta Street" is a woman; a bare "Hall" may be anyone's surname).
  return tokens.length >= 2 && PLACE_END.has(tokens[tokens.length - 1]!) && !FIRST_NAME_GENDER.has(tokens[0]!);
}

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Capitalised words that open a sentence or give a role, never a person's first or last name. */
const NOT_A_NAME = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'if', 'when', 'as', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'with', 'after', 'before',
  'while', 'since', 'so', 'then', 'this', 'that', 'former', 'president', 'senator', 'sen', 'rep', 'gov', 'governor', 'mr', 'mrs',
  'ms', 'dr', 'secretary', 'speaker', 'judge', 'justice', 'vice', 'chief', 'general', 'republican', 'democrat', 'democratic',
  'although', 'though', 'because', 'until', 'unless', 'says', 'said', 'told', 'asked', 'according', 'both', 'neither', 'also', 'meanwhile', 'however', 'still', 'yet',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** A capitalised word before a bare last name makes it someone else's full name ("Ana Voss"), unless it is a title ("Mr. Voss"). */
const OTHER_FIRST_NAME = /(?<![\p{L}.'’-])\p{Lu}[\p{L}'’-]*\s+$/u;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor|Secretary|Judge|Justice|Speaker|Former|When|But|And|If|As|After|Before|While|Although|Though|Because|Then|So|Yet)\.?\s+$/u;

const KIN_GENDER = new Map<string, Gender>([
  ...['wife', 'mother', 'daughter', 'sister', 'widow', 'niece', 'aunt', 'grandmother', 'granddaughter'].map((w): [string, Gender] => [w, 'f']),
  ...['husband', 'father', 'son', 'brother', 'widower', 'nephew', 'uncle', 'grandfather', 'grandson'].map((w): [string, Gender] => [w, 'm']),
]);
/** "his wife, Mara," / "Her son, Ivo,": a kin word, then one given name between commas. */
const KIN_APPOSITION = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(${[...KIN_GENDER.keys()].join('|')}),\\s+(\\p{Lu}\\p{Ll}+)(?=,)`, 'gu');

/** Reporting verbs: a name next to one is a speaker ("Kemp said", "said Mara Kell,"). */
const REPORTING = 'said|says|told|tells|added|adds|wrote|writes|noted|notes|repeated|argued|explained|declared|insisted|asked|replied|responded|recalled|continued|acknowledged|conceded|stated';
const SPEAKER_AFTER = new RegExp(`^(?:['’]s?)?(?:,[^,\\n]{0,80},)?\\s+(?:${REPORTING})\\b`, 'u');
const SPEAKER_BEFORE = new RegExp(`\\b(?:${REPORTING})\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)*$`, 'u');
/** "said Mara Kell, executive director …": the name ends its clause; "said Voss wasn't …" is what was said. */
const CLAUSE_END = /^(?:['’]s?)?\s*(?:[,.;:)(]|$)/u;
/** Role nouns: before a name ("spokesman Lu Tan") or heading its apposition ("Lu Tan, president of the union"). */
const ROLES = 'spokesman|spokeswoman|spokesperson|aide|adviser|advisor|director|chairman|chairwoman|president|secretary|minister|columnist|reporter|lawyer|attorney|professor|analyst|strategist|voter|supporter|candidate|senator|governor|mayor|judge|official|leader|founder|manager|chief|executive|economist|pollster|activist|author|host|anchor|cleric|nominee|congressman|congresswoman';
/** An apposition after a two-word name introduces a person: "Gina Vale, 34,", "Rob Marsh, Lee's campaign manager", "Ola Tan, president of the union". */
const APPOSITION = new RegExp(`^,\\s+(?:a|an|the|who|his|her|\\d+|[\\p{Lu}][\\p{L}-]*['’]s|(?:${ROLES})\\s+(?:of|for|at|to|with)\\b)\\b`, 'u');
/** A role just before a name: "spokesman Lu Tan". */
const ROLE_BEFORE = new RegExp(`(?:\\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr)\\.|\\b(?:${ROLES}))\\s+$`, 'u');

/** The quoted stretches of the text (double marks and doubled apostrophes, per line): names in them are not mentions. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/“[^“”\n]*(?:”|$)|"[^"\n]*(?:"|$)|''(?:(?!'')[^\n])*(?:''|$)/gmu)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export interface Person {
  /** The name to report: the person's first full mention. */
  name: string;
  last: string;
  gender: Gender;
  /** False for a named Source that may be an organisation, a place or a group. */
  person: boolean;
  /** Named in the text as a person (a first name, an introduction, a title): its bare last name is a mention too. */
  textual: boolean;
  /** Its name comes from an annotated Source. */
  annotated: boolean;
}

export interface Mention {
  at: number;
  person: Person;
  /** Introduced as a speaker: an annotated Source, or a name next to a reporting verb. */
  speaker: boolean;
  /** The subject of its sentence: only capitalised words, or one leading phrase and a comma, before it. */
  subject: boolean;
  /** "Voss's comments": a possessive names an owner, rarely the one who goes on talking. */
  possessive: boolean;
  /** Gender a title on this mention gives ("Ms. Khan"), which may differ from the person's. */
  gender: Gender;
}

const fold = (w: string): string => w.toLowerCase().replace(/['’]s?$/u, '').replace(/\.$/u, '');

/** Runs of capitalised words (a middle initial allowed inside), possessive and all, on one line. */
const NAME_RUN = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?(?: +(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*))+/gu;

/** What a mention at `at` (its text `length` long) is in its sentence. */
function mentionRole(text: string, at: number, length: number): Pick<Mention, 'speaker' | 'subject' | 'possessive' | 'gender'> {
  const after = text.slice(at + length, at + length + 120);
  const before = text.slice(Math.max(0, at - 200), at);
  const sentenceStart = Math.max(before.lastIndexOf('\n'), ...[...before.matchAll(SENTENCE_ENDS)].map((m) => m.index + m[0].length - 1));
  const lead = before.slice(sentenceStart + 1);
  const possessive = /^['’]s?(?!\p{L})/u.test(after) || /^(?:\p{Lu}[\p{L}.'’-]*\s+)*?\p{Lu}[\p{L}.-]*['’]s?$/u.test(text.slice(at, at + length));
  const title = before.match(/\b(Mr|Mrs|Ms|Miss)\.?\s+$/u)?.[1];
  return {
    speaker: SPEAKER_AFTER.test(after) || (SPEAKER_BEFORE.test(before) && CLAUSE_END.test(after)),
    // A possessive is the subject's owner only when it opens the sentence ("Tom Voss's hair was …").
    subject: possessive ? /^\s*["“]?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(lead) : /^\s*["“]?(?:[^,\n]*,\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(lead),
    possessive,
    gender: title === 'Mr' ? 'm' : title ? 'f' : undefined,
  };
}

/** People the text names, and every mention of each (full name or bare last name) outside quotation marks. */
export function articleMentions(text: string, named: readonly NamedMention[]): Mention[] {
  const quoted = quotedRanges(text);
  const inQuote = (at: number) => quoted.some(([s, e]) => at > s && at < e);
  const people = new Map<string, Person>();
  const full: Mention[] = [];
  const personFor = (tokens: string[], display: string, gender: Gender, person: boolean, textual: boolean): Person => {
    const key = tokens.join(' ');
    const known = people.get(key);
    if (known) {
      // The annotated Source's wording is the one reported, as before people were read from the text.
      if (!textual && known.textual && !known.annotated) {
        known.name = display;
        known.annotated = true;
      }
      known.person ||= person;
      known.textual ||= textual;
      known.gender ??= gender;
      return known;
    }
    const created: Person = { name: display, last: tokens[tokens.length - 1]!, gender, person, textual, annotated: !textual };
    people.set(key, created);
    return created;
  };
  // Last names the text uses alone before a reporting verb ("Rhimes declared"): their full names are people.
  const speakingLast = (last: string) => [...text.matchAll(wordPattern(last))].some((h) => /^\p{Lu}/u.test(h[0]) && SPEAKER_AFTER.test(text.slice(h.index + h[0].length, h.index + h[0].length + 120)));
  const headlineEnd = text.includes('\n') ? text.indexOf('\n') : 0;
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/ +/u);
    let from = words.findIndex((w, i) => i < words.length - 1 && FIRST_NAME_GENDER.has(fold(w)));
    const runEnd = run.index + run[0].length;
    // A headline capitalises every word ("Top Voss Aide Quits"): there a name needs a known first name.
    if (from < 0 && run.index < headlineEnd) continue;
    if (from < 0) {
      // No known first name: a two-word name (initials between allowed) only where the text introduces a person.
      let start = words.length - 1;
      while (start > 0 && /^\p{Lu}\.$/u.test(words[start - 1]!)) start--;
      start--;
      const startAt = runEnd - words.slice(start).join(' ').length;
      const afterRun = text.slice(runEnd, runEnd + 120);
      const beforeTail = text.slice(Math.max(0, startAt - 40), startAt);
      const introduced = SPEAKER_AFTER.test(afterRun) || (SPEAKER_BEFORE.test(beforeTail) && CLAUSE_END.test(afterRun)) || APPOSITION.test(afterRun) || ROLE_BEFORE.test(beforeTail) || speakingLast(fold(words[words.length - 1]!));
      if (introduced && start >= 0) from = start;
    }
    if (from < 0) continue;
    const nameWords = words.slice(from);
    if (nameWords.some((w) => !/^\p{Lu}\.$/u.test(w) && NOT_A_NAME.has(fold(w)))) continue;
    const display = nameWords.join(' ').replace(/['’]s?$/u, '');
    if (isOrganisation(display)) continue;
    // Not parseSpeaker: it reads a middle initial "A." as the article "a".
    const tokens = nameWords.filter((w) => !/^\p{Lu}\.$/u.test(w)).map(fold);
    if (tokens.length < 2) continue;
    const at = runEnd - nameWords.join(' ').length;
    if (inQuote(at)) continue;
    const person = personFor(tokens, display, firstNameGender(tokens[0]!), true, true);
    full.push({ at, person, ...mentionRole(text, at, nameWords.join(' ').length) });
  }
  // "his wife, Mara,": a relative the text names by a given name alone, of the kin word's gender.
  for (const kin of text.matchAll(KIN_APPOSITION)) {
    const at = kin.index + kin[0].length - kin[2]!.length;
    if (inQuote(at) || NOT_A_NAME.has(kin[2]!.toLowerCase())) continue;
    const person = personFor([kin[2]!.toLowerCase()], kin[2]!, KIN_GENDER.get(kin[1]!.toLowerCase()), true, true);
    full.push({ at, person, ...mentionRole(text, at, kin[2]!.length) });
  }
  for (const n of named) {
    // "Although Brel": a sentence's opening word annotated with the name is not part of it.
    const parsed = parseSpeaker(n.text).tokens;
    const tokens = parsed.slice(parsed.findIndex((t, i) => i === parsed.length - 1 || !NOT_A_NAME.has(t)));
    if (tokens.length === 0) continue;
    const organisation = isOrganisation(n.text);
    const role = mentionRole(text, n.at, n.text.length);
    // A one-word Source is the person of that last name the text has named, if any.
    const person = (tokens.length === 1 ? byLastName(full, tokens[0]!, n.at, role.gender, personFor) : undefined)
      ?? personFor(tokens, n.text, tokens.length >= 2 ? firstNameGender(tokens[0]!) : undefined, !organisation && tokens.length >= 2, false);
    if (organisation) person.person = false;
    full.push({ at: n.at, person, ...role, speaker: true });
  }
  // Gender from the article where the first name says nothing, unless the last name is shared.
  const lastCount = new Map<string, number>();
  for (const p of people.values()) lastCount.set(p.last, (lastCount.get(p.last) ?? 0) + 1);
  for (const p of people.values()) {
    if (p.gender) continue;
    // A shared last name ("Tom Voss", "Ana Voss"): only the full name's own evidence.
    p.gender = lastCount.get(p.last)! > 1 ? (p.name.split(/\s+/u).length > 1 ? genderOf(text, p.name, true) : undefined) : genderOf(text, p.last);
    // A title or "<name> said he" makes a named Source a person the text names.
    if (p.gender && !isOrganisation(p.name)) {
      p.textual = true;
      p.person = true;
    }
  }
  full.sort((x, y) => x.at - y.at);
  // Bare last names: a mention of the latest person of that last name (or the first one named, before any).
  const bare: Mention[] = [];
  const covered = (at: number) => full.some((m) => at >= m.at && at < m.at + m.person.name.length + 2);
  for (const last of new Set([...people.values()].filter((p) => p.person && p.textual).map((p) => p.last))) {
    const ofLast = full.filter((m) => m.person.person && m.person.textual && m.person.last === last);
    for (const hit of text.matchAll(wordPattern(last))) {
      if (!/^\p{Lu}/u.test(hit[0]) || inQuote(hit.index) || covered(hit.index)) continue;
      // "Ana Voss": another first name before the last name is someone else.
      const lead = text.slice(Math.max(0, hit.index - 30), hit.index);
      if (OTHER_FIRST_NAME.test(lead) && !TITLE_BEFORE.test(lead)) continue;
      const role = mentionRole(text, hit.index, hit[0].length);
      const person = byLastName(ofLast, last, hit.index, role.gender, personFor);
      if (person) bare.push({ at: hit.index, person, ...role });
    }
  }
  return [...full, ...bare].sort((x, y) => x.at - y.at);
}

/**
 * The person a bare last name at `at` stands for: the first one named in full with it (the one the
 * article goes on calling by it), one a title on the mention fits ("Mr. Voss") before one of
 * unknown gender; a title no named person fits makes a person of its own ("Mr. Voss" where only
 * Ana Voss is named in full).
 */
function byLastName(
  mentions: readonly Mention[],
  last: string,
  at: number,
  title: Gender,
  personFor: (tokens: string[], display: string, gender: Gender, person: boolean, textual: boolean) => Person,
): Person | undefined {
  const ofLast = mentions.filter((m) => m.person.person && m.person.last === last);
  const fitting = [...ofLast.filter((m) => title && m.person.gender === title), ...ofLast.filter((m) => !title || !m.person.gender)];
  const person = (fitting.find((m) => m.at < at) ?? fitting[0])?.person;
  if (title && ofLast.length > 0 && person?.gender !== title) return personFor([`${title}:`, last], last.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), title, true, true);
  return person;
}

/** Resolving every pronoun of an article reads its names once. */
let cache: { text: string; named: readonly NamedMention[]; mentions: Mention[] } | undefined;

function mentionsOf(text: string, named: readonly NamedMention[]): Mention[] {
  if (cache?.text !== text || cache.named !== named) cache = { text, named, mentions: articleMentions(text, named) };
  return cache.mentions;
}

export function resolvePronoun(text: string, pronoun: string, at: number, named: readonly NamedMention[]): Resolution {
  const want = pronounGender(pronoun);
  const paragraphStart = (offset: number): number => text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  /** The start of the paragraph before the one starting at `start` (blank lines skipped). */
  const previousParagraph = (start: number): number => {
    let end = start - 1;
    while (end > 0 && text[end - 1] === '\n') end--;
    return end > 0 ? paragraphStart(end) : 0;
  };
  const here = paragraphStart(at);
  if (RELATIVE.has(pronoun.trim().toLowerCase())) {
    const before = named.filter((n) => n.at < at && n.at >= here).sort((x, y) => y.at - x.at)[0];
    return before ? { source: before.text, resolved: true } : { source: pronoun, resolved: false };
  }
  const before = named.filter((n) => n.at < at);
  if (!want) return resolveGroup(text, pronoun, at, here, previousParagraph(here), before);
  const mentions = mentionsOf(text, named).filter((m) => m.at < at);
  const focus = articleFocus(text, mentions.filter((m) => m.person.person).map((m) => ({ at: m.at, text: m.person.name })));
  const fits = mentions
    .filter((m) => m.person.person && (!m.person.gender || m.person.gender === want) && (!m.gender || m.gender === want))
    .reverse();
  const found = (m: Mention | undefined): Resolution | undefined => (m ? { source: m.person.name, resolved: true } : undefined);
  const inParagraph = fits.filter((m) => m.at >= here);
  const previous = previousParagraph(here);
  const there = fits.filter((m) => m.at >= previous && m.at < here);
  // Only objects and owners named in the pronoun's paragraph: its subject is a description
  // ("the former president …") of whoever led the paragraph before.
  const lead = inParagraph.find((m) => m.speaker || m.subject) ?? there.find((m) => m.speaker || m.subject);
  if (inParagraph.length > 0) return found(lead ?? inParagraph.find((m) => !m.possessive) ?? inParagraph[0])!;
  if (there.length > 0) {
    const distinct = new Set(there.map((m) => m.person));
    if (distinct.size === 1) return found(there[0])!;
    return found(there.find((m) => m.speaker || m.subject) ?? there.find((m) => m.person.last === focus) ?? there[0])!;
  }
  let from = previous;
  for (let i = 0; i < 3 && from > 0; i++) from = previousParagraph(from);
  const window = fits.filter((m) => m.at >= from);
  return found(window.find((m) => m.speaker || m.subject) ?? window[0]) ?? found(fits.find((m) => m.person.last === focus)) ?? { source: pronoun, resolved: false };
}

/** they/we/it: a named Source of unknown gender (an organisation, a group), as before people were read from the text. */
function resolveGroup(text: string, pronoun: string, at: number, here: number, previous: number, named: readonly NamedMention[]): Resolution {
  const groups = new Map<string, { text: string; at: number }>();
  for (const n of named) {
    const last = lastName(n.text);
    if (!last) continue;
    const known = groups.get(last);
    groups.set(last, { text: known && parseSpeaker(known.text).tokens.length > parseSpeaker(n.text).tokens.length ? known.text : n.text, at: n.at });
  }
  // Only titles and "<name> said he" count here, as before the first-pronoun evidence was added: no they/it of the sample tests more.
  const fits = [...groups.entries()].filter(([last]) => !genderOf(text, last, false)).sort((x, y) => y[1].at - x[1].at);
  const focus = articleFocus(text, named);
  const inParagraph = fits.filter(([, g]) => g.at >= here && g.at < at);
  if (inParagraph.length > 0) return { source: inParagraph[0]![1].text, resolved: true };
  const near = fits.filter(([, g]) => g.at >= previous);
  if (near.length > 0) return { source: (near.find(([last]) => last === focus) ?? near[0]!)[1].text, resolved: true };
  const focused = fits.find(([last]) => last === focus);
  return focused ? { source: focused[1].text, resolved: true } : { source: pronoun, resolved: false };
}
