import { extractQuotes } from '../../../src/core/quotes/quotes.js';

/** [quote, speaker] of a made-up article: what the attribution tests compare. */
export function speakers(paragraphs: string[], title = 'A headline for the test'): Array<[string, string]> {
  return extractQuotes({ id: 'test', title, paragraphs }).quotes.map((q) => [q.text, q.speaker.name]);
}
