/**
 * Resolves a pronoun Source ("he", "she", "they") to a named Source of the same article, by gender
 * and the article's focus rather than blindly to the nearest earlier name (issue 12). The rule:
 *
 * 1. Candidates are the named Sources annotated before the pronoun, one per person (same-person.ts).
 * 2. A person's gender comes from the article: a title before their last name (Mr. → male; Mrs.,
 *    Ms., Miss → female), and the first he/him/his or she/her after a mention of their name in the
 *    same sentence, with no other capitalised name between (votes; a tie is unknown).
 * 3. he/she keep the candidates whose gender agrees or is unknown; they/we/it keep those whose
 *    gender is unknown (a group or organisation rather than a he or a she).
 * 4. Among those named in the pronoun's paragraph or the one before (local): a single person is the
 *    answer; several, the one of known agreeing gender if only one is, else the article's focus
 *    (the person whose last name the article mentions most) if among them; otherwise unresolved.
 * 5. No local candidate: the focus if it is a candidate; otherwise unresolved.
 *
 * A relative pronoun ("who", "which") stands for the name just before it: the nearest named Source
 * earlier in the same paragraph, or unresolved.
 *
 * Unresolved Sources are reported and left out of speaker accuracy: the gold speaker is unknown.
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
    const after = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 160);
    const sentence = after.split(/(?<=[.!?][”"’']?)\s+(?=[“"‘]?\p{Lu})|\n/u)[0]!;
    const word = sentence.match(/\b(he|him|his|himself|she|her|hers|herself)\b|(?<![.!?]\s)\b\p{Lu}\p{Ll}+/u);
    if (word?.[1]) {
      if (pronounGender(word[1]) === 'm') m++;
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

const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

export function resolvePronoun(text: string, pronoun: string, at: number, named: readonly NamedMention[]): Resolution {
  const want = pronounGender(pronoun);
  const paragraphStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const here = paragraphStart(at);
  if (RELATIVE.has(pronoun.trim().toLowerCase())) {
    const before = named.filter((n) => n.at < at && n.at >= here).sort((x, y) => y.at - x.at)[0];
    return before ? { source: before.text, resolved: true } : { source: pronoun, resolved: false };
  }
  const localFrom = here > 0 ? paragraphStart(here - 1) : 0;
  // One entry per person (by last name), at their latest mention before the pronoun.
  const people = new Map<string, { text: string; at: number; gender: Gender }>();
  for (const n of named) {
    if (n.at >= at) continue;
    const last = lastName(n.text);
    if (!last) continue;
    const known = people.get(last);
    people.set(last, { text: known && parseSpeaker(known.text).tokens.length > parseSpeaker(n.text).tokens.length ? known.text : n.text, at: n.at, gender: known?.gender ?? genderOf(text, last) });
  }
  const fits = [...people.entries()].filter(([, p]) => !p.gender || p.gender === want);
  const focus = articleFocus(text, named.filter((n) => n.at < at));
  const local = fits.filter(([, p]) => p.at >= localFrom);
  if (local.length === 1) return { source: local[0]![1].text, resolved: true };
  if (local.length > 1) {
    const sure = want ? local.filter(([, p]) => p.gender === want) : [];
    if (sure.length === 1) return { source: sure[0]![1].text, resolved: true };
    const inFocus = local.find(([last]) => last === focus);
    if (inFocus) return { source: inFocus[1].text, resolved: true };
    return { source: pronoun, resolved: false };
  }
  const focused = fits.find(([last]) => last === focus);
  return focused ? { source: focused[1].text, resolved: true } : { source: pronoun, resolved: false };
}
