import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../src/core/briefing.js';
import type { Article } from '../../../src/core/types.js';

// Small made-up pages in the house styles of real ones (issue #13): every point must stand on its own,
// so page furniture, notes to the reader and captions never become points, and the news around them stays.
const page = (id: string, published: string, paragraphs: string[]): Article => ({ id, title: `${id} headline`, publisher: 'Kessel Gazette', published, paragraphs });
const points = (articles: Article[], count = 5) => buildBriefing(articles, { points: count }).keyPoints.map((p) => p.text);

describe('notes to the reader are not points', () => {
  it('drops an amendment note, a correction and an editor\'s note with what they say about the earlier version', () => {
    expect(points([page('wing', '2026-06-03', [
      'Editor\'s note: This story has been updated with a response from the health ministry.',
      'Kessel General Hospital opened a new cancer wing on Wednesday after three years of building work.',
      'The wing has 64 beds and two radiotherapy machines, and cost 95 million crowns.',
      'Health minister Oskar Brandt cut the ribbon at a ceremony attended by staff and patients.',
      'The hospital said the wing would cut waiting times for treatment by half.',
      'This article was amended on 4 June 2026. An earlier version said the wing had 46 beds.',
      'Correction: A previous version of this article misspelled the name of the health minister.',
      'Nurses from the old ward moved into the wing on Wednesday afternoon.',
    ])], 6)).toEqual([
      'Kessel General Hospital opened a new cancer wing on Wednesday after three years of building work.',
      'The wing has 64 beds and two radiotherapy machines, and cost 95 million crowns.',
      'Health minister Oskar Brandt cut the ribbon at a ceremony attended by staff and patients.',
      'The hospital said the wing would cut waiting times for treatment by half.',
      'Nurses from the old ward moved into the wing on Wednesday afternoon.',
    ]);
  });

  it('drops the credit lines of wire and agency copy', () => {
    expect(points([page('quake', '2026-08-02', [
      'VELMA, Aster (AP) — A magnitude 6.1 earthquake struck eastern Aster on Sunday, killing at least 12 people and damaging hundreds of homes.',
      'The quake hit before dawn near the town of Velm, the national seismic service said.',
      'Associated Press writer Ada Quist contributed to this report.',
      'Rescue teams were searching collapsed buildings in Velm and two nearby villages.',
      'Additional reporting by Tom Bellamy in Orvik.',
      'The government declared a state of emergency in the region.',
      'Reporting by Ada Quist; Editing by Mina Roswell.',
    ])], 6)).toEqual([
      'A magnitude 6.1 earthquake struck eastern Aster on Sunday, killing at least 12 people and damaging hundreds of homes.',
      'The quake hit before dawn near the town of Velm, the national seismic service said.',
      'Rescue teams were searching collapsed buildings in Velm and two nearby villages.',
      'The government declared a state of emergency in the region.',
    ]);
  });
});

describe('notes about the page itself', () => {
  it('drops a series note and a partnership note', () => {
    expect(points([page('dam', '2026-08-10', [
      'Engineers have found cracks in the Hekra dam, which holds back the water supply for 200,000 people in Orvik.',
      'This article is part of our series on Norland\'s ageing infrastructure.',
      'The dam was built in 1961 and was last inspected in 2019.',
      'This story was produced in partnership with the Norland Investigative Fund.',
      'The water authority said there was no immediate danger but that it would lower the reservoir by four metres.',
      'Repairs are expected to take two years and cost 300 million crowns.',
      'This article was originally published by the Orvik Post.',
    ])], 5)).toEqual([
      'Engineers have found cracks in the Hekra dam, which holds back the water supply for 200,000 people in Orvik.',
      'The dam was built in 1961 and was last inspected in 2019.',
      'The water authority said there was no immediate danger but that it would lower the reservoir by four metres.',
      'Repairs are expected to take two years and cost 300 million crowns.',
    ]);
  });
});

