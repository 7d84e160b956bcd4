import { describe, expect, it } from 'vitest';
import { conceptsOf, type NameRun } from '../../../src/core/key-points/concepts.js';
import { DEFAULT_KEY_POINT_OPTIONS, selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';

/** The story-mode rules of the key-point selection (docs/key-points.md, "Multi-source fact coverage"). */

const article = (id: string, paragraphs: string[], published?: string): DatedArticle => ({ id, title: id, paragraphs, ...(published ? { published } : {}) });
const texts = (points: { text: string }[]) => points.map((p) => p.text);

describe('in a story a name counts once, however many words it takes', () => {
  const wire = article('wire', [
    'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
    'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
    'The terminal will cost 12 million euros and open in the spring of 2028.',
  ], '2026-04-06');
  const local = article('local', [
    'The council approved the new ferry terminal for Brackwater on Monday evening.',
    'Residents of the old quarter fear heavy traffic near the terminal.',
    'Deputy mayor Anna Lise Marten said the terminal would bring visitors back to the town.',
  ], '2026-04-06');

  it('takes what residents fear over what a deputy mayor with a three-word name said', () => {
    expect(texts(selectKeyPoints([wire, local], 3))).toEqual([
      'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
      'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
      'Residents of the old quarter fear heavy traffic near the terminal.',
    ]);
    // Each capitalised word a whole name: "Anna Lise Marten" outweighs the residents' fear.
    expect(texts(selectKeyPoints([wire, local], 3, { ...DEFAULT_KEY_POINT_OPTIONS, storyNameShare: false }))).toEqual([
      'The Brackwater council approved a new ferry terminal on Monday by nine votes to two.',
      'Harbour master Ingrid Solveig Halvorsen called the vote a great day for the whole town.',
      'Deputy mayor Anna Lise Marten said the terminal would bring visitors back to the town.',
    ]);
  });

  it('reads a name as the run of adjacent capitalised words, ended by punctuation, a number or a small word', () => {
    const runs: NameRun[] = [];
    conceptsOf('Velmar Semiconductors will build the plant in Kessing, Mayor Petra Lind of Kessing said.', runs);
    expect(runs).toEqual([
      { names: ['n:semiconductor'], afterOpening: true },
      { names: ['n:kessing'], afterOpening: false },
      { names: ['n:mayor', 'n:petra', 'n:lind'], afterOpening: false },
      { names: ['n:kessing'], afterOpening: false },
    ]);
    runs.length = 0;
    conceptsOf("The Old Harbour Bridge's repairs cost 38 million euros, said \"Quay Street\" traders.", runs);
    expect(runs).toEqual([
      { names: ['n:old', 'n:harbour', 'n:bridge'], afterOpening: true },
      { names: ['n:quay', 'n:street'], afterOpening: false },
    ]);
  });

  it('leaves a single article as it was: its names are not shared out', () => {
    const alone = ['The council approved the new ferry terminal for Brackwater on Monday evening.', 'Residents of the old quarter fear heavy traffic near the terminal.'];
    expect(texts(selectKeyPoints([local], 2))).toEqual(alone);
    expect(texts(selectKeyPoints([local], 2, { ...DEFAULT_KEY_POINT_OPTIONS, storyNameShare: false }))).toEqual(alone);
  });
});

describe('a later report supersedes an earlier preview even when the verbs differ', () => {
  // Invented: a tribunal's preview and its later report, a match's preview and its result.
  const preview = article('valley-post', [
    'The tribunal hearing the claim of 40 Orlen Mills workers is expected to retire on Thursday to consider its ruling.',
    'The workers say they were dismissed without notice when the Orlen Mills site closed in January.',
    'Staff have been told to be ready for a ruling by the end of the month.',
  ], '2026-03-02');
  const report = article('valley-wire', [
    'The tribunal ruled on Thursday that Orlen Mills had unfairly dismissed its 40 workers.',
    'The firm must pay each worker 8,000 euros within six weeks.',
    'A union lawyer said the ruling was a warning to other employers in the valley.',
  ], '2026-03-06');

  it('drops the preview and what workers were told to expect once a later article reports the ruling', () => {
    expect(texts(selectKeyPoints([preview, report], 4))).toEqual([
      'The tribunal ruled on Thursday that Orlen Mills had unfairly dismissed its 40 workers.',
      'The firm must pay each worker 8,000 euros within six weeks.',
      'The workers say they were dismissed without notice when the Orlen Mills site closed in January.',
      'A union lawyer said the ruling was a warning to other employers in the valley.',
    ]);
  });

  it('keeps the preview when the report is not later: the same day may still be before the event', () => {
    const sameDay = { ...report, published: '2026-03-02' };
    expect(texts(selectKeyPoints([preview, sameDay], 6))).toContain('The tribunal hearing the claim of 40 Orlen Mills workers is expected to retire on Thursday to consider its ruling.');
  });

  it('drops a match preview ("will face") once a later report gives the result ("beat")', () => {
    const before = article('echo', [
      'Harrow Vale will face Lisby United on Sunday in the first cup final the club has reached.',
      'Tickets for the final sold out within two days of going on sale.',
      'Manager Edda Rask is thought to have kept her usual team together for the final.',
    ], '2026-04-09');
    const after = article('sports-desk', [
      'Harrow Vale beat Lisby United 3-1 at Stanmoor Park to win the county cup for the first time.',
      'Striker Nils Brandt scored twice in the second half.',
      'Edda Rask made two changes to her team before the final.',
    ], '2026-04-12');
    const points = texts(selectKeyPoints([before, after], 4));
    // The guess about the team ("is thought to have kept") gives way to the report of it too.
    expect(points).toEqual([
      'Harrow Vale beat Lisby United 3-1 at Stanmoor Park to win the county cup for the first time.',
      'Edda Rask made two changes to her team before the final.',
      'Striker Nils Brandt scored twice in the second half.',
      'Tickets for the final sold out within two days of going on sale.',
    ]);
  });
  it('drops a guess ("are thought to have") even when no sentence of the story previews an event verb', () => {
    // No "will"/"is set to" sentence here: the later-report rule must run on its own.
    const guess = article('trade-weekly', [
      'Sales at the Brenvik Tools works are thought to have fallen by a fifth over the winter.',
      'The Brenvik Tools works employs 300 people on the edge of Ostrum.',
    ], '2026-02-10');
    const results = article('business-wire', [
      'Brenvik Tools reported on Friday that sales at its Ostrum works fell 22 percent over the winter.',
      'Chief executive Lina Hovde blamed the loss of two export orders.',
    ], '2026-02-13');
    expect(texts(selectKeyPoints([guess, results], 3))).toEqual([
      'Brenvik Tools reported on Friday that sales at its Ostrum works fell 22 percent over the winter.',
      'The Brenvik Tools works employs 300 people on the edge of Ostrum.',
      'Chief executive Lina Hovde blamed the loss of two export orders.',
    ]);
  });
});

describe('a preview of what is still to come stays beside the report of what led to it', () => {
  const preview = article('river-post', [
    'The Tarn footbridge will close to cyclists and walkers from June 1 for two years of repairs.',
    'The Tarn council is expected to vote on Tuesday on the footbridge repairs.',
  ], '2026-05-02');
  const report = article('valley-wire', [
    'Tarn councillors voted 9-2 on Tuesday for the footbridge repairs, at a cost of 9 million euros.',
    'Councillor Ada Brun said cyclists would be offered a free ferry during the works.',
  ], '2026-05-06');

  it('drops the preview of the vote, which the report gives, and keeps the closure from June 1, which is still ahead', () => {
    expect(texts(selectKeyPoints([preview, report], 3))).toEqual([
      'Tarn councillors voted 9-2 on Tuesday for the footbridge repairs, at a cost of 9 million euros.',
      'The Tarn footbridge will close to cyclists and walkers from June 1 for two years of repairs.',
      'Councillor Ada Brun said cyclists would be offered a free ferry during the works.',
    ]);
  });
});

describe('a fact that two outlets state in different words is one point', () => {
  const wire = article('wire', [
    'A court in Halden found bus operator Arne Visk guilty of taking 1.8 million euros from the pension fund of 62 drivers.',
    'Visk, 61, ran the Halden Coach company for twenty years.',
    'The drivers’ union said it would ask the state to cover the losses.',
  ], '2026-06-03');
  const local = article('local', [
    'A former coach company boss was convicted on Tuesday of stealing 1.8 million euros from the pensions of 62 bus drivers, money he spent on a yacht.',
    'The judge will pass sentence on July 8.',
    'Drivers who lost their savings gathered outside the court to hear the verdict.',
  ], '2026-06-03');

  it('does not take the second wording of the same figures while another fact is left', () => {
    expect(texts(selectKeyPoints([wire, local], 3))).toEqual([
      'A court in Halden found bus operator Arne Visk guilty of taking 1.8 million euros from the pension fund of 62 drivers.',
      'Visk, 61, ran the Halden Coach company for twenty years.',
      'The judge will pass sentence on July 8.',
    ]);
  });
});

describe('in a story a new figure passes the likeness cut', () => {
  // The evening report repeats most words of the morning's missing-crew sentence, but gives the count of the rescued.
  const morning = article('gazette', [
    'Two cargo ships collided in thick fog off Harl Point early on Saturday, and a crew member from the freighter Orla Dawn is missing.',
    'Lifeboats from Harl and Vell were launched within minutes.',
    'The coastguard said the collision happened in one of the busiest lanes on the coast.',
  ], '2026-10-03');
  const evening = article('record', [
    'Twenty-two of the 23 crew on the two ships that collided in fog off Harl Point have been rescued, but a crew member from the freighter Orla Dawn is still missing.',
    'A fire on the freighter was put out after six hours.',
    'The freighter was carrying timber to Vell.',
  ], '2026-10-03');

  it('keeps a sentence like a picked point when it states a figure no point states', () => {
    expect(texts(selectKeyPoints([morning, evening], 3))).toContain(evening.paragraphs[0]);
  });

  it('still bars a sentence like a picked point that adds no figure', () => {
    const restated = article('record', ['Two cargo ships collided in fog off Harl Point on Saturday, and a crew member from the freighter Orla Dawn is still missing.', ...evening.paragraphs.slice(1)], '2026-10-03');
    expect(texts(selectKeyPoints([morning, restated], 3))).not.toContain(restated.paragraphs[0]);
  });
});
