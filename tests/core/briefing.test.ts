import { describe, expect, it } from 'vitest';
import { analyseStory, buildBriefing, clampPoints } from '../../src/core/briefing.js';
import type { Article } from '../../src/core/types.js';

const harbour: Article = {
  id: 'wire',
  paragraphs: [
    'Storm closes every port on the northern coast',
    'All twelve ports on the northern coast closed on Monday as the storm arrived, the coastguard said.',
    'About 4,000 dock workers were sent home and 300 ships stayed at anchor outside the harbours.',
    'The regional government promised 20 million euros in emergency aid for the fishing towns.',
    'Forecasters expect the wind to drop by Wednesday, when the ports could reopen.',
    'Shipping companies said deliveries of fuel and food would be delayed by at least three days.',
  ],
};

describe('buildBriefing', () => {
  it('briefs an article with no quotes: points and figures, no quotes, no speakers', () => {
    const briefing = buildBriefing([harbour], { id: 'storm' });
    expect(briefing.id).toBe('storm');
    expect(briefing.title).toBe('Storm closes every port on the northern coast');
    expect(briefing.sources).toEqual([{ id: 'wire', title: 'Storm closes every port on the northern coast' }]);
    expect(briefing.keyPoints).toHaveLength(5);
    expect(briefing.keyPoints.every((p) => p.sources.join() === 'wire')).toBe(true);
    expect(briefing.quotes).toEqual([]);
    expect(briefing.speakers).toEqual([]);
  });

  it('is deterministic: the same articles give the same bytes', () => {
    expect(JSON.stringify(buildBriefing([harbour]))).toBe(JSON.stringify(buildBriefing([structuredClone(harbour)])));
  });

  it('keeps an unclosed quotation mark from swallowing the paragraphs after it', () => {
    const unbalanced: Article = {
      id: 'paper',
      paragraphs: [
        'Storm closes every port on the northern coast',
        'The harbour master said "we had no choice, and she left the meeting early.',
        'All twelve ports on the northern coast closed on Monday as the storm arrived, the coastguard said.',
        'About 4,000 dock workers were sent home and 300 ships stayed at anchor outside the harbours.',
      ],
    };
    const briefing = buildBriefing([unbalanced]);
    for (const quote of briefing.quotes) expect(quote.text).not.toMatch(/twelve ports|dock workers/);
    expect(briefing.keyPoints.map((p) => p.text)).toContain('About 4,000 dock workers were sent home and 300 ships stayed at anchor outside the harbours.');
  });

  it('reports an article that is all boilerplate as skipped, and briefs the rest', () => {
    const furniture: Article = { id: 'promo', paragraphs: ['Storm news live', 'Watch live: the storm', 'You might also like', 'Other things'] };
    const { briefing, skipped } = analyseStory([harbour, furniture]);
    expect(briefing.sources.map((s) => s.id)).toEqual(['wire']);
    expect(skipped.filter((s) => s.kind === 'article')).toEqual([{ kind: 'article', text: 'Storm news live', source: 'promo', reason: 'no body text after removing boilerplate' }]);
  });

  it('briefs a 5 MB article', () => {
    const paragraph = harbour.paragraphs.slice(1).join(' ');
    const paragraphs = [harbour.paragraphs[0]!, ...Array<string>(Math.ceil((5 * 1024 * 1024) / paragraph.length)).fill(paragraph)];
    const briefing = buildBriefing([{ id: 'big', paragraphs }]);
    expect(briefing.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(new Set(briefing.keyPoints.map((p) => p.text)).size).toBe(briefing.keyPoints.length);
  });

  it('clamps the number of points to 3–7', () => {
    expect([clampPoints(undefined), clampPoints(1), clampPoints(9), clampPoints(4.4)]).toEqual([5, 3, 7, 4]);
  });
});
