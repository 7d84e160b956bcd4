/**
 * Resolves a pronoun Source ("he", "she", "they") to a named Source of the same article, by gender
 * and the article's focus rather than blindly to the nearest earlier name (issue 12). The rule:
 *
 * 1. Candidates are the named Sources annotated before the pronoun, one per last name.
 * 2. A person's gender comes from the article: a title before the last name (Mr. → male; Mrs.,
 *    Ms., Miss → female) and "<name> said he/she" (votes; a tie is unknown).
 * 3. he/she keep people (a two-word name, or a known gender) whose gender agrees or is unknown, not
 *    organisations; they/we/it keep those of unknown gender (a group rather than a he or a she).
 * 4. A candidate in the pronoun's own paragraph: the nearest one. Otherwise, in the paragraph
 *    before: the only one, or the article's focus (the last name the article mentions most) if it is
 *    among several, else the nearest. Otherwise the focus, if it is a candidate.
 * 5. Anything else is unresolved: reported, and left out of speaker accuracy.
 *
 * A relative pronoun ("who", "which") stands for the name just before it: the nearest named Source
 * earlier in the same paragraph, or unresolved.
 */
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

export function pronounGender(pronoun: string): Gender {
  const p = pronoun.trim().toLowerCase();
  return MALE.has(p) ? 'm' : FEMALE.has(p) ? 'f' : undefined;
}

const lastName = (name: string): string => {
  const tokens = parseSpeaker(name).tokens;
  return tokens[tokens.length - 1] ?? '';
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The article's evidence for a last name's gender: titles and the next pronoun in the same sentence. */
export function genderOf(text: string, last: string): Gender {
  if (!last) return undefined;
  let m = 0;
  let f = 0;
  const name = new RegExp(`(?<![\\p{L}])${escape(last)}(?![\\p{L}])`, 'giu');
  for (const hit of text.matchAll(name)) {
    const before = text.slice(Math.max(0, hit.index - 6), hit.index);
    if (/\bMr\.?\s+$/u.test(before)) m++;
    else if (/\b(?:Mrs|Ms|Miss)\.?\s+$/u.test(before)) f++;
    const after = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 40);
    const said = after.match(/^(?:'s?|’s?)?\s+(?:said|says|added|told \w+|argued|noted|insisted)(?: that)? (he|she)\b/u);
    if (said) {
      if (said[1] === 'he') m++;
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
    const count = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escape(last)}(?![\\p{L}])`, 'giu'))].length;
    if (!best || count > best.count || (count === best.count && n.at < best.at)) best = { last, count, at: n.at };
  }
  return best?.last;
}

/** Names of organisations and publications, not people: never a he or a she. */
const ORGANISATION = /\b(?:Post|Times|News|Journal|Party|Committee|Campaign|University|College|Institute|Foundation|Association|Council|Department|Agency|Commission|Coalition|Inc|Corp|Company|Group|Center|Centre|Network|Poll|Bank|Court|House|Congress|Senate|Administration|Service|Ministry|Office|Club|Fund|Authority|Board|Union|Police|Army|Force|Trust|Society|Institution)\b/u;

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

export function resolvePronoun(text: string, pronoun: string, at: number, named: readonly NamedMention[]): Resolution {
  const want = pronounGender(pronoun);
  const paragraphStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const here = paragraphStart(at);
  // The paragraph before, blank lines between paragraphs skipped.
  let previousEnd = here - 1;
  while (previousEnd > 0 && text[previousEnd - 1] === '\n') previousEnd--;
  if (RELATIVE.has(pronoun.trim().toLowerCase())) {
    const before = named.filter((n) => n.at < at && n.at >= here).sort((x, y) => y.at - x.at)[0];
    return before ? { source: before.text, resolved: true } : { source: pronoun, resolved: false };
  }
  const localFrom = here > 0 ? paragraphStart(previousEnd) : 0;
  // One entry per person (by last name), at their latest mention before the pronoun.
  const people = new Map<string, { text: string; at: number; gender: Gender }>();
  for (const n of named) {
    if (n.at >= at) continue;
    const last = lastName(n.text);
    if (!last) continue;
    const known = people.get(last);
    people.set(last, { text: known && parseSpeaker(known.text).tokens.length > parseSpeaker(n.text).tokens.length ? known.text : n.text, at: n.at, gender: known?.gender ?? genderOf(text, last) });
  }
  const isPerson = (p: { text: string; gender: Gender }) => p.gender !== undefined || (parseSpeaker(p.text).tokens.length >= 2 && !ORGANISATION.test(p.text));
  const fits = [...people.entries()]
    .filter(([, p]) => (want ? isPerson(p) && (!p.gender || p.gender === want) : !p.gender))
    .sort((x, y) => y[1].at - x[1].at);
  const focus = articleFocus(text, named.filter((n) => n.at < at));
  const inParagraph = fits.filter(([, p]) => p.at >= here);
  if (inParagraph.length > 0) return { source: inParagraph[0]![1].text, resolved: true };
  const before = fits.filter(([, p]) => p.at >= localFrom);
  if (before.length > 0) return { source: (before.find(([last]) => last === focus) ?? before[0]!)[1].text, resolved: true };
  const focused = fits.find(([last]) => last === focus);
  return focused ? { source: focused[1].text, resolved: true } : { source: pronoun, resolved: false };
}
