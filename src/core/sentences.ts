/** A sentence of a paragraph, with its character offsets in that paragraph. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// PLACEHOLDER — replaced by the quote-aware splitter (owned by the quotes work).
export function splitSentences(paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^.!?]+[.!?]*["”’]?\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const text = m[0].trim();
    if (text) out.push({ text, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}