describe('prompts run into the text', () => {
  it('reads the sentence behind an advertisement marker and leaves out a newsletter pitch', () => {
    expect(points([page('heat', '2026-07-20', [
      'Norland recorded its hottest day on Monday when the temperature reached 36.4C in the town of Skorva.',
      'ADVERTISEMENT',
      'The previous record, 35.1C, was set in Orvik in 2019.',
      'Advertisement Hospitals reported a rise in patients with heatstroke.',
      'Get our free weather newsletter: the week ahead in your inbox every Friday.',
      'The weather office said temperatures would fall later in the week.',
      'Story continues below advertisement',
      'Water companies asked customers to use less water in the evenings.',
    ])], 6)).toEqual([
      'Norland recorded its hottest day on Monday when the temperature reached 36.4C in the town of Skorva.',
      'The previous record, 35.1C, was set in Orvik in 2019.',
      'Hospitals reported a rise in patients with heatstroke.',
      'The weather office said temperatures would fall later in the week.',
      'Water companies asked customers to use less water in the evenings.',
    ]);
  });

  it('reads an answer of a question-and-answer page without its label, so that a pronoun answer waits for its question', () => {
    expect(points([page('parking', '2026-06-06', [
      'Kessel city council has approved new parking charges for the city centre, which take effect on 1 August.',
      'Q: What is changing? A: Parking in the centre will cost 30 crowns an hour, up from 20.',
      'Q: Why is the council doing this? A: It says it needs 6 million crowns a year to repair roads.',
      'Q: How will shop workers get to work? A: We will have to take the bus, because parking every day costs too much.',
      'Q: Your shop is in the centre and most of your customers drive there. A: Yes.',
      'Blue badge holders and residents with a permit will still park for free.',
      'The council voted 31 to 18 in favour of the charges on Thursday.',
    ])], 5)).toEqual([
      'Kessel city council has approved new parking charges for the city centre, which take effect on 1 August.',
      'Parking in the centre will cost 30 crowns an hour, up from 20.',
      'Blue badge holders and residents with a permit will still park for free.',
      'The council voted 31 to 18 in favour of the charges on Thursday.',
    ]);
  });
});

describe('captions written without a verb of their own', () => {
  it('leaves out "Name with his …" and "Name, 22, pictured at …"', () => {
    expect(points([page('prize', '2026-02-20', [
      'Orvik engineer Tor Ahl has won the Norland Prize for inventing a cheap water filter used in 40 countries.',
      'Tor Ahl with his filter at his workshop in Orvik.',
      'Ahl isn’t the first engineer from Orvik to win the prize.',
      'The filter, made from clay and sawdust, costs less than a crown to produce.',
      'Ahl said he would give the prize money of 1 million crowns to a charity in Aster.',
      'Ahl (left) and his daughter Eva, 22, pictured at the prize announcement in Kessel on Friday.',
      'The prize is awarded every two years by the Norland Academy of Sciences.',
    ])], 6)).toEqual([
      'Orvik engineer Tor Ahl has won the Norland Prize for inventing a cheap water filter used in 40 countries.',
      // A contraction with a curly apostrophe is a verb: the sentence is no fragment.
      'Ahl isn’t the first engineer from Orvik to win the prize.',
      'The filter, made from clay and sawdust, costs less than a crown to produce.',
      'Ahl said he would give the prize money of 1 million crowns to a charity in Aster.',
      'The prize is awarded every two years by the Norland Academy of Sciences.',
    ]);
  });
});

