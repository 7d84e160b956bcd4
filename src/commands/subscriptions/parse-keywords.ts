import type { KeywordFilter } from '../../contracts/stores.js';

const MAX_TERMS = 20;
const MAX_TERM_LENGTH = 60;

/**
 * `tariff, trade war, -opinion`: terms separated by commas; a term starting with "-" excludes, any other
 * includes. A term may be several words ("trade war"). Case is not kept: matching ignores it.
 */
export function parseKeywords(text: string): { ok: true; filter: KeywordFilter } | { ok: false; problem: string } {
  const include: string[] = [];
  const exclude: string[] = [];
  const terms = text.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (terms.length === 0) return { ok: false, problem: 'keywords: needs words, e.g. keywords:"tariff, -opinion".' };
  if (terms.length > MAX_TERMS) return { ok: false, problem: `keywords: at most ${MAX_TERMS} terms (got ${terms.length}).` };
  for (const term of terms) {
    const excluded = term.startsWith('-');
    const word = (excluded ? term.slice(1) : term).trim().toLowerCase();
    if (!word) return { ok: false, problem: 'keywords: a lone “-” excludes nothing; write -word.' };
    if (word.length > MAX_TERM_LENGTH) return { ok: false, problem: `keywords: “${word.slice(0, 20)}…” is longer than ${MAX_TERM_LENGTH} characters.` };
    const list = excluded ? exclude : include;
    if (!list.includes(word)) list.push(word);
  }
  const both = include.find((w) => exclude.includes(w));
  if (both) return { ok: false, problem: `keywords: “${both}” is both included and excluded.` };
  return { ok: true, filter: { ...(include.length ? { include } : {}), ...(exclude.length ? { exclude } : {}) } };
}

/** The filter as the user would type it again: "tariff, trade war, -opinion". */
export function formatKeywords(filter: KeywordFilter): string {
  return [...(filter.include ?? []), ...(filter.exclude ?? []).map((w) => `-${w}`)].join(', ');
}
