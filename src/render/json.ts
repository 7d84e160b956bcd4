import type { Briefing, Quote } from '../core/types.js';

/** The documented JSON contract: the Briefing as the core made it, keys in contract order, nothing added. */
export function briefingToJson(briefing: Briefing): string {
  const { id, title, sources, keyPoints, quotes, figures, speakers } = briefing;
  return `${JSON.stringify({ id, title, sources, keyPoints, quotes, figures, speakers }, null, 2)}\n`;
}

export function quotesToJson(briefing: Briefing, quotes: Quote[]): string {
  return `${JSON.stringify({ id: briefing.id, title: briefing.title, sources: briefing.sources, quotes }, null, 2)}\n`;
}
