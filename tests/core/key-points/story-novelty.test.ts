import { describe, expect, it } from 'vitest';
import { DEFAULT_KEY_POINT_OPTIONS, selectKeyPoints, type DatedArticle } from '../../../src/core/key-points/key-points.js';
import { withNovelty } from '../../../src/core/key-points/story-novelty.js';

// A made-up story over two days: two outlets report a closure on Monday; on Tuesday a third reports it again and
// adds, late and once, what happens next, with a name no earlier article gives (Hessel).
const wire: DatedArticle = {
  id: 'wire',
  title: 'wire',
  published: '2026-03-02',
  paragraphs: [
    'The Fenwick Bay ferry service was suspended on Monday after the operator, Tarrow Lines, found cracks in the hull of its only vessel.',
    'About 2,400 islanders use the Fenwick Bay ferry every day to reach schools, shops and the hospital at Corlow.',
    'Tarrow Lines said the Fenwick Bay vessel, the Sarne, would stay in dock at Corlow until inspectors had examined the hull.',
    'Islanders said the Fenwick Bay service had been suspended three times in two years.',
  ],
};
const local: DatedArticle = {
  id: 'local',
  title: 'local',
  published: '2026-03-02',
  paragraphs: [
    'Islanders were left stranded on Monday when Tarrow Lines suspended the Fenwick Bay ferry after cracks were found in the hull of the Sarne.',
    'Shops on the island said deliveries of bread and milk from Corlow would run out within days.',
    'The Sarne has run the Fenwick Bay crossing to Corlow since 1998.',
  ],
};
const later: DatedArticle = {
  id: 'later',
  title: 'later',
  published: '2026-03-03',
  paragraphs: [
    'The Fenwick Bay ferry remained suspended on Tuesday as inspectors examined the hull of the Sarne at Corlow.',
    'Tarrow Lines said it was sorry for the disruption to islanders.',
    'The regional government said it would charter a replacement boat from Hessel to carry passengers from Thursday.',
  ],
};

const texts = (options = DEFAULT_KEY_POINT_OPTIONS) => selectKeyPoints([wire, local, later], 4, options).map((p) => p.text);

describe('what only the latest day reports weighs more in a story', () => {
  it('picks the replacement boat that only Tuesday reports', () => {
    expect(texts()).toEqual([local.paragraphs[0], later.paragraphs[0], wire.paragraphs[1], later.paragraphs[2]]);
  });

  it('without the factor, a detail the first day gives outweighs it', () => {
    expect(texts({ ...DEFAULT_KEY_POINT_OPTIONS, storyNovelty: 1 })).toEqual([local.paragraphs[0], later.paragraphs[0], wire.paragraphs[1], local.paragraphs[1]]);
  });

  it('leaves a story told on one day as it was', () => {
    const sameDay = { ...later, published: '2026-03-02' };
    const options = { ...DEFAULT_KEY_POINT_OPTIONS, storyNovelty: 1 };
    expect(selectKeyPoints([wire, local, sameDay], 4).map((p) => p.text)).toEqual(selectKeyPoints([wire, local, sameDay], 4, options).map((p) => p.text));
  });
});

describe('withNovelty', () => {
  it('raises only names and numbers that no earlier day states, once each, and leaves the weights it was given', () => {
    // Concepts: 0 a name both days state, 1 a name only the latest day states, 2 a number only it states, 3 a word only it states.
    const weights = Float64Array.from([3, 3, 2, 0.5]);
    const kinds = ['n', 'n', '#', 'w'] as const;
    const candidates = [{ article: 0 }, { article: 1 }, { article: 1 }];
    const concepts = [Int32Array.from([0]), Int32Array.from([0, 1, 3]), Int32Array.from([1, 2])];
    const raised = withNovelty(candidates, concepts, weights, kinds, ['2026-03-02', '2026-03-03'], '2026-03-03', 3);
    expect([...raised]).toEqual([3, 9, 6, 0.5]);
    expect([...weights]).toEqual([3, 3, 2, 0.5]);
    // One day, or no day known: the same array back.
    expect(withNovelty(candidates, concepts, weights, kinds, ['2026-03-03', '2026-03-03'], '2026-03-03', 3)).toBe(weights);
    expect(withNovelty(candidates, concepts, weights, kinds, [undefined, undefined], undefined, 3)).toBe(weights);
  });
});
