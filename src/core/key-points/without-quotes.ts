/** The sentence with quoted spans blanked out (double quotes, curly quotes, and ‘single’ quotes). */
export function withoutQuotes(text: string): string {
  // Each pattern starts at its opening mark: a text without the mark is left as it is, unsearched (the
  // blanks put in are spaces, never a mark).
  let out = text;
  if (out.includes('"')) out = out.replace(/"[^"]*"?/g, ' ');
  if (out.includes('“')) out = out.replace(/“[^”]*”?/g, ' ');
  if (out.includes('‘')) out = out.replace(/(^|[\s(—–-])‘[^]*?’(?![\p{L}])/gu, '$1 ');
  if (out.includes("'")) out = out.replace(/(^|[\s(—–-])'[^]*?'(?![\p{L}])/gu, '$1 ');
  return out;
}