describe('wire furniture before the lead and labels on the text', () => {
  it('drops a wire photo caption above the lead, so that the lead loses its dateline', () => {
    expect(points([page('bank', '2026-03-06', [
      'FILE PHOTO: A view of the Marlow Bank headquarters in Kessel, Norland, March 3, 2026. REUTERS/Ada Quist/File Photo',
      'KESSEL, March 6 (Reuters) - Marlow Bank will cut 1,200 jobs over the next two years as it closes a third of its branches, the bank said on Friday.',
      'The bank said more customers now used its mobile app than its branches.',
      'Customers queue outside a Marlow Bank branch in Orvik, Norland, March 5, 2026. REUTERS/Tom Bellamy',
      'Shares rose 3 percent in early trading.',
    ])], 5)).toEqual([
      'Marlow Bank will cut 1,200 jobs over the next two years as it closes a third of its branches, the bank said on Friday.',
      'The bank said more customers now used its mobile app than its branches.',
      'Shares rose 3 percent in early trading.',
    ]);
  });

  it('cuts a dateline with a region or a colon, and one opening a later paragraph', () => {
    expect(points([page('floods', '2026-11-02', [
      'VELM, Aster, Nov. 2 (Aster Herald) — Floodwater forced 3,000 people from their homes on Monday.',
      'Soldiers used boats to rescue elderly residents from the upper floors of their houses.',
      'ORVIK, Aster — In neighbouring Orvik, schools were closed as a precaution.',
      'The river rose by two metres in six hours, the water authority said.',
    ])], 4)).toEqual([
      'Floodwater forced 3,000 people from their homes on Monday.',
      'Soldiers used boats to rescue elderly residents from the upper floors of their houses.',
      'In neighbouring Orvik, schools were closed as a precaution.',
      'The river rose by two metres in six hours, the water authority said.',
    ]);
    expect(points([page('mine', '2026-11-03', [
      'SKORVA, Norland: Rescuers freed four miners trapped underground for two days at the Skorva copper mine on Tuesday.',
      'The men were taken to hospital but were not badly hurt, the mine operator said.',
      'A roof collapse had trapped them 400 metres below ground on Sunday.',
    ])], 3)).toEqual([
      // "mine" here is the pit, not the first person: the lead stays.
      'Rescuers freed four miners trapped underground for two days at the Skorva copper mine on Tuesday.',
      'The men were taken to hospital but were not badly hurt, the mine operator said.',
      'A roof collapse had trapped them 400 metres below ground on Sunday.',
    ]);
  });

  it('reads the sentence behind a "BREAKING:" or "UPDATE:" label and a live page\'s time stamp', () => {
    expect(points([page('storm', '2026-01-11', [
      'BREAKING: Storm Valka has cut power to 60,000 homes on the west coast of Norland, the energy company Norvolt said.',
      '14:32 GMT: Ferries to the islands have been cancelled for the rest of the day.',
      'UPDATE: Two people were injured by falling trees in Kessel, police said.',
      'Posted at 15:40 The weather office has issued a red warning until Sunday morning.',
    ])], 4)).toEqual([
      'Storm Valka has cut power to 60,000 homes on the west coast of Norland, the energy company Norvolt said.',
      'Ferries to the islands have been cancelled for the rest of the day.',
      'Two people were injured by falling trees in Kessel, police said.',
      'The weather office has issued a red warning until Sunday morning.',
    ]);
  });
});

describe('the newsroom speaking of itself', () => {
  it('leaves out a request for comment and the writer\'s note at the end of a column', () => {
    expect(points([page('harbour', '2026-07-04', [
      'The fishing fleet of Orvik has shrunk from 60 boats to 11 since 2010, figures from the harbour office show.',
      'The council has offered a grant of 2 million crowns to fishermen who buy new engines.',
      'We have contacted the fisheries ministry for comment.',
      'The harbour master has been approached for comment.',
      'Only three of the remaining boats are younger than 30 years.',
      'Ada Quist is a writer and former fisherman\'s daughter from Orvik.',
    ])], 5)).toEqual([
      'The fishing fleet of Orvik has shrunk from 60 boats to 11 since 2010, figures from the harbour office show.',
      'The council has offered a grant of 2 million crowns to fishermen who buy new engines.',
      'Only three of the remaining boats are younger than 30 years.',
    ]);
  });

  it('keeps a sentence about a writer that is the story', () => {
    expect(points([page('award', '2026-07-05', [
      'Ada Quist is a writer from Orvik who has won the Norland Book Prize for her first novel.',
      'The novel, about a fishing family, has sold 40,000 copies since it came out in March.',
      'The prize of 500,000 crowns was presented in Kessel on Saturday.',
      'Tom Bellamy is the Kessel Gazette\'s books editor and chaired the jury this year.',
      'The jury read 212 novels in four months.',
    ])], 5)).toEqual([
      'Ada Quist is a writer from Orvik who has won the Norland Book Prize for her first novel.',
      'The novel, about a fishing family, has sold 40,000 copies since it came out in March.',
      'The prize of 500,000 crowns was presented in Kessel on Saturday.',
      'Tom Bellamy is the Kessel Gazette\'s books editor and chaired the jury this year.',
      'The jury read 212 novels in four months.',
    ]);
  });
});

