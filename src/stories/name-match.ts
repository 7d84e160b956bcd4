/** Lower case, accents and punctuation removed, single spaces: "Zuckerberg’s " → "zuckerberg s". */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name: "zuck" matches "Mark Zuckerberg", "mark z" too. */
export function matchesName(name: string, query: string): boolean {
  const words = normaliseForMatch(name).split(' ');
  const wanted = normaliseForMatch(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return true;
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/** Score for autocomplete ordering: exact > word prefix > substring; 0 means no match. */
export function matchScore(candidate: string, query: string): number {
  const c = normaliseForMatch(candidate);
  const q = normaliseForMatch(query);
  if (!q) return 1;
  if (c === q) return 4;
  if (c.startsWith(q)) return 3;
  if (matchesName(candidate, query)) return 2;
  return c.includes(q) ? 1 : 0;
}
