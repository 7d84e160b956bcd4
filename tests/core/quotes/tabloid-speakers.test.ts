import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('tabloid text: who speaks', () => {
  it('"she" never resolves to an organisation a "she" happened to follow (an acronym, a zoo)', () => {
    expect(
      speakers([
        'Tamsin Roe, a weather presenter for KRVX, has been suspended after a video of her rant surfaced.',
        "She's gone: KRVX immediately responded by suspending Roe After more insults, including telling the clerk she could not count, Roe delivers her last line.",
        "'Maybe you should learn to count, honey,' she says.",
      ]),
    ).toEqual([['Maybe you should learn to count, honey', 'Tamsin Roe']]);
  });

  it('a venue ("Zoo") is no "she" either, even as the subject before her', () => {
    expect(
      speakers([
        'A boy fell into the bear pit at the Ridgeway Park Zoo on Sunday, officials said.',
        'Zoo visitor Bryony Hale believes the bears stayed away because they were frightened.',
        "'I think they were just curious,' she said.",
      ]),
    ).toEqual([['I think they were just curious', 'Bryony Hale']]);
  });
});
