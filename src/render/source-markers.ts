import type { Briefing, SourceRef } from '../core/types.js';

/** Numbers sources in briefing order, so a point can say [1, 2] and the list below says who 1 and 2 are. */
export function sourceNumbers(briefing: Briefing): Map<string, number> {
  return new Map(briefing.sources.map((s, i) => [s.id, i + 1]));
}

export function markers(ids: string[], numbers: Map<string, number>): string {
  const n = ids.map((id) => numbers.get(id)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return n.length ? `[${n.join(', ')}]` : '';
}

/** "CNBC, 2018-05-22": what a reader needs to know a source by, besides its title. */
export function sourceByline(source: SourceRef): string {
  return [source.publisher, source.published?.slice(0, 10)].filter(Boolean).join(', ');
}

export function speakerLabel(speaker: { name: string; role?: string }): string {
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}
