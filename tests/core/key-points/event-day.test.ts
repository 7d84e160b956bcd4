import { describe, expect, it } from 'vitest';
import { eventDay } from '../../../src/core/key-points/event-day.js';

describe('the day a preview dates its event with', () => {
  it('reads month and day either way round, with or without a year', () => {
    expect(eventDay('The Tarn bridge will close to cars from June 1.', '2026-05-02')).toBe('2026-06-01');
    expect(eventDay('The hearing is set for 12 May 2027.', '2026-05-02')).toBe('2027-05-12');
    expect(eventDay('Sentence will be passed on July 8th, the judge said.', '2026-06-03')).toBe('2026-07-08');
  });

  it('takes a weekday as that day on or after publication, never "last Monday"', () => {
    // 2026-03-02 is a Monday.
    expect(eventDay('The panel is expected to retire on Thursday.', '2026-03-02')).toBe('2026-03-05');
    expect(eventDay('The minister will meet them on Monday.', '2026-03-02')).toBe('2026-03-02');
    expect(eventDay('He resigned last Monday and will leave on Friday.', '2026-03-03')).toBe('2026-03-06');
  });

  it('reads "this morning", "today", "tonight" as the publication day and "tomorrow" as the next', () => {
    expect(eventDay('The Arlen tram line will carry its first passengers this morning.', '2026-09-19')).toBe('2026-09-19');
    expect(eventDay('The council will vote tonight on the budget.', '2026-09-19')).toBe('2026-09-19');
    expect(eventDay('The ferry is expected to sail tomorrow.', '2026-09-19')).toBe('2026-09-20');
  });

  it('does not take the day something was said for the day of the event', () => {
    // 2026-09-19 is a Saturday: "on Friday" here is the day the council spoke, six days before the next Friday.
    expect(eventDay('The line will open this morning, Arlen City Council confirmed on Friday.', '2026-09-19')).toBe('2026-09-19');
    expect(eventDay('The line will open soon, the council said Friday.', '2026-09-19')).toBeUndefined();
    expect(eventDay('The line will open on Friday, the council said.', '2026-09-19')).toBe('2026-09-25');
  });

  it('leaves out dates of the past and takes the earliest of those to come', () => {
    expect(eventDay('The mill, shut since March 3, will reopen on April 20 and hire again from May 4.', '2026-04-01')).toBe('2026-04-20');
    expect(eventDay('Talks resume on January 5.', '2026-12-20')).toBe('2027-01-05');
    expect(eventDay('The strike that began on March 3 will go on.', '2026-04-01')).toBeUndefined();
    expect(eventDay('The union may strike soon.', '2026-04-01')).toBeUndefined();
  });

  it('does not take a deadline for the day of the event: it may come any day before', () => {
    // 2026-03-02 is a Monday.
    expect(eventDay('The minister said on Monday she would decide by Friday whether the operator keeps the line.', '2026-03-02')).toBeUndefined();
    expect(eventDay('The board must rule before June 1 on the new pier.', '2026-05-02')).toBeUndefined();
    expect(eventDay('The club expects an answer by tomorrow.', '2026-05-02')).toBeUndefined();
    expect(eventDay('Bids are due no later than 12 May, and the winner will be named on May 20.', '2026-05-02')).toBe('2026-05-20');
    // "by" before a count is no deadline: the day after it still dates the event.
    expect(eventDay('The council is expected to pass the plan by a wide margin on Thursday.', '2026-03-02')).toBe('2026-03-05');
  });
});
