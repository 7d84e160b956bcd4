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

describe('a preview and a report of the same day in other words', () => {
  const preview = page('preview', '2026-03-04', [
    'Ferry operator Kessel Lines would halt all 42 routes on Friday if the strike went ahead, the company said.',
    'The Seafarers Union called the strike after pay talks broke down on Monday.',
    'About 9,000 passengers a day use the routes between Orvik and the islands.',
  ], 'Orvik Post');

  it('drops the preview once the operator has called off that day\'s sailings', () => {
    expect(points([preview, page('report', '2026-03-05', [
      'Kessel Lines called off Friday\'s sailings after the union confirmed the walkout.',
      'Island schools will close on Friday because teachers cannot travel.',
      'The union wants a 7 percent rise; the company has offered 3 percent.',
    ])], 5)).toEqual([
      'Kessel Lines called off Friday\'s sailings after the union confirmed the walkout.',
      'The Seafarers Union called the strike after pay talks broke down on Monday.',
      'About 9,000 passengers a day use the routes between Orvik and the islands.',
      'The union wants a 7 percent rise; the company has offered 3 percent.',
      'Island schools will close on Friday because teachers cannot travel.',
    ]);
  });

  it('keeps it when the later article cancels something of another day', () => {
    expect(points([preview, page('report', '2026-03-05', [
      'Kessel Lines called off Thursday\'s evening sailings to move its ferries to Orvik.',
      'Island schools will close on Friday because teachers cannot travel.',
      'The union wants a 7 percent rise; the company has offered 3 percent.',
    ])], 5)).toContain('Ferry operator Kessel Lines would halt all 42 routes on Friday if the strike went ahead, the company said.');
  });
});

describe('a hope overtaken by the deal', () => {
  it('drops "still hoping to reach a deal" once a later day reports the deal agreed', () => {
    expect(points([page('talks', '2026-03-04', [
      'Kessel Lines said it was still hoping to reach a deal with the Seafarers Union before Friday.',
      'The union wants a 7 percent rise; the company has offered 3 percent.',
      'About 9,000 passengers a day use the routes between Orvik and the islands.',
    ], 'Orvik Post'), page('deal', '2026-03-06', [
      'Kessel Lines and the Seafarers Union agreed a deal on Thursday night, ending the threat of a strike.',
      'Crews will get a 5 percent rise this year and 2 percent next year.',
    ])], 5)).toEqual([
      'Kessel Lines and the Seafarers Union agreed a deal on Thursday night, ending the threat of a strike.',
      'The union wants a 7 percent rise; the company has offered 3 percent.',
      'Crews will get a 5 percent rise this year and 2 percent next year.',
      'About 9,000 passengers a day use the routes between Orvik and the islands.',
    ]);
  });
});
