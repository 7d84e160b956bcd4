/**
 * "Speaker right" means the same person, not a shared word (issue 12): the last names agree, the
 * first names agree where both are given, Jr./Sr. agree, and a possessive's owner is never the
 * speaker ("Trump's spokesman" is not Trump). A speaker with no name (a description such as "the
 * spokesman") is the same as another description with the same head noun, and never the same as
 * a named person: the scorer cannot tell whether the name and the description are one person.
 */
import firstNames from '../../src/core/quotes/attribution/first-names.json' with { type: 'json' };

export interface SpeakerName {
  /** The name's words as written, titles and determiners left out; empty for a description. */
  tokens: string[];
  /** Jr., Sr., II, III …, lower case without the dot; '' when there is none. */
  suffix: string;
  /** For a description: its head noun, lower case ("spokesman"). */
  head: string;
  /** Set when the span was cut after a name's initial ("Ana V"): the letter starts a word, it is no initial. */
  cut?: true;
}

/** Capitalised words that describe rather than name (titles, determiners, party and nationality words). */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'other', 'several', 'two', 'three', 'both',
  'republican', 'republicans', 'democratic', 'democrat', 'democrats', 'libertarian', 'independent', 'gop',
  'president', 'presidential', 'vice', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'prof', 'professor', 'secretary', 'general', 'gen', 'former', 'u.s', 'us', 'american',
  'americans', 'british', 'sir', 'dame', 'lord', 'lady', 'rev', 'judge', 'justice', 'chief', 'mayor', 'minister',
  'prime', 'chancellor', 'speaker', 'leader', 'coach', 'manager', 'captain', 'officer', 'sgt', 'lt', 'col', 'capt',
  'det', 'insp', 'supt', 'pc', 'prince', 'princess', 'duke', 'duchess', 'king', 'queen', 'pope', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  // Auxiliaries, question words and conjunctions capitalised at a sentence's or headline's start
  // ("Is Voss Ready?"); never a name ("Will" and "May" are).
  'is', 'are', 'was', 'were', 'does', 'did', 'do', 'can', 'could', 'should', 'would', 'has', 'have', 'had', 'how', 'why',
  'what', 'when', 'where', 'but', 'and', 'or', 'if',
]);
/**
 * Titles that are also surnames ("Rep. Peter King", "Ann Bishop"): a title comes before a name, so
 * one that ends a run of name words, or stands alone without a determiner ("King said"), is a surname.
 */
const SURNAME_TITLES = new Set(['king', 'prince', 'duke', 'lord', 'bishop', 'judge', 'dean', 'major', 'pope', 'earl', 'marshal']);
/**
 * Titles that are also given names: "Dean Amar" before a bare surname is read as a title, like
 * "Mr. Amar" (a man named Dean of that surname would also match: the span cannot tell them apart).
 */
const TITLE_OR_GIVEN = new Set(['dean', 'major', 'earl']);
/** Lower-case words that may sit inside a name ("Bill de Blasio", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'das']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const CORPORATE = new Set(['inc', 'corp', 'ltd', 'plc', 'llc', 'co']);

/** Given names (the core's list, both genders and either): a name that ends a description is a person's only when it starts with one. */
const FIRST_NAMES = new Set<string>([...firstNames.male, ...firstNames.female, ...firstNames.unisex]);

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '');

/**
 * Reads a speaker string: parentheticals and appositions (after a comma) left out, everything up
 * to a possessive's owner dropped, then the last run of capitalised words that is not followed by
 * a lower-case noun ("the Clinton campaign" is a description headed by "campaign").
 */
