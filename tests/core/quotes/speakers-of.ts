import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';

/** [quote, speaker] of a made-up article: what the attribution tests compare. */
export function speakers(paragraphs: string[], title = 'A headline for the test'): Array<[string, string]> {
  return extractQuotes({ id: 'test', title, paragraphs }).quotes.map((q) => [q.text, q.speaker.name]);
}

/** The speaker of each quote of a made-up article read as the pipeline reads it, with the role when there is one. */
export function speakersWithRoles(...paragraphs: string[]): Array<{ name: string; role?: string }> {
  const { article } = readArticle({ id: 'test', title: 'A headline for the test', paragraphs });
  return extractQuotes(article).quotes.map((q) => ({ name: q.speaker.name, ...(q.speaker.role ? { role: q.speaker.role } : {}) }));
}
