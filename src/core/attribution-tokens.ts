/**
 * A sentence as attribution reads it: words and punctuation outside quotations, and each
 * quotation as a single token, so that no word inside a quote can become its speaker.
 */
import { HONORIFICS } from './speaker-words.js';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower case, without a final dot: what the word lists are compared with. */
  lower: string;
  /** Offset in the paragraph. */
  start: number;
  end: number;
  /** For quote tokens: the index of the quotation span in the article's list. */
  quoteIndex?: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-&.][\p{L}\p{N}]+)*/uy;

/** A dot after these stays with the word: "Mr.", "U.S.", "Sen.", initials "J.". */
function keepsDot(word: string): boolean {
  const lower = word.toLowerCase();
  return HONORIFICS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || lower === 'jr' || lower === 'sr' || lower === 'st';
}

/** Tokenises text[from, to) of a paragraph, turning the given quotation spans into single tokens. */
export function tokenise(
  paragraph: string,
  from: number,
  to: number,
  quotes: Array<{ start: number; end: number; index: number }>,
): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let q = 0;
  const sorted = quotes.filter((s) => s.end > from && s.start < to).sort((a, b) => a.start - b.start);
  while (i < to) {
    while (q < sorted.length && sorted[q]!.end <= i) q++;
    const quote = sorted[q];
    if (quote && i >= quote.start) {
      tokens.push({ kind: 'quote', text: paragraph.slice(quote.start, quote.end), lower: '', start: quote.start, end: quote.end, quoteIndex: quote.index });
      i = quote.end;
      continue;
    }
    const ch = paragraph[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(paragraph);
    if (m) {
      let end = i + m[0].length;
      let text = m[0];
      if (paragraph[end] === '.' && keepsDot(text)) {
        text += '.';
        end++;
      }
      // "Facebook’s" → "Facebook" + "’s": the possessive marks a role or an owner, never a name.
      const possessive = /^(.*\p{L})['’]s$/u.exec(text);
      if (possessive && /^(?:he|she|it|that|who|there|what|here)$/iu.test(possessive[1]!)) {
        // "He’s claiming": a pronoun and "is", not a possessive.
        const base = possessive[1]!;
        tokens.push({ kind: 'word', text: base, lower: base.toLowerCase(), start: i, end: i + base.length });
        tokens.push({ kind: 'word', text: text.slice(base.length), lower: 'is', start: i + base.length, end });
      } else if (possessive) {
        const base = possessive[1]!;
        tokens.push({ kind: 'word', text: base, lower: base.toLowerCase(), start: i, end: i + base.length });
        tokens.push({ kind: 'word', text: text.slice(base.length), lower: "'s", start: i + base.length, end });
      } else {
        tokens.push({ kind: 'word', text, lower: text.toLowerCase().replace(/\.$/, ''), start: i, end });
      }
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
