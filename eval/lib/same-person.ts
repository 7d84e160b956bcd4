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
]);
/** Lower-case words that may sit inside a name ("Bill de Blasio", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'ibn', 'dos', 'das']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const CORPORATE = new Set(['inc', 'corp', 'ltd', 'plc', 'llc', 'co']);

/** Given names (the core's list): a name that ends a description is a person's only when it starts with one. */
const FIRST_NAMES = new Set<string>([...firstNames.male, ...firstNames.female]);

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/u, '');

/**
 * Reads a speaker string: parentheticals and appositions (after a comma) left out, everything up
 * to a possessive's owner dropped, then the last run of capitalised words that is not followed by
 * a lower-case noun ("the Clinton campaign" is a description headed by "campaign").
 */
export function parseSpeaker(raw: string): SpeakerName {
  const parts = raw.replace(/\([^)]*\)/gu, ' ').replace(/[‘’]/gu, "'").split(/,\s*(?!(?:jr|sr)\b)/iu).filter((p) => /\p{L}/u.test(p));
  // "Another critic, Laurence H. Tribe": the first comma-separated part that names someone.
  const readings = parts.map(parsePart);
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

function parsePart(part: string): SpeakerName {
  const trailing = TRAILING_NAME.exec(part);
  if (trailing && !BEFORE_OBJECT.has(trailing[1]!) && !/'s$|’s$/u.test(trailing[2]!) && FIRST_NAMES.has(fold(trailing[2]!.split(/\s+/u)[0]!))) part = trailing[2]!;
  // A description's head comes before what qualifies it ("a scientist at the agency", "lawyers for …");
  // "and" ends it only before lower-case words ("workers and their families", not "his wife and … Ana Voss").
  let text = part.split(/\s(?:who|whom|that|which|at|in|on|for|with|from|familiar|near|close|to|inside|outside|among)\s/u)[0]!;
  text = text.split(/\sand\s(?!.*\p{Lu})/u)[0]!;
  // "Ivo Brand of Brand Shipping": a person's full name, then where they work.
  text = text.split(/(?<=\p{Lu}[\p{L}.'-]*\s+\p{Lu}[\p{L}.'-]+)\s+(?:of|from)\s/u)[0]!;
  // The owner of a possessive is not the speaker ("Voss's aide"), unless nothing follows ("Voss's").
  const possessive = text.match(/^.*\b[\p{L}.-]+(?:'s|s')(?=\s+\S)/u);
  if (possessive) text = text.slice(possessive[0].length);
  text = text.replace(/(?<=\p{L})'s?\s*$/u, '');
  const words = text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter(Boolean);
  let run: string[] = [];
  let suffix = '';
  let last: { run: string[]; suffix: string; trailing: string[] } | undefined;
  const close = () => {
    if (run.length > 0) last = { run, suffix, trailing: [] };
    run = [];
    suffix = '';
  };
  for (const word of words) {
    const f = fold(word);
    if (run.length > 0 && SUFFIXES.has(f)) {
      suffix = f;
      continue;
    }
    if (/^\p{Lu}/u.test(word) && !NOT_NAME.has(f) && !CORPORATE.has(f)) {
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
    const nouns = beforeOf.filter((w) => !NOT_NAME.has(w) && !['for', 'at', 'in', 'to', 'and'].includes(w));
    return { tokens: [], suffix: '', head: nouns[nouns.length - 1] ?? lowerWords[lowerWords.length - 1] ?? '' };
  }
  while (last.run.length > 0 && (PARTICLES.has(last.run[last.run.length - 1]!) || last.run[last.run.length - 1] === 'of')) last.run.pop();
  return { tokens: last.run.map(fold), suffix: last.suffix, head: '' };
}

/** True when a one-letter initial ("J") stands for the given name ("john"). */
const sameFirst = (a: string, b: string): boolean => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

export function samePerson(predicted: string, gold: string): boolean {
  const p = parseSpeaker(predicted);
  const g = parseSpeaker(gold);
  if (p.tokens.length === 0 && g.tokens.length === 0) return p.head !== '' && p.head === g.head;
  // A description against a name: the same only when the description is the name's own noun
  // ("the authority" for the Holloway Transit Authority; "Protesters" capitalised at a sentence's start).
  if (p.tokens.length === 0 || g.tokens.length === 0) {
    const [description, name] = p.tokens.length === 0 ? [p, g] : [g, p];
    return description.head !== '' && name.tokens.slice(1).concat(name.tokens.length === 1 ? name.tokens : []).includes(description.head);
  }
  if (p.suffix !== g.suffix) return false;
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
