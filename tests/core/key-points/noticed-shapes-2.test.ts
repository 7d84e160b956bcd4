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

describe('probed pages: a team sheet, a live page, an explainer, a recall, a warning', () => {
  it('drops a team sheet: a label and a list of names is no sentence', () => {
    expect(points([page('match', '2026-04-12', [
      'Orvik City moved two points clear at the top of the Northern League with a 3-1 win over Velm Rovers on Saturday.',
      'Dean Whitlow gave City the lead in the 12th minute, heading in a corner from Joel Ansah.',
      'Orvik City: Holm, Berg, Lund, Falk, Strand; Ansah, Whitlow, Nyberg; Visk, Dahl, Ek.',
      'Velm Rovers: Moen, Sund, Aas, Lie, Vik; Haug, Stenberg, Bakke; Rud, Foss, Dale.',
      'Attendance: 11,420.',
    ])], 5)).toEqual([
      'Orvik City moved two points clear at the top of the Northern League with a 3-1 win over Velm Rovers on Saturday.',
      'Dean Whitlow gave City the lead in the 12th minute, heading in a corner from Joel Ansah.',
    ]);
  });

  it('cuts a live page\'s bare time stamp, and drops its prompts and the outlet\'s own reporter', () => {
    expect(points([page('live', '2026-10-04', [
      '23:58 The Velm Alliance is projected to be the largest party with 48 of the 120 seats, according to the exit poll.',
      '23:41 Turnout is expected to be around 71 percent, the highest since 1998.',
      'Refresh the page for the latest updates.',
      'Our correspondent Mina Roswell is at the Velm Alliance party in Orvik, where supporters are cheering.',
      '23:15 First result: the Skelby Party holds Harl North with a majority of 1,204.',
    ])], 5)).toEqual([
      'The Velm Alliance is projected to be the largest party with 48 of the 120 seats, according to the exit poll.',
      'Turnout is expected to be around 71 percent, the highest since 1998.',
      'First result: the Skelby Party holds Harl North with a majority of 1,204.',
    ]);
  });

  it('drops an explainer\'s "Here is what you need to know."', () => {
    expect(points([page('tunnel', '2026-03-02', [
      'The government has approved plans for a 9km road tunnel under Orvik harbour. Here is what you need to know.',
      'What is being built?',
      'The tunnel will link the Velm motorway to the island of Holm and is due to open in 2032.',
      'How much will it cost?',
      'The latest estimate is 4.2 billion crowns, up from 2.8 billion when the project was first announced in 2019.',
    ])], 5)).toEqual([
      'The government has approved plans for a 9km road tunnel under Orvik harbour.',
      'The tunnel will link the Velm motorway to the island of Holm and is due to open in 2032.',
      'The latest estimate is 4.2 billion crowns, up from 2.8 billion when the project was first announced in 2019.',
    ]);
  });

  it('drops a first recall count once a later day widens the recall', () => {
    expect(points([page('recall', '2026-06-10', [
      'Carmaker Velm Motors is recalling 48,000 cars because of a fault that can make the airbags fail to open.',
      'The recall covers Velm Sparrow models built between March 2024 and January 2026.',
      'Owners will be contacted by letter and the repair will be free, the company said.',
    ], 'Norland Wire'), page('wider', '2026-06-12', [
      'Velm Motors has widened its airbag recall to 112,000 cars after finding the fault in a second model.',
      'The transport safety agency said it had opened an investigation into how long the company knew of the fault.',
      'Shares in Velm Motors fell 6 percent on Friday.',
    ], 'Orvik Post')], 5)).toEqual([
      'Velm Motors has widened its airbag recall to 112,000 cars after finding the fault in a second model.',
      'Shares in Velm Motors fell 6 percent on Friday.',
      'The recall covers Velm Sparrow models built between March 2024 and January 2026.',
      'The transport safety agency said it had opened an investigation into how long the company knew of the fault.',
      'Owners will be contacted by letter and the repair will be free, the company said.',
    ]);
  });

  it('drops a warning that was to start on a day the story has passed, though its time has a colon', () => {
    expect(points([page('warning', '2026-02-02', [
      'An amber warning for wind will come into force across the west coast at 06:00 on Tuesday.',
      'Gusts of up to 130km/h are forecast along the coast, with a risk of damage to buildings.',
    ], 'Orvik Post'), page('storm', '2026-02-04', [
      'Storm Brenna brought down trees and power lines across the west coast on Tuesday, leaving 31,000 homes without power.',
      'A gust of 142km/h was recorded at Skelby, the strongest since 2011.',
      'Power had been restored to all but 2,000 homes by Wednesday evening, the grid operator said.',
    ])], 5)).toEqual([
      'Storm Brenna brought down trees and power lines across the west coast on Tuesday, leaving 31,000 homes without power.',
      'Gusts of up to 130km/h are forecast along the coast, with a risk of damage to buildings.',
      'Power had been restored to all but 2,000 homes by Wednesday evening, the grid operator said.',
      'A gust of 142km/h was recorded at Skelby, the strongest since 2011.',
    ]);
  });
});

