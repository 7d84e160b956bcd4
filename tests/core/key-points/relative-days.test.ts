import { describe, expect, it } from 'vitest';
import { withDaysNamed } from '../../../src/core/key-points/relative-days.js';
import { selectKeyPoints } from '../../../src/core/key-points/key-points.js';
import { buildBriefing } from '../../../src/core/briefing.js';

// 2026-03-03 is a Tuesday.
const TUESDAY = '2026-03-03';

describe('relative days written as the weekday of publication', () => {
  it('names the day before, after, and parts of the day', () => {
    expect(withDaysNamed('The Brannock council voted yesterday to close the pool.', TUESDAY)).toBe('The Brannock council voted on Monday to close the pool.');
    expect(withDaysNamed('Yesterday, the Brannock council voted to close the pool.', TUESDAY)).toBe('On Monday, the Brannock council voted to close the pool.');
    expect(withDaysNamed('Crews will return tomorrow, the agency said.', TUESDAY)).toBe('Crews will return on Wednesday, the agency said.');
    expect(withDaysNamed('Fire crews were called last night to the Orme Street depot.', TUESDAY)).toBe('Fire crews were called on Monday night to the Orme Street depot.');
    expect(withDaysNamed('The mayor resigned this morning after a vote of no confidence.', TUESDAY)).toBe('The mayor resigned on Tuesday morning after a vote of no confidence.');
    expect(withDaysNamed('The ferry firm confirmed earlier today that sailings resume.', TUESDAY)).toBe('The ferry firm confirmed earlier on Tuesday that sailings resume.');
  });

  it('keeps a preposition and a possessive in place of "on"', () => {
    expect(withDaysNamed('Roads have been shut since yesterday, police said.', TUESDAY)).toBe('Roads have been shut since Monday, police said.');
    expect(withDaysNamed('After yesterday’s vote, the bill goes to the senate.', TUESDAY)).toBe('After Monday’s vote, the bill goes to the senate.');
    expect(withDaysNamed("Tomorrow's strike was called off.", TUESDAY)).toBe("Wednesday's strike was called off.");
    // Two days back, not one: left as written.
    expect(withDaysNamed('The pumps failed the day before yesterday.', TUESDAY)).toBe('The pumps failed the day before yesterday.');
  });

  it('reads "today" as a day only after a verb in the past', () => {
    expect(withDaysNamed('The Orlin Group said today it would cut 300 jobs.', TUESDAY)).toBe('The Orlin Group said on Tuesday it would cut 300 jobs.');
    expect(withDaysNamed('Farms face more pressure today than at any time since the war.', TUESDAY)).toBe('Farms face more pressure today than at any time since the war.');
  });

  it('never changes a quotation', () => {
    expect(withDaysNamed('“We only heard yesterday,” Ada Mireille said yesterday.', TUESDAY)).toBe('“We only heard yesterday,” Ada Mireille said on Monday.');
    expect(withDaysNamed("Ada Mireille said the town would 'wake up tomorrow' to the news.", TUESDAY)).toBe("Ada Mireille said the town would 'wake up tomorrow' to the news.");
  });

  it('leaves the text alone without a calendar day of publication', () => {
    expect(withDaysNamed('The council voted yesterday to close the pool.', undefined)).toBe('The council voted yesterday to close the pool.');
    // A time normalised to UTC no longer says the publisher's own day.
    expect(withDaysNamed('The council voted yesterday to close the pool.', '2026-03-03T01:30:00.000Z')).toBe('The council voted yesterday to close the pool.');
  });

  it('is applied to a story’s points, each by its own article’s day', () => {
    const report = { id: 'report', title: 'Pool vote', paragraphs: ['The Brannock council voted yesterday to close the Orme Street pool for two years.', 'The pool opened in 1974 and needs new pumps.'], published: TUESDAY };
    const later = { id: 'later', title: 'Pool protest', paragraphs: ['Swimmers marched to the Brannock town hall yesterday to protest against the closure of the Orme Street pool.'], published: '2026-03-05' };
    expect(selectKeyPoints([report, later], 2).map((p) => p.text)).toEqual([
      'Swimmers marched to the Brannock town hall on Wednesday to protest against the closure of the Orme Street pool.',
      'The Brannock council voted on Monday to close the Orme Street pool for two years.',
    ]);
  });

  it('takes the publisher\'s day over the UTC instant, through the briefing', () => {
    // 21:30 in the newsroom's zone on Tuesday 3 March is already Wednesday in UTC.
    const article = {
      id: 'post',
      title: 'Sluice gates shut',
      paragraphs: ['The Fenmoor drainage board shut the Carrow sluice gates yesterday after the river rose two metres.', 'The gates were last shut in 2019.'],
      published: '2026-03-04T02:30:00.000Z',
      publishedDay: '2026-03-03',
    };
    expect(buildBriefing([article]).keyPoints.map((p) => p.text)).toEqual(['The Fenmoor drainage board shut the Carrow sluice gates on Monday after the river rose two metres.', 'The gates were last shut in 2019.']);
    const { publishedDay: _day, ...instantOnly } = article;
    expect(buildBriefing([instantOnly]).keyPoints.map((p) => p.text)).toEqual(['The Fenmoor drainage board shut the Carrow sluice gates yesterday after the river rose two metres.', 'The gates were last shut in 2019.']);
  });
});
