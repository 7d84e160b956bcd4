import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import { findFigureMentions } from '../../../src/core/figures/figure-mentions.js';
import { extractFigures } from '../../../src/core/figures/figures.js';
import type { Article } from '../../../src/core/types.js';

const story = fileURLToPath(new URL('../../../briefings/zuckerberg-eu-parliament/', import.meta.url));
const bundled = (): Article[] => ['cnbc', 'euronews'].map((id) => ({ id, paragraphs: readFileSync(`${story}${id}.txt`, 'utf8').split('\n') }));

describe('figures on the bundled story', () => {
  it('finds the numbers that matter, with what they count, context and every source; no dates, times or years', () => {
    const figures = buildBriefing(bundled()).figures;
    expect(figures.map(({ text, value, unit, sources }) => ({ text, value, unit, sources }))).toEqual([
      { text: '87 million users', value: 87_000_000, unit: 'users', sources: ['cnbc', 'euronews'] },
      { text: 'about 10,000 people across 12 European cities', value: 10_000, unit: 'people', sources: ['cnbc'] },
      { text: '200 apps', value: 200, unit: 'apps', sources: ['euronews'] },
      { text: '99 percent', value: 99, unit: 'percent', sources: ['euronews'] },
      { text: 'up to 2.7 million in the EU', value: 2_700_000, unit: 'users', sources: ['euronews'] },
    ]);
    expect(figures[0]!.context).toBe(
      "The social network previously said that 87 million users have had their data improperly shared with Cambridge Analytica, a firm publicly associated with President Donald Trump's 2016 election campaign.",
    );
    expect(figures[3]!.context).toBe('According to him, Facebook\'s AI tools can flag "99 percent" of terror-related content that is removed before anyone else finds it.');
    expect(figures[4]!.context).toMatch(/acquired the data of 87 million users, including up to 2\.7 million in the EU\.$/);
  });
});

const mentions = (sentence: string) => findFigureMentions(sentence).map(({ text, value, unit }) => ({ text, value, unit }));

describe('findFigureMentions', () => {
  it('reads scales, currencies and percentages', () => {
    expect(mentions('The club paid £330million for the ground and $2.5 billion in debts.')).toEqual([
      { text: '£330million', value: 330_000_000, unit: 'pounds' },
      { text: '$2.5 billion', value: 2_500_000_000, unit: 'dollars' },
    ]);
    expect(mentions('Prices rose 12 per cent while wages rose 3.5% in the same year.')).toEqual([
      { text: '12 per cent', value: 12, unit: 'percent' },
      { text: '3.5%', value: 3.5, unit: 'percent' },
    ]);
  });

  it('keeps a qualifier and what the number counts, stopping before the verb', () => {
    expect(mentions('More than 4,000 dock workers were sent home.')).toEqual([{ text: 'More than 4,000 dock workers', value: 4000, unit: 'dock workers' }]);
  });

  it('carries an elided unit from the figure before it in the sentence', () => {
    expect(mentions('The leak touched 40 million customers, including 1.2 million in Canada.')).toEqual([
      { text: '40 million customers', value: 40_000_000, unit: 'customers' },
      { text: '1.2 million in Canada', value: 1_200_000, unit: 'customers' },
    ]);
  });

  it('skips times, dates, years, ordinals, ages, labels and digits glued to letters', () => {
    expect(mentions('The meeting runs from 18:15 to 19:30 and starts at 6:15 p.m. local time.')).toEqual([]);
    expect(mentions('On March 15 and again on 2 April the 2016 results were checked.')).toEqual([]);
    expect(mentions('The 39-year-old came 3rd and the firm filed for Chapter 7 bankruptcy.')).toEqual([]);
    expect(mentions('VIDEO1:3201:32 shows the G20 summit.')).toEqual([]);
  });

  it('drops a bare number that says nothing about what it counts', () => {
    expect(mentions('The final score was 3 to 1.')).toEqual([]);
    // A name after a number is not what it counts (a caption run into the text).
    expect(mentions('She was only 13 Maria Lopez said on Monday.')).toEqual([]);
  });

  it('reads numbers written in words when they carry a scale, and carries an elided unit to them too', () => {
    expect(mentions('The breach exposed two million users and nearly half a million in Canada.')).toEqual([
      { text: 'two million users', value: 2_000_000, unit: 'users' },
      { text: 'nearly half a million', value: 500_000, unit: 'users' },
    ]);
    expect(mentions('Forty-five thousand people fled, and a billion dollars was lost.')).toEqual([
      { text: 'Forty-five thousand people', value: 45_000, unit: 'people' },
      { text: 'a billion dollars', value: 1_000_000_000, unit: 'dollars' },
    ]);
    // A small count in words, or a vague one, is not a figure that matters.
    expect(mentions('Three people died and several million voters stayed home.')).toEqual([]);
  });

  it('does not take an adverb for a unit', () => {
    expect(mentions('Pensions of £17,800 rather than £15,700 a year.')).toEqual([
      { text: '£17,800', value: 17_800, unit: 'pounds' },
      { text: '£15,700', value: 15_700, unit: 'pounds' },
    ]);
  });
});

describe('extractFigures', () => {
  it('merges the same value counting the same thing across sources and keeps the first context', () => {
    const figures = extractFigures([
      { id: 'a', title: 'a', paragraphs: ['Officials said 1,200 homes were flooded by the river overnight.'] },
      { id: 'b', title: 'b', paragraphs: ['About 1,200 homes flooded, and 300 families left the town.'] },
    ]);
    expect(figures).toEqual([
      { text: '1,200 homes', value: 1200, unit: 'homes', context: 'Officials said 1,200 homes were flooded by the river overnight.', sources: ['a', 'b'] },
      { text: '300 families', value: 300, unit: 'families', context: 'About 1,200 homes flooded, and 300 families left the town.', sources: ['b'] },
    ]);
  });

  it('puts the figures more sources give first, then keeps reading order', () => {
    const figures = extractFigures([
      { id: 'a', title: 'a', paragraphs: ['The fire destroyed 30 homes and forced 500 residents to leave.'] },
      { id: 'b', title: 'b', paragraphs: ['About 500 residents were evacuated as 12 engines fought the fire.'] },
    ]);
    expect(figures.map((f) => [f.text, f.sources])).toEqual([
      ['500 residents', ['a', 'b']],
      ['30 homes', ['a']],
      ['12 engines', ['b']],
    ]);
  });

  it('keeps the same value counting different things apart', () => {
    const figures = extractFigures([{ id: 'a', title: 'a', paragraphs: ['The firm hired 200 engineers and closed 200 shops.'] }]);
    expect(figures.map((f) => f.text)).toEqual(['200 engineers', '200 shops']);
  });
});

describe('how many figures a briefing keeps', () => {
  it('keeps the 10 that most sources give, in reading order among equals', () => {
    const counts = Array.from({ length: 14 }, (_, i) => `The depot holds ${i + 2}00 trucks of grain number ${i}.`);
    const a = { id: 'a', title: 'Grain depots fill up', paragraphs: counts };
    const b = { id: 'b', title: 'Depots full of grain', paragraphs: ['Officials said the depot holds 1500 trucks of grain.'] };
    const figures = extractFigures([a, b].map((x) => ({ id: x.id, title: x.title, paragraphs: x.paragraphs })));
    expect(figures).toHaveLength(10);
    expect(figures[0]).toMatchObject({ value: 1500, sources: ['a', 'b'] });
    expect(figures.slice(1).map((f) => f.value)).toEqual([200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});
