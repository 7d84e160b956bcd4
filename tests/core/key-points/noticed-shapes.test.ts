import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import type { Article } from '../../../src/core/types.js';

// Shapes noticed by briefing made-up pages (issue #13), each a rule for the language pattern: a sentence
// that leans on an "it" nobody named, the writer's own first person, a rumour beside its confirmation, a
// poll or a schedule beside the outcome, and an embedded tweet.
const page = (id: string, published: string, paragraphs: string[], publisher = 'Skelby Courier'): Article => ({ id, title: `${id} headline`, publisher, published, paragraphs });
const points = (articles: Article[], count = 5) => buildBriefing(articles, { points: count }).keyPoints.map((p) => p.text);

describe('"It is" and "It\'s" opening a sentence', () => {
  it('needs a named referent when "it" refers to something, and none when it is a dummy subject', () => {
    expect(points([page('home', '2026-04-13', [
      'The Dunmere care home will close in March, Holtby council said on Monday.',
      '‘We are heartbroken.’',
      // A dummy subject: the sentence says what it says on its own.
      'It is unclear where the 40 residents will move.',
      '‘It is a scandal.’',
      // "It" is the home: out of its article, the reader cannot tell what "it" is.
      'It is owned by Wystan Care and employs 60 staff.',
      '‘Where will she go?’',
      'It was not immediately clear whether any staff would keep their jobs.',
      '‘Nobody told us.’',
      'It is understood the council will pay for residents to move to homes in Skelby.',
      '‘I cried all night.’',
      'It is expected to close on 31 March.',
      '‘We are angry.’',
      'Families were told of the closure at a meeting on Monday evening.',
    ])], 8)).toEqual([
      'The Dunmere care home will close in March, Holtby council said on Monday.',
      'It is unclear where the 40 residents will move.',
      'It was not immediately clear whether any staff would keep their jobs.',
      'It is understood the council will pay for residents to move to homes in Skelby.',
      'Families were told of the closure at a meeting on Monday evening.',
    ]);
  });
});

describe('the writer\'s first person', () => {
  it('is no point when someone "told me": the writer is the "me", not the speaker', () => {
    expect(points([page('bridge', '2026-05-02', [
      'The Sallow bridge in Holtby will stay closed to lorries until the end of the year, the council said on Friday.',
      'The mayor told me the bridge would reopen to cars in May.',
      'Engineers found cracks in two of its steel supports in March.',
      'Mayor Tilda Lune told the council the repairs would cost 4 million crowns.',
      'When I visited on Thursday, a ferry was carrying cars across the river instead.',
      'Traders on both banks say they have lost a third of their customers.',
    ])], 6)).toEqual([
      'The Sallow bridge in Holtby will stay closed to lorries until the end of the year, the council said on Friday.',
      'Engineers found cracks in two of its steel supports in March.',
      'Mayor Tilda Lune told the council the repairs would cost 4 million crowns.',
      'Traders on both banks say they have lost a third of their customers.',
    ]);
  });
});

describe('a rumour and its confirmation', () => {
  const rumour = page('rumour', '2026-06-01', [
    'Holtby Bank is reported to be considering closing its Dunmere branch, the last bank in the town.',
    'Staff at the branch were not told of the plans, according to a union official.',
    'Residents fear older customers will have to travel to Skelby to pay in cash.',
  ], 'Dunmere Post');

  it('gives one point: the confirmation supersedes the rumour, as a report does a preview', () => {
    expect(points([rumour, page('confirmed', '2026-06-03', [
      'Holtby Bank confirmed on Wednesday that it will close its Dunmere branch in September.',
      'The bank said fewer customers now visited the branch than used its mobile app.',
      'A post office counter in the town will offer basic banking services.',
    ], 'Skelby Courier')], 5)).toEqual([
      'Holtby Bank confirmed on Wednesday that it will close its Dunmere branch in September.',
      'The bank said fewer customers now visited the branch than used its mobile app.',
      'Residents fear older customers will have to travel to Skelby to pay in cash.',
      'A post office counter in the town will offer basic banking services.',
      'Staff at the branch were not told of the plans, according to a union official.',
    ]);
  });

  it('keeps the rumour when the bank declines to confirm it', () => {
    expect(points([rumour, page('declined', '2026-06-03', [
      'Holtby Bank has not confirmed whether it will close its Dunmere branch.',
      'The bank said fewer customers now visited the branch than used its mobile app.',
    ], 'Skelby Courier')], 5)).toContain('Holtby Bank is reported to be considering closing its Dunmere branch, the last bank in the town.');
  });
});

