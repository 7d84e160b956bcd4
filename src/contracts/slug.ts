/*
 * The readable part of every id that crosses layers (articles from sources, stories from their grouping), so that
 * both spell a publisher or a headline the same way.
 */

/** "The Guardian" or "www.bbc.co.uk" → "the-guardian", "bbc-co-uk": short, readable and safe in an id. */
export function slugify(text: string, maxLength = 24): string {
  const full = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = full.slice(0, maxLength);
  // Cut at a word boundary when the cut fell inside a word and an earlier boundary exists.
  if (full.length > maxLength && full[maxLength] !== '-' && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
  slug = slug.replace(/-+$/, '');
  return slug || 'article';
}