describe('captions and their credits', () => {
  it('reads a scene with a picture credit after it as a caption, whatever its day', () => {
    expect(points([page('marathon', '2026-04-26', [
      'More than 18,000 runners took part in the Kessel Marathon on Sunday, a record for the race.',
      'Runners cross the Sound Bridge in the early miles of the race. Photograph: Tom Bellamy/Kessel Gazette',
      'Kenyan runner Peter Koros won the men\'s race in 2 hours 7 minutes.',
      'Spectators line the harbour front near the finish. (Photo: Ada Quist)',
      'Norland\'s Siri Moen won the women\'s race, the first home winner in 20 years.',
      // A present tense that is news stays, credit or not.
      'The race raises money for the children\'s hospital every year. Picture: Ada Quist',
    ])], 6)).toEqual([
      'More than 18,000 runners took part in the Kessel Marathon on Sunday, a record for the race.',
      'Kenyan runner Peter Koros won the men\'s race in 2 hours 7 minutes.',
      'Norland\'s Siri Moen won the women\'s race, the first home winner in 20 years.',
      'The race raises money for the children\'s hospital every year.',
    ]);
  });

  it('keeps the lead a photo label was glued to, and drops the caption', () => {
    expect(points([page('bakery', '2026-03-20', [
      'Photo: Baker Lise Orn with her winning loaf. A small bakery in Orvik has won the national bread prize for its rye loaf.',
      'The Orn Bakery beat 240 other bakeries in the contest, which was judged in Kessel on Thursday.',
      'Photo: Ada Quist/Orvik Post. Credit: Orvik Post.',
      'Lise Orn, who opened the bakery in 2018, said she used her grandmother\'s recipe.',
      'The prize comes with 50,000 crowns.',
    ])], 5)).toEqual([
      'A small bakery in Orvik has won the national bread prize for its rye loaf.',
      'The Orn Bakery beat 240 other bakeries in the contest, which was judged in Kessel on Thursday.',
      'Lise Orn, who opened the bakery in 2018, said she used her grandmother\'s recipe.',
      'The prize comes with 50,000 crowns.',
    ]);
  });
});

describe('a forecast beside the report of its event', () => {
  it('drops "economists expect a cut" once a later article reports the cut', () => {
    const preview = page('rates-preview', '2026-02-02', [
      'The central bank of Norland will announce its interest rate decision on Thursday.',
      'Inflation fell to 2.1 percent in January, the lowest in three years.',
      'Most economists polled by the paper expect a cut to 3.25 percent.',
      'The bank last changed its main rate in September.',
    ]);
    const report = page('rates-report', '2026-02-05', [
      'The central bank of Norland cut its main interest rate by half a point to 3 percent on Thursday, a bigger cut than expected.',
      'Governor Ivar Sten said inflation was now under control.',
      'The crown fell 1 percent against the euro after the decision.',
    ]);
    expect(points([preview, report], 6)).toEqual([
      'The central bank of Norland cut its main interest rate by half a point to 3 percent on Thursday, a bigger cut than expected.',
      'The bank last changed its main rate in September.',
      'Governor Ivar Sten said inflation was now under control.',
      'Inflation fell to 2.1 percent in January, the lowest in three years.',
      'The crown fell 1 percent against the euro after the decision.',
    ]);
  });
});

describe('points do not repeat each other', () => {
  it('takes one outlet\'s count of the jobs, not a second in other words', () => {
    const rumour = page('plant-rumour', '2026-03-11', [
      'Shops in Harrow expect more trade once the new Veltra factory opens, the town chamber of commerce said.',
      'The plant would employ about 1,500 people.',
      'Harrow has been looking for new investment since its steelworks closed in 2023.',
    ]);
    const report = page('plant-report', '2026-03-11', [
      'Veltra announced on Wednesday that it will build a battery plant in Harrow, creating 1,500 jobs.',
      'The company said the plant would cost 2.1 billion euros and open in 2029.',
      'Harrow mayor Pia Stenberg called it the best news the town had had in a generation.',
      'The government will give Veltra 300 million euros in grants towards the project.',
    ]);
    expect(points([rumour, report], 6)).toEqual([
      'Shops in Harrow expect more trade once the new Veltra factory opens, the town chamber of commerce said.',
      'Veltra announced on Wednesday that it will build a battery plant in Harrow, creating 1,500 jobs.',
      'The company said the plant would cost 2.1 billion euros and open in 2029.',
      'Harrow mayor Pia Stenberg called it the best news the town had had in a generation.',
      'Harrow has been looking for new investment since its steelworks closed in 2023.',
      'The government will give Veltra 300 million euros in grants towards the project.',
    ]);
  });
});
