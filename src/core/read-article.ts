import { boilerplateReason, bylineOf, endsLikeSentence, isEndOfArticleMarker, isHeading, wordCount } from './boilerplate.js';
import type { Article, Skipped } from './types.js';

/** An article after reading: headline found, boilerplate dropped, paragraphs ready for sentences and quotes. */
export interface ReadArticle {
  /** Article.id: the source id every key point, quote and figure refers to. */
  id: string;
  title: string;
  paragraphs: string[];
  byline?: string;
  publisher?: string;
}

const BULLET = /^\s*(?:[•·▪●◦‣∙*]|[-–—](?=\s))\s*/u;

/** Normalises whitespace and bullets; keeps every character of the words themselves. */
export function cleanLine(line: string): string {
  return line.replace(BULLET, '').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Longer than any headline or caption: such a line is body text, never compared with the title. */
const MAX_HEADLINE_CHARS = 300;

function comparable(line: string): string {
  return line.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
}

/**
 * The headline: the given title, else the first line that reads like a headline (several words,
 * no sentence end), skipping section labels such as "Tech".
 */
export function findTitle(lines: string[], given?: string): { title: string; index: number } {
  if (given?.trim()) return { title: cleanLine(given), index: -1 };
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = lines[i]!;
    if (wordCount(line) >= 3 && !boilerplateReason(line) && !bylineOf(line) && !isEndOfArticleMarker(line)) return { title: line, index: i };
  }
  return { title: lines[0] ?? '', index: lines.length ? 0 : -1 };
}

export function readArticle(article: Article): { article: ReadArticle; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const skip = (text: string, reason: string) => skipped.push({ kind: 'paragraph', text, source: article.id, reason });

  const lines = article.paragraphs.map(cleanLine).filter((l) => l.length > 0);
  const { title, index: titleIndex } = findTitle(lines, article.title);
  const titleKey = comparable(title);
  // Normalising costs more than the rest of reading: do it only for lines that could repeat the headline
  // (about its length) or be a caption (short, no sentence end), not for every paragraph of body text.
  const mayRepeat = (line: string) =>
    line.length <= MAX_HEADLINE_CHARS && (Math.abs(line.length - title.length) <= 8 || !endsLikeSentence(line));
  const keys = lines.map((line) => (mayRepeat(line) ? comparable(line) : undefined));
  const seen = new Map<string, number>();
  for (const key of keys) if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);

  let byline = article.byline;
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === titleIndex) continue;
    if (i < titleIndex && wordCount(line) <= 2) {
      skip(line, 'section label above the headline');
      continue;
    }
    if (isEndOfArticleMarker(line)) {
      for (const rest of lines.slice(i)) skip(rest, 'related-articles list after the article');
      break;
    }
    const key = keys[i];
    if (key === titleKey) {
      skip(line, 'repeated headline');
      continue;
    }
    const by = bylineOf(line);
    if (by) {
      byline ??= by;
      skip(line, 'byline');
      continue;
    }
    const reason = boilerplateReason(line);
    if (reason) {
      skip(line, reason);
      continue;
    }
    if (isHeading(line)) {
      // A caption repeated around a video player, or a sub-heading: neither is a sentence of the story.
      skip(line, key !== undefined && (seen.get(key) ?? 0) > 1 ? 'repeated caption' : 'sub-heading');
      continue;
    }
    paragraphs.push(line);
  }

  const result: ReadArticle = { id: article.id, title, paragraphs };
  if (byline) result.byline = byline;
  if (article.publisher) result.publisher = article.publisher;
  return { article: result, skipped };
}
