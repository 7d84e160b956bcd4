/**
 * A sentence as a reader should see it: archived New York Times text quotes in two apostrophes
 * (''…'') and nests in a backtick (`…'); shown as they are they read as typos. Key points and
 * figure contexts show “…” and ‘…’ instead; quotes themselves keep their verbatim words.
 */

/** ''…'' and ``…'' become “…”, `…' becomes ‘…’; apostrophes and every other mark stay. */
export function typographicQuotes(text: string): string {
  if (!text.includes("''") && !text.includes('`')) return text;
  return text
    .replace(/``/gu, '“')
    .replace(/(^|[\s([{—–-])''(?=\S)/gu, '$1“')
    .replace(/''/gu, '”')
    .replace(/`([^`]*?\S)'(?!\p{L})/gu, '‘$1’')
    .replace(/`/gu, '‘');
}