describe('probed pages: an outlet\'s or a company\'s "we" with no speaker', () => {
  it('is no point: a live page\'s promise to the reader, a club\'s condolences, a firm\'s apology', () => {
    expect(unfitReason('We will be bringing you the latest updates on the heatwave throughout the day.')).toBe('first person with no speaker');
    expect(unfitReason('Our thoughts are with Karl’s family and friends at this sad time.')).toBe('first person with no speaker');
    expect(unfitReason('We apologise to our customers for any inconvenience this may cause.')).toBe('first person with no speaker');
    // With its speaker, it is someone's statement.
    expect(unfitReason('We apologise to our customers for any inconvenience, Holm Foods said.')).toBeUndefined();
    expect(unfitReason('Holm Foods: We apologise to our customers for any inconvenience.')).toBeUndefined();
  });
});

describe('probed pages: a weather warning raised', () => {
  it('drops the first day\'s yellow warning once a later day upgrades it', () => {
    expect(points([page('yellow', '2026-11-16', [
      'A yellow warning for rain is in force for the Holm valley from midnight on Tuesday.',
      'Up to 60mm of rain could fall in 24 hours, the weather office said.',
    ], 'Norland Daily'), page('amber', '2026-11-17', [
      'The weather office has upgraded its warning for the Holm valley to amber, meaning there is a danger to life from fast-flowing water.',
      'Up to 90mm of rain is now expected in the valley by Wednesday morning.',
      'Residents of 120 homes near the river in Tarnby have been told to prepare to leave.',
    ], 'Orvik Post')], 5)).toEqual([
      'The weather office has upgraded its warning for the Holm valley to amber, meaning there is a danger to life from fast-flowing water.',
      'Up to 60mm of rain could fall in 24 hours, the weather office said.',
      'Up to 90mm of rain is now expected in the valley by Wednesday morning.',
      'Residents of 120 homes near the river in Tarnby have been told to prepare to leave.',
    ]);
  });
});

describe('probed pages: a note that the page will be updated, a summary box, an answer with no subject', () => {
  it('drops "This page will be updated …" and "This is a developing story."', () => {
    expect(unfitReason('This page will be updated as the story develops.')).toBe('a note about the page');
    expect(unfitReason('This is a developing story and will be updated.')).toBe('a note about the page');
    expect(unfitReason('This story has been updated with the latest figures from police.')).toBe('a note about the page');
  });

  it('drops a live page\'s welcome', () => {
    expect(unfitReason('Welcome to our live coverage of Storm Hild, which is expected to bring the strongest winds in a decade.')).toBe('navigation or call to action');
    expect(unfitReason('Welcome back to the live blog as counting continues in Orvik.')).toBe('navigation or call to action');
  });

  it('drops a summary of fragments joined by semicolons', () => {
    expect(unfitReason('Bills up 18% from April; average rise 640 crowns; money for new pipes.')).toBe('a list of fragments without a verb');
    expect(unfitReason('Family flowers only; donations to the Harl lifeboat at the quay.')).toBe('a list of fragments without a verb');
    // One part with a verb, or long enough to hold one we do not know, makes a sentence.
    expect(unfitReason('Bills will rise by 18% from April; the average rise is 640 crowns.')).toBeUndefined();
    expect(unfitReason('Among the three, Lune wins with 38 percent; Brandt comes second with 34 percent while Ek receives 11 percent.')).toBeUndefined();
  });

  it('takes a count with no noun ("About 65,000 were sold …") only right after the sentence it counts', () => {
    expect(points([page('heaters', '2026-04-22', [
      'Which heaters are affected?',
      'The Holm Comfort 2000 electric heater has been recalled after a faulty switch caused 14 fires, the company says.',
      'What should I do?',
      'Owners should stop using the heater and register for a free replacement on the Holm website.',
      'How many were sold?',
      'About 65,000 were sold in Norland, mostly through Velm Home stores.',
    ])], 5)).toEqual([
      'The Holm Comfort 2000 electric heater has been recalled after a faulty switch caused 14 fires, the company says.',
      'Owners should stop using the heater and register for a free replacement on the Holm website.',
    ]);
  });
});

describe('a heading in capitals glued to the sentence after it', () => {
  it('is cut off the point', () => {
    const story = [page('tolls', '2026-03-02', ['THE NEW BRIDGE TOLLS EXPLAINED Drivers will pay £3 to cross the Skelby bridge from Monday.'])];
    expect(points(story)).toEqual(['Drivers will pay £3 to cross the Skelby bridge from Monday.']);
  });

  it('leaves two words in capitals and a sentence opening with an abbreviation alone', async () => {
    const { promptEnd } = await import('../../../src/core/key-points/stand-alone.js');
    expect(promptEnd('ROLL ON Skelby won the cup on Saturday.')).toBe(0);
    expect(promptEnd('US GDP rose 2% in the quarter.')).toBe(0);
  });
});
