import { describe, expect, it } from 'vitest';
import { cleanLine } from '../../../src/core/text/read-article.js';

describe('cleanLine', () => {
  it('collapses runs of white space, and any white space but a plain space, to one space', () => {
    expect(['Ann  Lee said', 'Ann\tLee said', 'Ann\u00a0Lee said', 'Ann \n Lee said', 'Ann\u2009Lee said', 'Ann Lee\u3000 said']
      .map(cleanLine)).toEqual(['Ann Lee said', 'Ann Lee said', 'Ann Lee said', 'Ann Lee said', 'Ann Lee said', 'Ann Lee said']);
  });

  it('keeps a line of single plain spaces as it is, trimmed, and drops a bullet', () => {
    expect(['Ann Lee said so.', '  Ann Lee said so. ', '• Ann Lee said so.', '- Ann  Lee said so.', '']
      .map(cleanLine)).toEqual(['Ann Lee said so.', 'Ann Lee said so.', 'Ann Lee said so.', 'Ann Lee said so.', '']);
  });
});
