import { describe, expect, it } from 'vitest';
import type { StoryEntry } from '../../src/stories/library.js';
import type { Article, Briefing } from '../../src/core/types.js';
import { groupStories } from '../../src/stories/group-stories.js';
import { rankStories } from '../../src/stories/rank-stories.js';
import { assignStoryIds } from '../../src/stories/story-ids.js';
import { storyArticles } from './story-fixtures.js';

const titles = (articles: Article[]) => articles.map((a) => `${a.publisher}: ${a.title}`);

describe('groupStories', () => {
  const articles = storyArticles();

  it('reads the eight fixture articles', () => {
    expect(articles.length).toBe(8);
  });

  it('forms three stories: the bridge, the budget (same mayor and city) and the sprint', () => {
    const groups = groupStories(articles);
    expect(groups.map((g) => titles(g.articles))).toEqual([
      ['Harbour Times: Okafor takes first World Cup sprint win in Lillehammer', 'Daily Ledger: Ines Okafor wins Lillehammer sprint'],
      ["Calder Courier: Varga's budget bets on a tram for Port Calder", 'Harbour Times: Port Calder council unveils tram line in 2027 budget'],
      [
        'Calder Courier: Harbour bridge shut after engineers find cracks',
        'Harbour Times: Cracks close Saltmarsh Bridge in Port Calder',
        'Evening Post: Port Calder closes bridge after cracks found in supports',
        "Daily Ledger: Cracks shut Port Calder's Saltmarsh Bridge",
      ],
    ]);
  });

  it('counts the wire copy on two sites as one source, but lists both', () => {
    const bridge = groupStories(articles).find((g) => g.articles.length === 4)!;
    expect(bridge.sourceCount).toBe(3);
    expect(bridge.wireCopies).toEqual([bridge.articles[3]!.id]);
    expect(bridge.updated).toBe('2026-11-23T09:30:00.000Z');
  });

  it('names each story after its most central headline', () => {
    expect(groupStories(articles).map((g) => g.lead.title)).toEqual([
      'Okafor takes first World Cup sprint win in Lillehammer',
      "Varga's budget bets on a tram for Port Calder",
      'Harbour bridge shut after engineers find cracks',
    ]);
  });

  it('does not join articles further apart than the window', () => {
    const late = { ...articles.find((a) => a.publisher === 'Daily Ledger' && a.title?.includes('Okafor'))!, published: '2026-11-26T14:10:00.000Z' };
    const others = articles.filter((a) => !(a.publisher === 'Daily Ledger' && a.title?.includes('Okafor')));
    const groups = groupStories([...others, late], { windowHours: 36 });
    expect(groups.length).toBe(4);
  });

  it('gives the same groups whatever order the articles come in', () => {
    const forward = groupStories(articles).map((g) => g.articles.map((a) => a.id));
    const backward = groupStories([...articles].reverse()).map((g) => g.articles.map((a) => a.id));
    expect(backward).toEqual(forward);
  });
});

describe('story ids', () => {
  const articles = storyArticles();

  it('are readable and stay put when a story gains an article', () => {
    const withoutLedger = articles.filter((a) => a.publisher !== 'Daily Ledger');
    const before = groupStories(withoutLedger);
    const beforeIds = assignStoryIds(before, new Map());
    expect(beforeIds.map((id) => id.replace(/-[0-9a-z]{4}$/, ''))).toEqual([
      'okafor-takes-first-world-cup-sprint-win',
      'vargas-budget-bets-on-a-tram-for-port',
      'port-calder-closes-bridge-after-cracks',
    ]);
    const previous = new Map<string, string>();
    before.forEach((g, i) => g.articles.forEach((a) => previous.set(a.id, beforeIds[i]!)));
    const after = groupStories(articles);
    const afterIds = assignStoryIds(after, previous);
    expect(afterIds).toEqual(beforeIds);
  });
});

describe('rankStories', () => {
  const briefing = (sources: number): Briefing => ({
    id: 'x',
    title: 'x',
    sources: Array.from({ length: sources }, (_, i) => ({ id: `s${i}`, title: `s${i}` })),
    keyPoints: [],
    quotes: [],
    figures: [],
    speakers: [],
  });
  const entry = (id: string, updated: string, sourceCount: number, listed = sourceCount): StoryEntry => ({
    id,
    title: id,
    briefing: briefing(listed),
    updated,
    sourceCount,
  });
  const now = new Date('2026-11-23T18:00:00Z');

  it('puts more independent sources first, discounts age and drops stories older than 24 h', () => {
    const ranked = rankStories(
      [
        entry('bridge', '2026-11-23T09:30:00Z', 3, 4),
        entry('budget', '2026-11-23T12:30:00Z', 2),
        entry('sprint', '2026-11-23T14:10:00Z', 2),
        entry('yesterday', '2026-11-22T10:00:00Z', 9),
      ],
      { now },
    );
    expect(ranked.map((e) => e.id)).toEqual(['bridge', 'sprint', 'budget']);
  });

  it('counts wire copies once: four listed sources of which two are one wire story rank below three outlets', () => {
    const ranked = rankStories([entry('wire-heavy', '2026-11-23T17:00:00Z', 2, 4), entry('three', '2026-11-23T17:00:00Z', 3)], { now, limit: 1 });
    expect(ranked.map((e) => e.id)).toEqual(['three']);
  });
});
