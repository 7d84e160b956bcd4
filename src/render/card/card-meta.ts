import type { SourceRef } from '../../core/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The outlets that carry the quote, in the quote's order: publisher, else the source's id. Duplicates once. */
export function quoteOutlets(sourceIds: readonly string[], sources: readonly SourceRef[]): string[] {
  const names: string[] = [];
  for (const id of sourceIds) {
    const source = sources.find((s) => s.id === id);
    const name = (source?.publisher ?? id).trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * "22 May 2018": the latest publication date among the cited sources, as the sources wrote it (the calendar day
 * of an ISO date or date-time, never converted to another zone). Undefined when no source is dated.
 */
export function quoteDate(sourceIds: readonly string[], sources: readonly SourceRef[]): string | undefined {
  const days = sourceIds
    .map((id) => sources.find((s) => s.id === id)?.published)
    .map((published) => /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? ''))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    .map((m) => `${m[1]}-${m[2]}-${m[3]}`)
    .sort();
  const latest = days[days.length - 1];
  if (!latest) return undefined;
  const [year, month, day] = latest.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