describe('a first day\'s polls beside the outcome', () => {
  it('drops the polls once a later day reports who won', () => {
    expect(points([page('eve', '2026-09-05', [
      'Voters in Norland elect a new parliament on Sunday after a campaign dominated by the cost of housing.',
      'Polls show the Skelby Party and the Velm Alliance level ahead of Sunday’s election in Norland.',
      'Housing minister Oskar Pelham has promised 40,000 new homes if his party wins.',
    ], 'Dunmere Post'), page('result', '2026-09-07', [
      'The Velm Alliance won Sunday’s election in Norland with 41 percent of the vote.',
      'The Skelby Party came second with 33 percent, its worst result since 1994.',
      'Turnout was 68 percent, up from 61 percent four years ago.',
    ], 'Skelby Courier')], 5)).toEqual([
      'The Velm Alliance won Sunday’s election in Norland with 41 percent of the vote.',
      'Voters in Norland elect a new parliament on Sunday after a campaign dominated by the cost of housing.',
      'The Skelby Party came second with 33 percent, its worst result since 1994.',
      'Housing minister Oskar Pelham has promised 40,000 new homes if his party wins.',
      'Turnout was 68 percent, up from 61 percent four years ago.',
    ]);
  });
  it('drops a schedule told in the present once the story has passed its day', () => {
    expect(points([page('eve', '2026-09-05', [
      'Polling stations across Norland open at 7am on Sunday and close at 10pm.',
      'Fourteen parties are standing for the 120 seats in parliament.',
      'The Skelby Party has promised to build 40,000 new homes.',
    ], 'Dunmere Post'), page('result', '2026-09-07', [
      'The Velm Alliance won Sunday’s election in Norland with 41 percent of the vote.',
      'Turnout was 68 percent, up from 61 percent four years ago.',
      'The new parliament meets for the first time on 1 October.',
    ], 'Skelby Courier')], 5)).toEqual([
      'The Velm Alliance won Sunday’s election in Norland with 41 percent of the vote.',
      'The Skelby Party has promised to build 40,000 new homes.',
      // A schedule of a day still to come stays.
      'The new parliament meets for the first time on 1 October.',
      'Turnout was 68 percent, up from 61 percent four years ago.',
      'Fourteen parties are standing for the 120 seats in parliament.',
    ]);
  });
});

describe('tweets embedded in archived pages', () => {
  it('are page furniture, with their markup, links and signature', () => {
    expect(points([page('run', '2016-03-04', [
      'More than 3,000 runners took part in the Holtby fun run on Thursday, raising 90,000 crowns for the town’s hospice.',
      'Great turnout at the Holtby fun run this morning, well done everyone! pic.twitter.com/aB3dE9xYz1 — Tilda Lune (@tildalune) March 3, 2016',
      'The winner, Oskar Pelham, finished the ten-kilometre course in 31 minutes.',
      'So proud of our hospice nurses who ran the whole course in their uniforms today.',
      '— Holtby Hospice (@holtbyhospice) March 3, 2016',
      '<tweet author="@velmrunners" datetime="2016-03-03">Our club took forty runners to the Holtby fun run and every one of them finished. https://t.co/Qw12Er34Ty</tweet>.',
      'The race will be held again next March, the organisers said.',
    ])], 6)).toEqual([
      'More than 3,000 runners took part in the Holtby fun run on Thursday, raising 90,000 crowns for the town’s hospice.',
      'The winner, Oskar Pelham, finished the ten-kilometre course in 31 minutes.',
      'The race will be held again next March, the organisers said.',
    ]);
  });
});
