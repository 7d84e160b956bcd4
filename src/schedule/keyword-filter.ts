import type { KeywordFilter } from '../contracts/stores.js';
import { normaliseForMatch } from '../stories/name-match.js';

/**
 * Keyword filters of a subscription: a text passes when it contains at least one include word (when any are
 * given) and no exclude word. Words match whole words (or whole phrases), ignoring case, accents and punctuation,
 * so "EU" matches "the EU's plan" but not "Europe", and "data protection" matches "data-protection".
 */
export function passesKeywords(filter: KeywordFilter | undefined, text: string): boolean {
  if (!filter) return true;
  const haystack = ` ${normaliseForMatch(text)} `;
  const has = (word: string): boolean => {
    const needle = normaliseForMatch(word);
    return needle !== '' && haystack.includes(` ${needle} `);
  };
  const include = filter.include ?? [];
  if (include.length > 0 && !include.some(has)) return false;
  return !(filter.exclude ?? []).some(has);
}

/** True when the filter has any word at all. */
export function hasKeywords(filter: KeywordFilter | undefined): filter is KeywordFilter {
  return Boolean(filter && ((filter.include?.length ?? 0) > 0 || (filter.exclude?.length ?? 0) > 0));
}

/** How a filter reads in a skip reason or a list: `include "eu", "privacy"; exclude "rumour"`. */
export function describeKeywords(filter: KeywordFilter): string {
  const list = (words: string[]): string => words.map((w) => `"${w}"`).join(', ');
  const parts: string[] = [];
  if (filter.include?.length) parts.push(`include ${list(filter.include)}`);
  if (filter.exclude?.length) parts.push(`exclude ${list(filter.exclude)}`);
  return parts.join('; ');
}
