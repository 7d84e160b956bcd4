/**
 * Where a predicted quote sits in the article's text, so the matcher can tell two occurrences of
 * the same words apart. The reader may merge, split or clean paragraphs, so a paragraph is placed
 * only where its text occurs verbatim, and exactly once; otherwise the quote has no offset.
 */
export function quoteOffset(text: string, paragraph: string, start: number): number | undefined {
  if (!paragraph) return undefined;
  const at = text.indexOf(paragraph);
  if (at < 0 || text.indexOf(paragraph, at + 1) >= 0) return undefined;
  return at + start;
}

/** A system quote's offset in the article's text: its paragraph (the title for index -1) placed as quoteOffset places it. */
export function paragraphQuoteOffset(text: string, article: { title: string; paragraphs: readonly string[] }, quote: { paragraphIndex: number; start: number }): number | undefined {
  return quoteOffset(text, quote.paragraphIndex < 0 ? article.title : article.paragraphs[quote.paragraphIndex] ?? '', quote.start);
}
