import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import { captionEnd, gluedCaption, selectKeyPoints, stripDateline, unfitReason } from '../../../src/core/key-points/key-points.js';
import type { ReadArticle } from '../../../src/core/text/read-article.js';
import type { Article } from '../../../src/core/types.js';

const story = fileURLToPath(new URL('../../../briefings/zuckerberg-eu-parliament/', import.meta.url));
const bundled = (): Article[] => ['cnbc', 'euronews'].map((id) => ({ id, paragraphs: readFileSync(`${story}${id}.txt`, 'utf8').split('\n') }));

describe('key points on the bundled story', () => {
  const briefing = buildBriefing(bundled());

  it('covers the story\'s main facts once each, the main event first, with the report of the meeting rather than its preview', () => {
    // The CNBC preview ("is set to meet … set to acknowledge") is not a point: Euronews reports the meeting.
    // The apology opens though CNBC is given first; "The CEO met…" follows the point that names the CEO.
    expect(briefing.keyPoints).toEqual([
      {
        text: "Facebook CEO Mark Zuckerberg apologised to the European Parliament for a massive data leak that put users' data in the hands of political consultancy group Cambridge Analytica.",
        sources: ['euronews'],
      },
      {
        text: 'The CEO met with European Parliament lawmakers on Tuesday, three days before the new EU rules on data protection take effect.',
        sources: ['euronews'],
      },
      {
        text: 'Facebook previously said that 87 million users had their data "improperly shared" in connection with Cambridge Analytica — a firm publicly associated with President Donald Trump\'s 2016 election campaign.',
        sources: ['cnbc'],
      },
      {
        text: "The meeting was attended by the president of the European Parliament, Antonio Tajani, the leaders of the parliament's political groups and the chair of the civil liberties committee, Claude Moraes.",
        sources: ['euronews'],
      },
      {
        text: 'Cambridge Analytica, which shut down earlier this month and filed for bankruptcy, said that data was not used during the U.S. vote.',
        sources: ['cnbc'],
      },
    ]);
  });

  it('never picks boilerplate, navigation, questions or bare quotes, at any count', () => {
    for (const points of [3, 5, 7]) {
      const chosen = buildBriefing(bundled(), { points }).keyPoints;
      expect(chosen).toHaveLength(points);
      for (const point of chosen) {
        expect(point.text).not.toMatch(/Watch|VIDEO|Copyright|You might also like|Key Points|Find the key points|You can watch|^By |\?$|^["“]/);
        expect(point.text).toMatch(/[.!]["”]?$/);
      }
    }
  });

  it('briefing the CNBC article alone: no first-person sentence without its speaker, no preview stated twice', () => {
    const texts = buildBriefing(bundled().filter((a) => a.id === 'cnbc'), { points: 7 }).keyPoints.map((p) => p.text);
    expect(texts).not.toContain('I am glad to announce that he has accepted this new request.');
    expect(texts.filter((t) => /set to (?:meet|testify)/.test(t))).toHaveLength(1);
  });

  it('at seven points, still repeats no fact (the apology appears once)', () => {
    const texts = buildBriefing(bundled(), { points: 7 }).keyPoints.map((p) => p.text);
    expect(texts.filter((t) => /apologi[sz]ed/.test(t))).toHaveLength(1);
    expect(new Set(texts).size).toBe(7);
  });
});

const article = (id: string, paragraphs: string[]): ReadArticle => ({ id, title: id, paragraphs });

describe('selectKeyPoints', () => {
  it('lists every outlet that reports the same fact, and only those', () => {
    const a = article('a', [
      'The city council approved a new tram line to the airport on Monday after a two-year debate.',
      'The mayor said construction would begin next spring and take three years.',
      'Local shops along the route worry about the noise of the building work.',
    ]);
    const b = article('b', [
      'A new tram line to the airport was approved by the city council on Monday.',
      'Residents of the old town collected signatures against the plan for months.',
      'The regional transport office will publish the timetable in the autumn.',
    ]);
    const points = selectKeyPoints([a, b], 3);
    const tram = points.find((p) => p.text.startsWith('The city council approved'));
    expect(tram?.sources).toEqual(['a', 'b']);
    expect(points.filter((p) => /tram line/.test(p.text))).toHaveLength(1);
    expect(points.find((p) => p.text.startsWith('Residents'))?.sources ?? ['b']).toEqual(['b']);
  });

  it('lists all forty outlets that report the lead fact of a forty-article story', () => {
    const outlets = Array.from({ length: 40 }, (_, i) =>
      article(`o${i}`, [
        i % 2 === 0
          ? 'The river dam burst on Friday night and flooded the valley villages below it.'
          : 'Villages in the valley were flooded after the river dam burst on Friday night.',
        `Reporter ${i} spoke to families who spent the night on the roofs of their houses.`,
        'Rescue teams from the capital arrived by helicopter on Saturday morning.',
      ]),
    );
    const points = selectKeyPoints(outlets, 3);
    const dam = points.find((p) => /dam burst/.test(p.text));
    expect(dam?.text).toBe('The river dam burst on Friday night and flooded the valley villages below it.');
    expect(dam?.sources).toEqual(outlets.map((o) => o.id));
    const rescue = points.find((p) => /Rescue teams/.test(p.text));
    expect(rescue?.sources).toHaveLength(40);
  });

  it('does not merge two sentences whose figures differ', () => {
    const a = article('a', ['The storm left 300 homes without power across the northern valley on Sunday night.', 'Engineers worked through the night to restore the lines in the valley.', 'Schools in the valley stayed closed on Monday as a precaution.']);
    const b = article('b', ['The storm left 4,000 homes without power across the northern valley on Sunday night.', 'The power company apologised for the slow repairs in a statement.', 'Farmers counted damage to barns and fences after the high winds.']);
    const points = selectKeyPoints([a, b], 4);
    for (const p of points.filter((p) => /homes without power/.test(p.text))) expect(p.sources).toHaveLength(1);
  });

  it('prefers the lead of a single article and returns points in reading order', () => {
    const a = article('wire', [
      'The national museum reopened on Saturday after a renovation that lasted four years and cost 80 million euros.',
      'Visitors queued around the block before the doors opened at nine in the morning.',
      'The new wing holds the museum collection of medieval manuscripts and maps.',
      'A cafe on the roof offers views over the old harbour and the river.',
      'Tickets for the first month have already sold out, the museum said.',
    ]);
    const texts = selectKeyPoints([a], 3).map((p) => p.text);
    expect(texts[0]).toBe('The national museum reopened on Saturday after a renovation that lasted four years and cost 80 million euros.');
    expect(texts).toHaveLength(3);
  });

  it('is deterministic and returns nothing for articles without usable sentences', () => {
    const a = article('x', ['Photo gallery', 'Read more: our top stories']);
    expect(selectKeyPoints([a], 5)).toEqual([]);
    const b = article('y', ['The bridge over the river will close for repairs from June until the end of August.', 'Drivers will be sent through the town centre during the works on the bridge.', 'The council expects the repairs to cost about two million euros in total.']);
    expect(JSON.stringify(selectKeyPoints([b], 3))).toBe(JSON.stringify(selectKeyPoints([structuredClone(b)], 3)));
  });
});

describe('sentence fitness', () => {
  it.each([
    ['Watch live as the minister meets the committee in the capital today.', 'navigation or call to action'],
    ['You can watch the whole hearing again on our website tonight.', 'navigation or call to action'],
    ['Will the new rules change how the company handles your data?', 'a question'],
    ['"We are sorry and we will fix it as soon as we can," he said.', 'a bare quotation: belongs to quotes, not points'],
    ['Minister resigns after report on hospital waiting times', 'not a finished sentence (headline, caption or list item)'],
    ['Election interference.', 'too short to carry a fact'],
    ['By Jane Doe and the agency staff writers in the capital city.', 'byline or metadata'],
    ['The minister visits the flooded town The floods left hundreds of families without homes this week.', 'a photo caption run into the text'],
  ])('rejects %j: %s', (text, reason) => {
    expect(unfitReason(text)).toBe(reason);
  });

  it('accepts a fact with an attributed partial quote', () => {
    expect(unfitReason('A UK politician said that the session had been a "missed opportunity" for the committee.')).toBeUndefined();
  });

  it('finds a caption run into the text only at a capitalised function word', () => {
    expect(gluedCaption('Police arrested a man in the town The man was later released on bail.')).toBe(true);
    expect(gluedCaption('The minister met officials from the European Commission in Brussels on Monday.')).toBe(false);
    expect(gluedCaption('The report was first published by The Times on Sunday morning.')).toBe(false);
    // A clause opener too: "…at dawn As the race drew near, …", "…in the square According to police, …".
    expect(gluedCaption('The trainer with his horse at dawn As the race drew near, the yard filled up.')).toBe(true);
    expect(gluedCaption('Crowds gather in the square According to police, 3,000 people marched.')).toBe(true);
    expect(gluedCaption('The club sold its stadium as the debts grew, according to the accounts.')).toBe(false);
  });

  it('keeps the sentence behind a glued caption as the point, without the caption', () => {
    const text = 'Rescuers search the rubble in the old town The earthquake destroyed 40 homes in the old town on Sunday night.';
    expect(text.slice(captionEnd(text))).toBe('The earthquake destroyed 40 homes in the old town on Sunday night.');
    const points = selectKeyPoints([{ id: 'wire', title: 'Quake', paragraphs: [text, 'Engineers will inspect the bridges of the region before they reopen to traffic.', 'The regional government promised help for the families who lost their homes.'] }], 3);
    expect(points[0]).toEqual({ text: 'The earthquake destroyed 40 homes in the old town on Sunday night.', sources: ['wire'] });
  });

  it('strips wire datelines but keeps the sentence', () => {
    expect(stripDateline('(CNN)The bridge reopened on Monday.')).toBe('The bridge reopened on Monday.');
    expect(stripDateline('New Delhi, India (CNN) -- The bridge reopened on Monday.')).toBe('The bridge reopened on Monday.');
    expect(stripDateline('LONDON (Reuters) - The bridge reopened on Monday.')).toBe('The bridge reopened on Monday.');
    expect(stripDateline('The CNN bridge reopened on Monday.')).toBe('The CNN bridge reopened on Monday.');
  });
});
