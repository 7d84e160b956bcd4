/** One word of a command line; quoted runs ("Mark Zuckerberg", “trade war”) stay one word, without their quotes. */
export interface Token {
  /** As typed, quotes included: what lists show back. */
  raw: string;
  /** Without the quotes. */
  text: string;
}

const OPEN_QUOTES = new Set(['"', '“', '„']);
const CLOSE_FOR: Record<string, string> = { '"': '"', '“': '”', '„': '“' };

/**
 * Splits at spaces except inside double quotes (straight or typographic, as Slack and phones type them). An
 * apostrophe is never a quote: “O'Brien” is one name. A quote left open runs to the end of the line.
 */
export function tokenise(line: string): Token[] {
  const tokens: Token[] = [];
  let raw = '';
  let text = '';
  let closing: string | undefined;
  const flush = () => {
    if (raw) tokens.push({ raw, text });
    raw = '';
    text = '';
  };
  for (const char of line) {
    if (closing) {
      raw += char;
      if (char === closing || (closing === '"' && char === '”')) closing = undefined;
      else text += char;
      continue;
    }
    if (/\s/.test(char)) {
      flush();
      continue;
    }
    raw += char;
    if (OPEN_QUOTES.has(char)) closing = CLOSE_FOR[char];
    else text += char;
  }
  flush();
  return tokens;
}
