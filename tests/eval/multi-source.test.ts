import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateMultiSource, MULTI_SOURCE_DIR, scoreMultiSource } from '../../eval/multi-source/score.js';

const story = (split: unknown, fact: string, word: string) => ({
  title: 'Harlow library reopens',
  split,
  articles: [
    {
      id: 'harlow-news',
      published: '2026-02-02',
      paragraphs: ['The Harlow town library reopened on Monday after a two-year renovation that cost 4 million pounds.', 'Visitors borrowed 900 books on the first day, the librarian said.'],
    },
  ],
  facts: [{ fact, words: [word] }],
});

describe('the multi-source evaluation', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('prints the tune and the held-out stories apart, then all, and lists held-out points and misses only when asked', () => {
    dir = mkdtempSync(join(tmpdir(), 'multi-source-'));
    writeFileSync(join(dir, 'a-library.json'), JSON.stringify(story('tune', 'renovation cost 4 million', '4 million')));
    writeFileSync(join(dir, 'held-out-library.json'), JSON.stringify(story('held-out', 'the mayor cut the ribbon', 'ribbon')));
    const points = ['        - The Harlow town library reopened on Monday after a two-year renovation that cost 4 million pounds.', '        - Visitors borrowed 900 books on the first day, the librarian said.'];
    const head = ['Multi-source stories: key facts covered by the first 5 key points', '  tune stories:', '    a-library        1/1'];
    // A held-out story's misses are as telling as its points: both only when asked for.
    const heldOut = ['    tune: 1/1 facts (100.0%)', '  held-out stories:', '    held-out-library 0/1'];
    const heldOutShown = ['    tune: 1/1 facts (100.0%)', '  held-out stories:', '    held-out-library 0/1  missed: the mayor cut the ribbon'];
    const tail = ['    held-out: 0/1 facts (0.0%)', '  all 2 stories: 1/2 facts (50.0%)'];
    expect(evaluateMultiSource(dir)).toEqual([...head, ...heldOut, ...tail]);
    expect(evaluateMultiSource(dir, 'tune')).toEqual([...head, ...points, ...heldOut, ...tail]);
    expect(evaluateMultiSource(dir, 'all')).toEqual([...head, ...points, ...heldOutShown, ...points, ...tail]);
  });

  it('pads every story name to the longest one, in both splits, so the counts line up', () => {
    dir = mkdtempSync(join(tmpdir(), 'multi-source-'));
    writeFileSync(join(dir, 'a-library.json'), JSON.stringify(story('tune', 'renovation cost 4 million', '4 million')));
    writeFileSync(join(dir, 'held-out-harlow-library-reopens-after-renovation.json'), JSON.stringify(story('held-out', 'the mayor cut the ribbon', 'ribbon')));
    writeFileSync(join(dir, 'held-out-library.json'), JSON.stringify(story('held-out', 'visitors borrowed 900 books', '900 books')));
    expect(evaluateMultiSource(dir)).toEqual([
      'Multi-source stories: key facts covered by the first 5 key points',
      '  tune stories:',
      '    a-library                                        1/1',
      '    tune: 1/1 facts (100.0%)',
      '  held-out stories:',
      '    held-out-harlow-library-reopens-after-renovation 0/1',
      '    held-out-library                                 1/1',
      '    held-out: 1/2 facts (50.0%)',
      '  all 3 stories: 2/3 facts (66.7%)',
    ]);
  });

  it('refuses a story that does not say which split it belongs to', () => {
    dir = mkdtempSync(join(tmpdir(), 'multi-source-'));
    writeFileSync(join(dir, 'library.json'), JSON.stringify(story(undefined, 'renovation cost 4 million', '4 million')));
    expect(() => scoreMultiSource(dir!)).toThrow('library.json: "split" must be "tune" or "held-out", not undefined');
  });

  it('holds six tune stories and ninety held-out ones', () => {
    const results = scoreMultiSource(fileURLToPath(MULTI_SOURCE_DIR));
    expect(results.filter((r) => r.split === 'tune').map((r) => r.story)).toEqual([
      'drava-ferry-strike',
      'greyholm-care-fraud-trial',
      'portmere-bridge',
      'ravensholt-dock-strike',
      'tormund-playoff-final',
      'velmar-chip-plant',
    ]);
    expect(results.filter((r) => r.split === 'held-out').map((r) => r.story)).toEqual([
      'held-out-aldenbury-university-cuts',
      'held-out-aldermire-rare-sandpiper',
      'held-out-ardleven-roofer-sentencing',
      'held-out-arvell-exam-grades',
      'held-out-ashwendle-hosepipe-ban',
      'held-out-aurenne-rate-cut',
      'held-out-brackwater-wolf-escape',
      'held-out-branscarrow-teachers-pay',
      'held-out-brennard-mutual-breach',
      'held-out-brimcote-river-fine',
      'held-out-brindlecombe-protest-appeal-ruling',
      'held-out-brisholm-nurses-strike',
      'held-out-caddenham-maternity-closure',
      'held-out-cardunnow-dog-attack-trial',
      'held-out-carrabrin-rail-franchise-stripped',
      'held-out-carrowdene-hidden-waiting-list',
      'held-out-cobbenhurst-legionnaires-outbreak',
      'held-out-corran-derailment',
      'held-out-corvenmouth-bank-branch-closures',
      'held-out-cullendry-moor-fire',
      'held-out-drumhallow-attic-painting-auction',
      'held-out-dunmaren-comeback-concert',
      'held-out-dunsellan-quarry-ichthyosaur',
      'held-out-ellerwyn-river-flood',
      'held-out-esselmoor-air-traffic-failure',
      'held-out-fellingrave-hospital-inspection',
      'held-out-ferrowby-manager-sacked',
      'held-out-gellion-pass-landslide',
      'held-out-glensary-bank-outage',
      'held-out-glenturra-bus-crash',
      'held-out-halbeck-doping-tour-of-lesmark',
      'held-out-hallowden-museum-crown-theft',
      'held-out-halvesund-epilepsy-drug-approval',
      'held-out-hambrith-school-roof-collapse',
      'held-out-harnley-cup-final',
      'held-out-harrowmoor-festival-crowd-surge',
      'held-out-hemmerby-ice-storm',
      'held-out-hestleigh-meteorite-fall',
      'held-out-hollin-quay-footbridge-verdict',
      'held-out-kelmscar-boil-water-notice',
      'held-out-kerrowick-chess-championship',
      'held-out-kessary-tenancy-law',
      'held-out-kestrane-results-job-cuts',
      'held-out-ketterdale-bird-flu-farms',
      'held-out-kilnhaven-biscuit-factory-closure',
      'held-out-lenholt-tram-opening',
      'held-out-lennervald-drought-harvest',
      'held-out-lessenby-chef-libel-case',
      'held-out-maelstrand-marathon-record',
      'held-out-mardle-finch-administration',
      'held-out-marlowen-lichen-antibiotic',
      'held-out-marrisford-takeover',
      'held-out-marrowby-mayor-recount',
      'held-out-moray-driving-trial',
      'held-out-morwen-grace-search-at-sea',
      'held-out-orrinford-heatwave',
      'held-out-orvane-formula-recall',
      'held-out-oskedal-measles-school-rule',
      'held-out-ostcombe-wind-farm-appeal',
      'held-out-ostrevale-budget-vote',
      'held-out-oxenvale-grocer-results',
      'held-out-pellingsey-lottery-syndicate',
      'held-out-penmorrow-ferry-grounding',
      'held-out-quellbury-museum-reopening',
      'held-out-quillbay-crypto-exchange-collapse',
      'held-out-renholm-resignation',
      'held-out-ruthmoor-basketball-final',
      'held-out-saltbrook-vasz-transfer',
      'held-out-saltreach-yacht-race',
      'held-out-sarvenne-earthquake',
      'held-out-sedgeworth-fields-housing-vote',
      'held-out-skarnholt-mine-rescue',
      'held-out-skelloway-ship-collision',
      'held-out-skerrinsay-rocket-launch-failure',
      'held-out-storm-edda',
      'held-out-tallis-brenne-vote',
      'held-out-tarnside-factory-fire',
      'held-out-tavisholm-chemical-spill',
      'held-out-tellmark-union-leader-election',
      'held-out-thirlbeck-bin-collections',
      'held-out-tolbrent-heater-recall',
      'held-out-tollivar-bay-whale-stranding',
      'held-out-trevanick-speed-limit',
      'held-out-ulsworth-cement-cartel-fine',
      'held-out-varrow-open-tennis-final',
      'held-out-vellin-ridge-fire',
      'held-out-vesterlund-civic-league-leadership',
      'held-out-vethra-hills-missing-hiker',
      'held-out-wendlecote-silver-hoard',
      'held-out-wraxholme-infirmary-cyber-attack',
    ]);
  });
});
