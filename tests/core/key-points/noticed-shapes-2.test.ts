import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import { unfitReason } from '../../../src/core/key-points/key-points.js';
import type { Article } from '../../../src/core/types.js';

// More shapes noticed by briefing made-up pages (issue #13), each a rule for the language pattern: a plain present
// plural verb, a preview superseded by a report of the same day in other words, and a hope overtaken by the deal.
const page = (id: string, published: string, paragraphs: string[], publisher = 'Skelby Courier'): Article => ({ id, title: `${id} headline`, publisher, published, paragraphs });
const points = (articles: Article[], count = 5) => buildBriefing(articles, { points: count }).keyPoints.map((p) => p.text);

describe('a plain present plural verb', () => {
  it('is a verb: a short sentence with one is no fragment', () => {
    expect(unfitReason('Voters choose 120 members of parliament from 14 parties.')).toBeUndefined();
    expect(unfitReason('They want the council to reopen the Holm library.')).toBeUndefined();
    expect(unfitReason('Most families still rely on the ferry to Orvik.')).toBeUndefined();
  });

  it('is not found in a caption or a headline without one', () => {
    expect(unfitReason('Members of the Orvik choir at the town hall.')).toBe('a fragment without a verb');
    expect(unfitReason('Election night at the Velm Alliance office in Orvik.')).toBe('a fragment without a verb');
    expect(unfitReason('Fans outside the Velm stadium in Orvik before kick-off.')).toBe('a fragment without a verb');
    // A plural noun before a noun ("Jobs plan", "Sales figures") is no subject and verb.
    expect(unfitReason('Parents evening at Holm primary school next week.')).toBe('a fragment without a verb');
  });

  it('still leaves a present scene on a named day to the caption rule', () => {
    expect(unfitReason('Residents queue for water outside the Holm town hall on Tuesday.')).toBe('a photo caption: a scene in the present on a named day');
  });

  it('lets the sentence be a point', () => {
    expect(points([page('vote', '2026-09-05', [
      'Norland holds a general election on Sunday after the government lost a vote of confidence in July.',
      'Voters choose 120 members of parliament from 14 parties.',
      'The Velm Alliance has promised to cut the tax on fuel by half.',
    ])], 3)).toEqual([
      'Norland holds a general election on Sunday after the government lost a vote of confidence in July.',
      'Voters choose 120 members of parliament from 14 parties.',
      'The Velm Alliance has promised to cut the tax on fuel by half.',
    ]);
  });
});
