import { describe, expect, it } from 'vitest';
import { LATE_ARRIVAL_LIMIT_MS, newsSince } from '../../src/schedule/news-since.js';

const at = (iso: string) => Date.parse(iso);

describe('newsSince: when a source became news to the bot', () => {
  it('is the published time for a source read on time, before it was published, or never read by a feed', () => {
    expect(newsSince(at('2026-11-23T06:58:00Z'), at('2026-11-23T06:58:00Z'))).toBe(at('2026-11-23T06:58:00Z'));
    expect(newsSince(at('2026-11-23T06:58:00Z'), at('2026-11-23T06:50:00Z'))).toBe(at('2026-11-23T06:58:00Z'));
    expect(newsSince(at('2026-11-23T06:58:00Z'), undefined)).toBe(at('2026-11-23T06:58:00Z'));
  });

  it('is the first reading for a source read late, up to the limit; past it, the source is backlog and keeps its published time', () => {
    expect(newsSince(at('2026-11-23T06:58:00Z'), at('2026-11-23T07:04:00Z'))).toBe(at('2026-11-23T07:04:00Z'));
    const published = at('2026-11-23T01:00:00Z');
    expect(newsSince(published, published + LATE_ARRIVAL_LIMIT_MS)).toBe(published + LATE_ARRIVAL_LIMIT_MS);
    expect(newsSince(published, published + LATE_ARRIVAL_LIMIT_MS + 1)).toBe(published);
  });
});
