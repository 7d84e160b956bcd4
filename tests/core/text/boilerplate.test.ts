import { describe, expect, it } from 'vitest';
import { endsLikeSentence } from '../../../src/core/text/boilerplate.js';

describe('endsLikeSentence', () => {
  it('ends with a full stop, question or exclamation mark, ellipsis, colon or semicolon, closing marks after it', () => {
    expect(['It closed.', 'Will it reopen?', 'Now!', 'And then…', 'He said:', 'First;', 'It was “over.”', 'It (finally) ended.)', '“Done,” he said.’  ', 'Lines end.\u00a0\n']
      .map(endsLikeSentence)).toEqual([true, true, true, true, true, true, true, true, true, true]);
  });

  it('ends with a closing double quotation mark, whatever is before it', () => {
    expect(['He called it “a fiasco”', 'the "best"', '"']
      .map(endsLikeSentence)).toEqual([true, true, true]);
  });

  it('does not end so: a heading, a caption, closing marks with no sentence end before them, nothing', () => {
    expect(['Harbour reopens', 'Ann Lee at the stables on Monday', 'the fans’', '(photo)', "''", '', '   ', 'Ends with, ']
      .map(endsLikeSentence)).toEqual([false, false, false, false, false, false, false, false]);
  });
});
