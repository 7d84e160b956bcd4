/** A piece a paper runs or a writer publishes speaks for them (issue 12). Made-up people and text. */
import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('a piece, an article or an op-ed its publisher puts out', () => {
  it('"The Courier ran an article that warned “…”" is the paper’s', () => {
    expect(speakers(['The Eastbrook Courier last week ran an article that warned the bypass “would empty the high street.”'])).toEqual([['would empty the high street.', 'Eastbrook Courier']]);
  });

  it('"X published an op-ed that argued “…”" is the writer’s', () => {
    expect(speakers(['Ann Lee published an op-ed that argued the levy was “a tax on hope.”'])).toEqual([['a tax on hope.', 'Ann Lee']]);
  });

  it('a piece someone else wrote, cited, still speaks for itself', () => {
    expect(speakers(['The judge cited a piece that said the levy was “a tax on hope.”'])).toEqual([['a tax on hope.', 'a piece']]);
  });
});