export function parseSpeaker(raw: string): SpeakerName {
  const parts = raw
    // A span run on into the quotation (Voss "We will win it all."): the words in marks are not the
    // Source; a nickname in marks (Ana "Bunny" Voss) is short and stays.
    .replace(/(?<=\p{L}[^"“]*)\s+["“](?:[^\s"”]+\s+){2,}.*$/su, '')
    // A bracket (a party tag "(R-Ore.)") is no part of the name, also when the span was cut inside it.
    .replace(/\([^)]*(?:\)|$)/gu, ' ')
    // "Voss himself": the reflexive stresses the name, it does not describe.
    .replace(/\s+(?:himself|herself|themselves|itself)\b/giu, ' ')
    .replace(/[‘’]/gu, "'")
    // An apposition sits between commas or between dashes ("Ana Voss — a nurse from Eastfield —").
    .split(/,\s*(?!(?:jr|sr)\b)|\s+(?:[—–]|--?)(?:\s+|$)|^\s*[—–]\s*|[—–]/iu)
    .filter((p) => p !== undefined && /\p{L}/u.test(p));
  // "Another critic, Laurence H. Tribe": the first comma-separated part that names someone. A part
  // opening a relative clause ("…, who backs Voss") says something about the speaker: a name in it is
  // someone else.
  const readings = parts.map((p) => (/^\s*(?:who|whom|whose|which|that)\b/iu.test(p) ? { tokens: [], suffix: '', head: '' } : parsePart(p)));
  // "The leader of the League, Jo Green": a part that is only a name names the speaker before a part
  // that describes them with a body's name in it.
  const bare = readings.findIndex((r, i) => r.tokens.length > 0 && isBareName(parts[i]!) && FIRST_NAMES.has(r.tokens[0]!));
  return readings[bare] ?? readings.find((r) => r.tokens.length > 0) ?? readings[0] ?? { tokens: [], suffix: '', head: '' };
}

/** A part with no lower-case word but a name's particles ("Jo Green", "Piet van Dalen", "Mr. Voss"). */
function isBareName(part: string): boolean {
  const words = part.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || PARTICLES.has(w));
}

/** "organizing director Karen Fell": a role's last lower-case word, then the name that ends the part. */
const TRAILING_NAME = /(?:^|\s)(\p{Ll}[\p{L}-]*)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|del|da|di|du|la|le|bin|al))+)\s*$/u;
/** Words before a name that make it the object of a description ("a spokesman for Gov. Ann Lee"), not its subject. */
const BEFORE_OBJECT = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'on', 'with', 'from', 'to', 'by', 'and', 'or', 'near', 'about', 'against', 'behind', 'under', 'over', 'among']);

/**
 * Words that end a description's head: what follows qualifies it ("a scientist at the agency",
 * "lawyers for …", "a source familiar", "a study by economists").
 */
const QUALIFIERS = /\s(?:who|whom|that|which|at|in|on|for|with|from|familiar|near|close|to|inside|outside|among|by)(?=\s|$)/gu;
/** Words before a noun, never a noun: "the accused" is a head, not a participle after one. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'one', 'two', 'three', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another', 'other', 'any', 'no', 'most', 'more', 'few', 'all', 'both', 'each', 'every']);
/** Past participles that are not "-ed" words ("known as", "written by"). */
const IRREGULAR_PARTICIPLES = new Set(['known', 'written', 'given', 'taken', 'seen', 'made', 'built', 'held', 'led', 'chosen', 'told', 'paid', 'sent', 'found', 'brought', 'shown', 'drawn', 'run', 'put', 'said']);
/** Words a participle's own phrase goes on with ("drafted for", "speaking on", "known as"). */
const AFTER_PARTICIPLE = new Set(['for', 'by', 'as', 'to', 'in', 'on', 'at', 'with', 'from', 'about', 'of', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'into', 'over', 'under', 'after', 'before', 'during']);

/**
 * Where a part's head ends: the first qualifier, or a participle that opens a phrase of its own
 * or ends the part ("A legal opinion drafted for the campaign", "a source involved"; not "organizing
 * director", where it comes before the noun). "for" inside a body's name ("Wages for All", "Fight for 15") qualifies nothing.
 */
function qualifierAt(part: string): number {
  let at = part.length;
  for (const m of part.matchAll(QUALIFIERS)) {
    if (m[0] === ' for' && /\p{Lu}\S*$/u.test(part.slice(0, m.index)) && /^\s[\p{Lu}\p{N}$]/u.test(part.slice(m.index + m[0].length))) continue;
    at = m.index;
    break;
  }
  const words = [...part.matchAll(/\S+/gu)];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]![0];
    const isParticiple = /^\p{Ll}+(?:ed|ing)$/u.test(w) || IRREGULAR_PARTICIPLES.has(w);
    const next = words[i + 1]?.[0];
    if (isParticiple && /^\p{Ll}/u.test(words[i - 1]![0]) && !DETERMINERS.has(words[i - 1]![0]) && (next === undefined || AFTER_PARTICIPLE.has(next))) {
      at = Math.min(at, words[i]!.index - 1);
      break;
    }
  }
  return at;
}

/** Kinds of body whose name may go on with "of the" ("Bank of the West", "Friends of the Earth"). */
const BODY_KINDS = new Set([
  'bank', 'department', 'church', 'friends', 'ministry', 'office', 'university', 'college', 'institute', 'school',
  'center', 'centre', 'museum', 'council', 'committee', 'board', 'bureau', 'court', 'house', 'society', 'league',
  'union', 'association', 'federation', 'party', 'chamber', 'daughters', 'sons', 'knights', 'order', 'army', 'navy',
  'city', 'state', 'republic', 'kingdom', 'people', 'voice', 'coalition', 'alliance', 'fund', 'foundation', 'club',
  'band', 'company', 'corps', 'guardians', 'citizens', 'mothers', 'fathers', 'veterans', 'students', 'champions',
]);

