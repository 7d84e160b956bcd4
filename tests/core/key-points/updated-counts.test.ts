import { describe, expect, it } from 'vitest';
import { countsOf } from '../../../src/core/key-points/updated-counts.js';
import { selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';

const entries = (text: string) => [...countsOf(text)];

describe('counts of what happened, by what they count', () => {
  it('reads tolls however they are written', () => {
    expect(entries('At least one person died and about 30 were injured when the train left the rails.')).toEqual([['dead', 1], ['injured', 30]]);
    expect(entries('Two people died and 41 were injured, the operator said.')).toEqual([['dead', 2], ['injured', 41]]);
    expect(entries('The blast left 3 dead and 12 hurt.')).toEqual([['dead', 3], ['injured', 12]]);
    expect(entries('The bus hit a wall, killing four and injuring 17.')).toEqual([['dead', 4], ['injured', 17]]);
    expect(entries('Some 4,200 people were evacuated and 31 homes were destroyed.')).toEqual([['people:evacuated', 4200], ['homes:destroyed', 31]]);
    expect(entries('The death toll from the Ostby mine collapse rose to nine on Friday.')).toEqual([['dead', 9]]);
    expect(entries('The toll has climbed to at least 14.')).toEqual([['dead', 14]]);
    // "The number of … that have died has risen to N" is a toll written out.
    expect(entries('Rescuers refloated 40 seals, but the number of animals that have died on the beach has risen to 52.')).toEqual([['seals:refloated', 40], ['dead', 52]]);
    expect(entries('The number of people killed in the floods rose to 11 on Sunday.')).toEqual([['dead', 11]]);
  });

  it('reads a count after a past verb, with a word before the plural, and a share of a named thing', () => {
    expect(entries('The clinic has now postponed 112 operations and cancelled 1,300 outpatient appointments since Monday.')).toEqual([['operations:postponed', 112], ['appointments:cancelled', 1300]]);
    expect(entries('About 40 planned operations were postponed, a spokeswoman said.')).toEqual([['operations:postponed', 40]]);
    expect(entries('Some 31 family homes were destroyed.')).toEqual([['homes:destroyed', 31]]);
    expect(entries('Vance took about 52% of the vote on a turnout of about 21%.')).toEqual([['%:vote', 52], ['%:turnout', 21]]);
    expect(entries('She won 12,400 votes, or 53.4 percent, on a turnout of 22.7 per cent.')).toEqual([['%:turnout', 22.7]]);
    // A vague count is a count: any exact one of the same thing differs from it.
    expect(entries('Dozens of family homes were flooded on Monday.')).toEqual([['homes:flooded', -12]]);
    expect(entries('Hundreds of people in Tarnby were evacuated overnight.')).toEqual([['people:evacuated', -100]]);
    // Jobs lost, cut or at risk are one tally, however put.
    expect(entries('The firm will cut 300 jobs over 3 years.')).toEqual([['jobs', 300]]);
    expect(entries('Tarn Foods said it would shut the plant, putting 420 jobs at risk.')).toEqual([['jobs', 420]]);
    expect(entries('Tarn Foods confirmed that 460 jobs will go.')).toEqual([['jobs', 460]]);
    // Time is no tally: "served 12 years", "aged 41 years".
    expect(entries('He served 12 years on the council and retired aged 70.')).toEqual([]);
  });

  it('counts nothing in a plural alone, a year or a bare number', () => {
    expect(entries('The firm employs 300 staff on 3 sites.')).toEqual([]);
    expect(entries('The gates were last shut in 2019 closed to boats.')).toEqual([]);
    // "as" is no plural of what was counted.
    expect(entries('The toll rises to five as missing miners are found.')).toEqual([['dead', 5]]);
  });
});

describe('the latest count wins', () => {
  const wire: DatedArticle = {
    id: 'wire',
    title: 'wire',
    published: '2026-04-07',
    paragraphs: [
      'At least one person died and about 30 were injured when a passenger train left the rails near Corvale on Tuesday evening.',
      'The train was travelling from Ostby to the coast with about 200 passengers on board.',
    ],
  };
  const later: DatedArticle = {
    id: 'later',
    title: 'later',
    published: '2026-04-08',
    paragraphs: [
      'Two people died and 41 were injured when a passenger train left the rails near Corvale, the rail operator said on Wednesday.',
      'Investigators are examining a stretch of track that was repaired last month.',
    ],
  };

  it('takes the later report of the toll, never the first count beside it', () => {
    expect(selectKeyPoints([wire, later], 3).map((p) => p.text)).toEqual([
      'Two people died and 41 were injured when a passenger train left the rails near Corvale, the rail operator said on Wednesday.',
      'The train was travelling from Ostby to the coast with about 200 passengers on board.',
      'Investigators are examining a stretch of track that was repaired last month.',
    ]);
  });

  it('keeps an earlier count that a later article repeats, or one about another event', () => {
    const same: DatedArticle = { ...later, paragraphs: ['About 30 were injured when a passenger train left the rails near Corvale, the rail operator said.', later.paragraphs[1]!] };
    expect(selectKeyPoints([wire, same], 3).map((p) => p.text)).toContain(wire.paragraphs[0]);
    const other: DatedArticle = { ...later, paragraphs: ['Two people died and 41 were injured when a tour bus overturned on the Ordley ring road, police said.', later.paragraphs[1]!] };
    expect(selectKeyPoints([wire, other], 3).map((p) => p.text)).toContain(wire.paragraphs[0]);
  });

  it('takes a later day\'s count of the same thing done, however the sentences are worded', () => {
    const monday: DatedArticle = {
      id: 'monday', title: 'monday', published: '2026-01-12',
      paragraphs: [
        'About 40 planned operations were postponed and ambulances were sent to other towns, a spokeswoman for Brenhurst General said.',
        'The hospital lost its computer systems to a cyber-attack early on Monday.',
      ],
    };
    const wednesday: DatedArticle = {
      id: 'wednesday', title: 'wednesday', published: '2026-01-14',
      paragraphs: [
        'The infirmary has now postponed 112 operations and cancelled 1,300 outpatient appointments, far more than first reported.',
        'A criminal gang has demanded a ransom of two million pounds.',
      ],
    };
    const points = selectKeyPoints([monday, wednesday], 4).map((p) => p.text);
    expect(points).not.toContain(monday.paragraphs[0]);
    expect(points).toContain(wednesday.paragraphs[0]);
  });
});
