import { describe, expect, it } from 'vitest';
import { selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';
import { STATE_CHANGES, stateChange } from '../../../src/core/key-points/successive-states.js';

/** Successive states of one event kept side by side (docs/key-points.md, "The latest state wins"). All names are made up. */

const article = (id: string, paragraphs: string[], published?: string): DatedArticle => ({ id, title: id, paragraphs, ...(published ? { published } : {}) });
const texts = (points: { text: string }[]) => points.map((p) => p.text);

describe('the table of states and the later states that replace them', () => {
  it.each(STATE_CHANGES.map((row) => [row.kind, row.example[0], row.example[1]] as const))('%s: its example pair is a change of state', (kind, earlier, later) => {
    expect(stateChange(earlier, later)).toBe(kind);
    // Never the other way round: the later state does not give way to the earlier.
    expect(stateChange(later, earlier)).toBeUndefined();
  });

  it('reads each kind however it is written', () => {
    expect(stateChange('Councillors have called on Mayor Ennis Holt to resign over the parking contracts.', 'Ennis Holt stepped down as mayor on Friday.')).toBe('resignation');
    expect(stateChange('The 4-0 defeat left Harl Rovers manager Ivo Dane facing mounting calls to go.', 'Harl Rovers have sacked manager Ivo Dane after the 4-0 defeat.')).toBe('resignation');
    expect(stateChange('The Brask Street tunnel has been closed since Monday after a water main burst.', 'The Brask Street tunnel was reopened to traffic on Thursday.')).toBe('closure');
    expect(stateChange('Two climbers have been missing on the Orsa glacier since Saturday.', 'Both climbers were found alive on the Orsa glacier on Monday.')).toBe('missing');
    expect(stateChange('Talks between Lomar Rail and the drivers\u2019 union failed to reach an agreement on Tuesday.', 'Lomar Rail and the drivers\u2019 union struck a deal on pay late on Thursday.')).toBe('talks');
    expect(stateChange('Pell Aster, 41, pleaded not guilty to two counts of arson at Quillon Crown Court.', 'A jury found Pell Aster, 41, guilty of setting fire to two warehouses.')).toBe('charge');    expect(stateChange('All 90 passengers were taken off the Orla Star after an attempt to pull the ship off the sandbank failed.', 'Two tugs pulled the Orla Star clear on Friday, and it was towed to Skelby.')).toBe('aground');
    expect(stateChange('The Skelby lifeboat stood by as the Orla Star remained stuck on the Vell bank.', 'The Orla Star was refloated on the evening tide.')).toBe('aground');
    expect(stateChange('No candidate won a majority, so the Ostrum Party leadership goes to a runoff between Ada Lune and Ivo Brandt.', 'Ivo Brandt won the runoff with 54 percent of members\u2019 votes.')).toBe('contest');
    expect(stateChange('Ada Lune fell short of the majority needed to win outright in the first round.', 'Ada Lune conceded defeat on Saturday evening.')).toBe('contest');
  });

  it('reads no later state in a preview, a condition, a denial or a quotation', () => {
    const earlier = 'Ostrum mayor Tilda Varn faced calls to resign on Monday over a 2 million euro contract.';
    expect(stateChange(earlier, 'Ostrum mayor Tilda Varn is expected to resign on Friday.')).toBeUndefined();
    expect(stateChange(earlier, 'Ostrum mayor Tilda Varn said she would not resign.')).toBeUndefined();
    expect(stateChange(earlier, 'Ostrum mayor Tilda Varn is thought to have resigned over the 2 million euro contract.')).toBeUndefined();
    expect(stateChange(earlier, 'Ostrum mayor Tilda Varn has not resigned despite the 2 million euro contract.')).toBeUndefined();
    expect(stateChange(earlier, 'Ostrum mayor Tilda Varn said: "I should have resigned on Monday."')).toBeUndefined();
    const charged = 'Dace Orrin, 34, was charged on Monday with the theft of 40,000 euros from the Ostrum sailing club.';
    expect(stateChange(charged, 'Dace Orrin, 34, faces up to five years in prison if convicted of the theft.')).toBeUndefined();
    expect(stateChange(charged, 'Dace Orrin, 34, will be sentenced in June for the theft.')).toBeUndefined();
  });

  it('reads no change in words that only look like one', () => {
    // A verdict ends no search, a player's release ends no arrest, and a remand after the verdict is no earlier state.
    expect(stateChange('The search for Ivo Brandt, 52, went on along the Harl shore.', 'Ivo Brandt, 52, was found guilty of fraud at Harl.')).toBeUndefined();
    expect(stateChange('Police in Harl arrested Ivo Brandt, 52, on Monday.', 'Ivo Brandt, 52, was released by Harl Athletic on Monday.')).toBeUndefined();
    expect(stateChange('Ostrum councillors are missing the point of the Harl audit, Tilda Varn said.', 'The Harl audit was found on Tuesday in the Ostrum archive.')).toBeUndefined();
    expect(stateChange('The Brask Street debate was held on Monday at the Ostrum town hall.', 'Brask Street protester Ivo Brandt was charged on Tuesday at the Ostrum town hall.')).toBeUndefined();
    expect(stateChange('Ostrum mayor Tilda Varn faced calls to resign on Monday.', 'The Ostrum flag was removed on Tuesday, mayor Tilda Varn said.')).toBeUndefined();
    expect(stateChange('Judge Hanne Voss remanded Dace Orrin in custody until sentencing.', 'Dace Orrin, 34, was convicted of stealing 40,000 euros.')).toBeUndefined();
  });

  it('reads no result in a contest still to be decided, nor a ship still stuck', () => {
    const lead = 'Former minister Ada Lune took a clear lead in the first round of the Ostrum Party leadership contest.';
    expect(stateChange(lead, 'Ivo Brandt hopes to be elected leader of the Ostrum Party in the runoff.')).toBeUndefined();
    expect(stateChange(lead, 'Ivo Brandt could still win the runoff if Pell Aster endorses him.')).toBeUndefined();
    expect(stateChange('The ferry Orla Star has run aground off Skelby.', 'Tugs will try to refloat the Orla Star on the next high tide.')).toBeUndefined();
    expect(stateChange('The ferry Orla Star has run aground off Skelby.', 'The Orla Star was refloated at noon but remains stuck in the harbour mouth.')).toBeUndefined();
  });

  it('keeps a lasting state the later sentence still gives', () => {
    expect(stateChange('The coast road at Vell Point remains closed after Monday\u2019s landslide.', 'The coast road at Vell Point reopened to buses on Friday but remains closed to lorries.')).toBeUndefined();
    expect(stateChange('Three fishermen from Harl are missing after their boat sank.', 'One fisherman from Harl was rescued on Tuesday; two are still missing.')).toBeUndefined();
  });
});

describe('the latest state wins across the articles of a story', () => {
  const monday = article('valley-post', [
    'Ostrum mayor Tilda Varn faced calls to resign on Monday after an audit found the city had paid 2 million euros to a firm owned by her brother.',
    'The audit was ordered by the regional government last spring.',
    'Opposition councillors said they would table a motion of censure at the next council meeting.',
  ], '2026-03-02');
  const wednesday = article('city-wire', [
    'Ostrum mayor Tilda Varn resigned on Wednesday, saying she would not let the audit distract the city.',
    'Deputy mayor Oskar Lehn will lead the council until an election in May.',
    'Prosecutors are examining the 2 million euro payments.',
  ], '2026-03-04');

  it('drops the first day\u2019s calls to resign once a later article reports the resignation', () => {
    expect(texts(selectKeyPoints([monday, wednesday], 4))).toEqual([
      'Ostrum mayor Tilda Varn resigned on Wednesday, saying she would not let the audit distract the city.',
      'Deputy mayor Oskar Lehn will lead the council until an election in May.',
      'Prosecutors are examining the 2 million euro payments.',
      'The audit was ordered by the regional government last spring.',
    ]);
  });

  it('keeps the earlier state when the later article is of the same day, or about another event', () => {
    const sameDay = { ...wednesday, published: '2026-03-02' };
    expect(texts(selectKeyPoints([monday, sameDay], 4))).toContain(monday.paragraphs[0]);
    const other = article('city-wire', [
      'Harl harbour master Ivo Brandt resigned on Wednesday after a ferry ran aground at the harbour mouth.',
      'Deputy harbour master Lea Fenn will run the port until a successor is named.',
    ], '2026-03-04');
    expect(texts(selectKeyPoints([monday, other], 4))).toContain(monday.paragraphs[0]);
  });

  it('never fires within one article', () => {
    const both = article('one', [...monday.paragraphs, ...wednesday.paragraphs], '2026-03-04');
    expect(texts(selectKeyPoints([both], 6))).toContain(monday.paragraphs[0]);
  });

  it('drops a rejected offer once a later article reports the revised offer accepted', () => {
    const first = article('island-news', [
      'Crews at Skerra Ferries rejected the company\u2019s pay offer of 5 percent on Tuesday and voted to strike.',
      'The crews run 38 daily crossings to the islands.',
      'Skerra Ferries said its fuel costs had doubled in two years.',
    ], '2026-05-05');
    const later = article('coast-wire', [
      'Crews at Skerra Ferries accepted a revised pay offer of 7 percent on Friday, ending the threat of a strike.',
      'The agreement runs for two years.',
      'Union leader Mara Tess said the crews had won what they asked for.',
    ], '2026-05-08');
    expect(texts(selectKeyPoints([first, later], 4))).toEqual([
      'Crews at Skerra Ferries accepted a revised pay offer of 7 percent on Friday, ending the threat of a strike.',
      'Union leader Mara Tess said the crews had won what they asked for.',
      'The crews run 38 daily crossings to the islands.',
      'The agreement runs for two years.',
    ]);
  });

  it('drops an adjourned trial, and the denial, once a later article reports the verdict', () => {
    const first = article('court-desk', [
      'The trial of Dace Orrin at Penmoor Crown Court was adjourned until Thursday after a juror fell ill.',
      'Orrin, 34, denies stealing 40,000 euros from the Penmoor sailing club.',
      'The court heard that the money was moved to an account in his mother\u2019s name.',
    ], '2026-06-01');
    const later = article('wexley-times', [
      'A jury at Penmoor Crown Court found Dace Orrin guilty of stealing 40,000 euros from the sailing club.',
      'Judge Hanne Voss said Orrin would be sentenced next month.',
      'Members of the club said they were relieved the case was over.',
    ], '2026-06-05');
    expect(texts(selectKeyPoints([first, later], 4))).toEqual([
      'A jury at Penmoor Crown Court found Dace Orrin guilty of stealing 40,000 euros from the sailing club.',
      'Judge Hanne Voss said Orrin would be sentenced next month.',
      'The court heard that the money was moved to an account in his mother\u2019s name.',
      'Members of the club said they were relieved the case was over.',
    ]);
  });
});
