import { STOP_WORDS, stem } from './tokens.js';

/**
 * The concepts a sentence states, as the coverage objective counts them (Gillick & Favre 2009 use
 * bigrams; names and numbers are what readers of news look for): each is a string with a kind
 * prefix, so "n:zuckerberg" (a name), "#:87 million" (a number with its scale), "b:data|leak" (a
 * bigram of content words) and "w:apolog" (a content word) never collide.
 */

export type ConceptKind = 'n' | '#' | 'b' | 'w';

const SCALE = /^(?:thousand|million|billion|trillion|percent|per|%)$/i;
const MONTHS_AND_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Distinct concepts of a sentence, in first-seen order (deterministic). */
export function conceptsOf(text: string): string[] {
  const out = new Set<string>();
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu) ?? [];
  let previous: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!.replace(/['’]s$/u, '');
    const lower = raw.toLowerCase();
    // Times ("18:15") and years are when, not how many: not figures a reader needs covered.
    if (/^\d{1,2}[:.]\d{2}$/.test(raw) || /^(?:1[89]|20)\d\d$/.test(raw)) {
      previous = undefined;
      continue;
    }
    if (/\d/.test(raw)) {
      const next = tokens[i + 1];
      const scaled = next !== undefined && SCALE.test(next);
      out.add(`#:${raw.replace(/[.,]$/, '')}${scaled ? ' ' + next.toLowerCase() : ''}`);
      if (scaled) i++;
      previous = undefined;
      continue;
    }
    if (STOP_WORDS.has(lower) || lower.length < 3) {
      previous = undefined;
      continue;
    }
    const term = stem(lower.replace(/[.,'’-]+$/u, ''));
    // A capitalised word that is not the sentence's first is a name (or part of one).
    if (/^\p{Lu}/u.test(raw) && i > 0 && !MONTHS_AND_DAYS.has(lower)) out.add(`n:${term}`);
    out.add(`w:${term}`);
    if (previous) out.add(`b:${previous}|${term}`);
    previous = term;
  }
  return [...out];
}

export function conceptKind(concept: string): ConceptKind {
  return concept[0] as ConceptKind;
}
