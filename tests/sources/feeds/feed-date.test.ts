import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feedDate, publisherDay } from '../../../src/sources/feeds/feed-date.js';

/** Input → the one UTC instant it names, whatever the machine's time zone. */
const CASES: Array<[string, string | undefined]> = [
  // RFC 822 / 2822, as RSS writes it
  ['Mon, 23 Nov 2026 06:30:00 +0000', '2026-11-23T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 06:30:00 GMT', '2026-11-23T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 06:30:00 UT', '2026-11-23T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 08:30:00 +0200 (EET)', '2026-11-23T06:30:00.000Z'],
  ['Tue, 3 Mar 2026 9:05 -0500', '2026-03-03T14:05:00.000Z'],
  ['23 Nov 26 06:30 GMT', '2026-11-23T06:30:00.000Z'],
  ['Monday, 23-Nov-2026 06:30:00 GMT', '2026-11-23T06:30:00.000Z'],
  // zone names
  ['Mon, 23 Nov 2026 07:30:00 CET', '2026-11-23T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 08:30:00 CEST', '2026-07-01T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 07:30:00 MET', '2026-11-23T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 08:30:00 MEST', '2026-07-01T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 07:30:00 BST', '2026-07-01T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 12:00:00 IST', '2026-11-23T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 01:30:00 EST', '2026-11-23T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 02:30:00 EDT', '2026-07-01T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 00:30:00 CST', '2026-11-23T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 22:30:00 PST', '2026-11-24T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 23:30:00 PDT', '2026-07-02T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 00:30:00 MDT', '2026-07-01T06:30:00.000Z'],
  ['Mon, 23 Nov 2026 06:30:00 GMT+2', '2026-11-23T04:30:00.000Z'],
  ['Mon, 23 Nov 2026 06:30:00 UTC-05:30', '2026-11-23T12:00:00.000Z'],
  ['Mon, 23 Nov 2026 06:30:00 XYZ', '2026-11-23T06:30:00.000Z'],
  // PT / ET follow US daylight saving time by the date: PST in winter, PDT in summer
  ['Mon, 23 Nov 2026 22:30:00 PT', '2026-11-24T06:30:00.000Z'],
  ['Wed, 01 Jul 2026 23:30:00 PT', '2026-07-02T06:30:00.000Z'],
  ['Sun, 08 Mar 2026 01:59:00 ET', '2026-03-08T06:59:00.000Z'],
  ['Sun, 08 Mar 2026 03:00:00 ET', '2026-03-08T07:00:00.000Z'],
  ['Sun, 01 Nov 2026 00:30:00 ET', '2026-11-01T04:30:00.000Z'],
  ['Sun, 01 Nov 2026 02:30:00 ET', '2026-11-01T07:30:00.000Z'],
  // looser forms
  ['November 23, 2026 6:30 pm PT', '2026-11-24T02:30:00.000Z'],
  ['Nov 23rd 2026, 12:15 a.m. GMT', '2026-11-23T00:15:00.000Z'],
  // ISO 8601 / W3CDTF
  ['2026-11-23T06:30:00Z', '2026-11-23T06:30:00.000Z'],
  ['2026-11-23T08:30:00.250+02:00', '2026-11-23T06:30:00.250Z'],
  ['2026-11-23T01:30:00-0500', '2026-11-23T06:30:00.000Z'],
  ['2026-11-23 06:30', '2026-11-23T06:30:00.000Z'],
  ['2026-11-23T06:30:00', '2026-11-23T06:30:00.000Z'],
  ['2026-11-23', '2026-11-23T00:00:00.000Z'],
  ['20261123T063000Z', '2026-11-23T06:30:00.000Z'],
  // zone-less RFC 822 is UTC too
  ['Mon, 23 Nov 2026 06:30:00', '2026-11-23T06:30:00.000Z'],
  // not dates
  ['', undefined],
  ['yesterday', undefined],
  ['2026-13-01T00:00:00Z', undefined],
  ['31 Feb 2026 10:00 GMT', undefined],
  ['Mon, 23 Nov 2026 25:00:00 GMT', undefined],
];

describe('feedDate', () => {
  it.each(CASES)('%s → %s', (input, expected) => {
    expect(feedDate(input)).toBe(expected);
  });

  it('gives the same instants when the machine is in another time zone (Auckland, Los Angeles)', () => {
    const module = fileURLToPath(new URL('../../../src/sources/feeds/feed-date.ts', import.meta.url));
    const script = `import { feedDate, publisherDay } from ${JSON.stringify(module)};
const inputs = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(inputs.map((i) => feedDate(i) ?? null)));`;
    const inputs = CASES.map(([input]) => input);
    const expected = CASES.map(([, output]) => output ?? null);
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(inputs)], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual(expected);
    }
  });
});

describe('publisherDay: the calendar day the publisher dated an article with', () => {
  it.each([
    ['2026-03-03', '2026-03-03'],
    ['3 March 2026', '2026-03-03'],
    ['March 3, 2026', '2026-03-03'],
    // An evening in the publisher's own zone is still that day, although it is the next in UTC.
    ['2026-03-03T21:00:00-05:00', '2026-03-03'],
    ['Tue, 03 Mar 2026 21:00:00 -0500', '2026-03-03'],
    ['Tue, 03 Mar 2026 21:00:00 EST', '2026-03-03'],
    ['March 3, 2026 9:05 pm PT', '2026-03-03'],
    ['2026-03-04T00:30:00+01:00', '2026-03-04'],
  ])('%s → %s', (input, expected) => {
    expect(publisherDay(input)).toBe(expected);
  });

  it.each([
    // UTC and GMT say the instant, not the newsroom's day.
    ['2026-03-04T02:00:00Z'],
    ['Wed, 04 Mar 2026 02:00:00 GMT'],
    ['2026-03-04T02:00:00+00:00'],
    ['2026-03-04T02:00:00'],
    ['2026-03'],
    ['not a date'],
    ['2026-02-30'],
  ])('%s → none', (input) => {
    expect(publisherDay(input)).toBeUndefined();
  });
});