/** Titles that are also plain nouns a description may end in ("a police officer", "the team captain"). */
const TITLE_HEADS = new Set(['officer', 'captain', 'leader', 'manager', 'coach', 'minister', 'chief', 'speaker', 'secretary', 'judge', 'governor', 'mayor']);

/** "one of the officers": one of a group, whose noun is the head in the singular ("officer"). */
const ONE_OF = /^\s*(?:one|each|another|either|neither)\s+of\s+(?:(?:the|his|her|their|its|our|these|those)\s+)?(.*)$/iu;

/** A plural noun's singular, for a group's head ("deputies" → "deputy", "witnesses" → "witness"). */
function singular(noun: string): string {
  if (/(?:men)$/u.test(noun)) return `${noun.slice(0, -3)}man`;
  if (/[^aeiou]ies$/u.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/u.test(noun)) return noun.slice(0, -2);
  return /[^s]s$/u.test(noun) ? noun.slice(0, -1) : noun;
}

function parsePart(part: string): SpeakerName {
  // "one of the officers" is an officer: the head is the group's noun in the singular (never a name: "one of the Voss brothers" is a brother).
  const oneOf = ONE_OF.exec(part);
  if (oneOf) {
    const group = parsePart(oneOf[1]!);
    if (group.tokens.length === 0 && group.head) return { ...group, head: singular(group.head) };
  }
  // "the base chief known as Red": the name the person goes by, whatever the description before it.
  const alias = /\b(?:known as|called|named|nicknamed|dubbed)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(part);
  if (alias) part = alias[1]!;
  const trailing = TRAILING_NAME.exec(part);
  if (trailing && !BEFORE_OBJECT.has(trailing[1]!) && !/'s$|’s$/u.test(trailing[2]!) && FIRST_NAMES.has(fold(trailing[2]!.split(/\s+/u)[0]!))) part = trailing[2]!;
  // A description's head comes before what qualifies it ("a scientist at the agency", "lawyers for …");
  // "and" ends it only before lower-case words ("workers and their families", not "his wife and … Ana Voss").
  let text = part.slice(0, qualifierAt(part));
  text = text.split(/\sand\s(?!.*\p{Lu})/u)[0]!;
  // "Ivo Brand of Brand Shipping", "Mr. Brand of …": a person's name, then where they work (not a
  // title's "Secretary of State", which goes on to the name).
  for (const m of text.matchAll(/\s+(?:of|from)\s/gu)) {
    const before = text.slice(0, m.index).trim().split(/\s+/u).slice(-2);
    const [w0, w1] = before.map(fold);
    const nameEnds = !NOT_NAME.has(w1!) || (SURNAME_TITLES.has(w1!) && !NOT_NAME.has(w0!));
    if (before.length === 2 && before.every((w) => /^\p{Lu}/u.test(w)) && nameEnds) {
      text = text.slice(0, m.index);
      break;
    }
  }
  // "Hale of the Eastfield Union": a lone surname, then the body the person belongs to; a body's own
  // kind ("Bank of the West") is the body.
  const ofThe = /^\s*(\p{Lu}[\p{L}'-]+)\s+of\s+the\s+\p{Lu}/u.exec(text);
  if (ofThe && !NOT_NAME.has(fold(ofThe[1]!)) && !BODY_KINDS.has(fold(ofThe[1]!))) text = ofThe[1]!;
  // The owner of a possessive is not the speaker ("Voss's aide"), unless nothing follows ("Voss's").
  const possessive = text.match(/^.*\b[\p{L}.-]+(?:'s|s')(?=\s+\S)/u);
  if (possessive) text = text.slice(possessive[0].length);
  text = text.replace(/(?<=\p{L})'s?\s*$/u, '');
  const words = text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter(Boolean);
  let run: string[] = [];
  let suffix = '';
  let last: { run: string[]; suffix: string; trailing: string[] } | undefined;
  // After "Secretary of", "Chief of": the title's object (State, Staff) runs on into the name. The
  // name starts at a known given name, else it is the last two words (three with an initial).
  let titleOf = false;
  const close = () => {
    if (titleOf && run.length > 2) {
      const given = run.findIndex((w, k) => k > 0 && FIRST_NAMES.has(fold(w)));
      const initial = /^\p{Lu}\.?$/u.test(run[run.length - 2]!) && run.length > 3;
      run = run.slice(given > 0 ? given : run.length - (initial ? 3 : 2));
    }
    if (run.length > 0) titleOf = false;
    if (run.length > 0) last = { run, suffix, trailing: [] };
    run = [];
    suffix = '';
  };
  for (const [i, word] of words.entries()) {
    const f = fold(word);
    if (run.length > 0 && SUFFIXES.has(f)) {
      suffix = f;
      continue;
    }
    if (word === 'of' && run.length === 0 && i > 0 && NOT_NAME.has(fold(words[i - 1]!)) && /^\p{Lu}/u.test(words[i - 1]!)) {
      titleOf = true;
      continue;
    }
    // "Prize-winner Quell", "Mother-of-two Quell": a compound with a lower-case part describes, as a
    // title does; a given name's parts are capitalised ("Jean-Luc").
    if (run.length === 0 && /^\p{Lu}[\p{L}'’]*-\p{Ll}/u.test(word)) continue;
    const endsName = SURNAME_TITLES.has(f) && !/^\p{Lu}/u.test(words[i + 1] ?? '') && (run.length > 0 || words.length === 1);
    if (/^\p{Lu}/u.test(word) && ((!NOT_NAME.has(f) && !CORPORATE.has(f)) || endsName)) {
      if (suffix) close();
      run.push(word);
      continue;
    }
    // "Bank of England", "Department of Health": "of" inside a one-word name, not after a person's name.
    if (run.length > 0 && (PARTICLES.has(word) || (word === 'of' && run.length === 1 && !suffix))) {
      run.push(word);
      continue;
    }
    close();
    if (last) last.trailing.push(f);
  }
  close();
  const lowerWords = words.map(fold).filter((w) => /\p{L}/u.test(w));
  if (!last || last.trailing.some((w) => !PARTICLES.has(w) && !NOT_NAME.has(w))) {
    const described = last ? last.trailing : lowerWords;
    const beforeOf = described.indexOf('of') > 0 ? described.slice(0, described.indexOf('of')) : described;
    // "a police officer" is an officer: a title word that ends a description is its head noun.
    const titleHead = beforeOf.length >= 2 && TITLE_HEADS.has(beforeOf[beforeOf.length - 1]!) ? beforeOf[beforeOf.length - 1] : undefined;
    const nouns = titleHead ? [titleHead] : beforeOf.filter((w) => !NOT_NAME.has(w) && !['for', 'at', 'in', 'to', 'and'].includes(w));
    return { tokens: [], suffix: '', head: nouns[nouns.length - 1] ?? lowerWords[lowerWords.length - 1] ?? '' };
  }
  while (last.run.length > 0 && (PARTICLES.has(last.run[last.run.length - 1]!) || last.run[last.run.length - 1] === 'of')) last.run.pop();
  const final = last.run[last.run.length - 1] ?? '';
  const cut = last.run.length >= 2 && /^\p{Lu}$/u.test(final) && words[words.length - 1] === final;
  return { tokens: last.run.map(fold), suffix: last.suffix, head: '', ...(cut ? { cut: true as const } : {}) };
}

/** True when a one-letter initial ("J") stands for the given name ("john"). */
const sameFirst = (a: string, b: string): boolean => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** "Dean Voss" is the dean called Voss: a title-or-given-name before a bare surname is the title. */
function titleRead(name: SpeakerName): SpeakerName {
  return name.tokens.length === 2 && TITLE_OR_GIVEN.has(name.tokens[0]!) ? { ...name, tokens: name.tokens.slice(1) } : name;
}

/** Small words a body's initials leave out ("Department of Public Safety" is DPS). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'on', 'in']);

/**
 * "the Kell DPS" and "Kell Department of Public Safety": an acronym is the body whose capitalised
 * words it abbreviates (a short name of the body, as "Brightwell" is Brightwell Polymers), the
 * capitalised words before the acronym agreeing with the words before the abbreviated part. Never a
 * person's name ("AV" is not Ana Voss).
 */
function sameBodyByInitials(short: string, long: string): boolean {
  const words = short.trim().split(/\s+/u).filter((w) => !/^(?:the|a|an)$/iu.test(w));
  const acronym = words[words.length - 1] ?? '';
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || words.slice(0, -1).some((w) => !/^\p{Lu}/u.test(w))) return false;
  const qualifiers = words.slice(0, -1).map(fold);
  const body = long.trim().split(/\s+/u).filter((w) => !/^(?:the|a|an)$/iu.test(w));
  if (body.length < 2 || body.some((w) => !/^\p{Lu}/u.test(w) && !INITIALS_SKIP.has(w.toLowerCase())) || FIRST_NAMES.has(fold(body[0]!))) return false;
  const capitalised = body.filter((w) => /^\p{Lu}/u.test(w));
  // The abbreviated part is the capitalised words' tail; what comes before it is the qualifiers, if any are given.
  const tail = capitalised.slice(capitalised.length - acronym.length);
  const head = capitalised.slice(0, capitalised.length - acronym.length).map(fold);
  if (tail.length !== acronym.length || tail.map((w) => w[0]).join('') !== acronym) return false;
  return qualifiers.length === 0 || (qualifiers.length === head.length && qualifiers.every((q, i) => q === head[i]));
}

/**
 * A suffix the article never leaves off: every mention of the first and last name carries it
 * ("Ivo Brand III" throughout), so the article names nobody else of that name and "Ivo Brand" is
 * he. Where the bare full name also occurs (a father beside "Ivo Brand Jr."), the suffix tells them apart.
 */
function suffixAlwaysWritten(name: SpeakerName, article: string): boolean {
  if (name.tokens.length < 2 || !name.suffix) return false;
  const word = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const full = new RegExp(`(?<![\\p{L}])${word(name.tokens[0]!)}\\s+(?:\\p{Lu}\\.\\s+)?${name.tokens.slice(1).map(word).join('\\s+')}(?![\\p{L}])(,?\\s+(?:jr|sr|ii|iii|iv)\\b\\.?)?`, 'giu');
  const hits = [...article.normalize('NFD').replace(/\p{M}/gu, '').matchAll(full)];
  return hits.length > 0 && hits.every((h) => h[1] !== undefined && fold(h[1].replace(/^,?\s+/u, '')) === name.suffix);
}

/** The same person; `article`, where given, lets a suffix it never leaves off be dropped (see suffixAlwaysWritten). */
export function samePerson(predicted: string, gold: string, article?: string): boolean {
  if (sameBodyByInitials(predicted, gold) || sameBodyByInitials(gold, predicted)) return true;
  const p = titleRead(parseSpeaker(predicted));
  const g = titleRead(parseSpeaker(gold));
  // "Ana V": a span cut inside the last word. The first names agree and a later word of the other
  // name starts with the letter.
  if ((p.cut || g.cut) && !(p.cut && g.cut)) {
    const [c, o] = p.cut ? [p.tokens, g.tokens] : [g.tokens, p.tokens];
    return o.length >= 2 && sameFirst(c[0]!, o[0]!) && c.slice(1, -1).every((w) => o.includes(w)) && o.slice(1).some((w) => w.startsWith(c[c.length - 1]!));
  }
  if (p.tokens.length === 0 && g.tokens.length === 0) return p.head !== '' && p.head === g.head;
  // A description against a name: the same only when the description is the name's own noun
  // ("the authority" for the Holloway Transit Authority; "Protesters" capitalised at a sentence's start).
  if (p.tokens.length === 0 || g.tokens.length === 0) {
    const [description, name] = p.tokens.length === 0 ? [p, g] : [g, p];
    // A title that is also a surname is the surname at a name's end: "the king" is not Ivo King.
    return description.head !== '' && !SURNAME_TITLES.has(description.head) && name.tokens.slice(1).concat(name.tokens.length === 1 ? name.tokens : []).includes(description.head);
  }
  // Jr./Sr. tell relatives apart when both give a first name; a bare surname ("Biden") names the
  // father no more than the son, as it names any bearer of the surname.
  const bare = (n: SpeakerName) => n.tokens.length === 1 && n.suffix === '';
  const dropped = article !== undefined && (p.suffix === '' || g.suffix === '') && suffixAlwaysWritten(p.suffix ? p : g, article);
  if (p.suffix !== g.suffix && !bare(p) && !bare(g) && !dropped) return false;
  // One word against a longer name: its last name, or its first word (a person called by the given
  // name, an organisation by its short name: "Brightwell" for Brightwell Polymers).
  if (p.tokens.length === 1 || g.tokens.length === 1) {
    const [one, other] = p.tokens.length === 1 ? [p.tokens[0]!, g.tokens] : [g.tokens[0]!, p.tokens];
    return one === other[other.length - 1] || one === other[0];
  }
  if (p.tokens[p.tokens.length - 1] !== g.tokens[g.tokens.length - 1]) return false;
  // "Wasserman Schultz" is "Debbie Wasserman Schultz": the shorter name's words all in the longer.
  const [short, long] = p.tokens.length <= g.tokens.length ? [p.tokens, g.tokens] : [g.tokens, p.tokens];
  if (sameFirst(short[0]!, long[0]!)) return true;
  return short.every((w) => long.includes(w));
}
