/** The two token tests every rule uses: a word, and a capitalised word (a name's word, or a sentence start). */
import type { Token } from '../attribution-tokens.js';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const isName = (t: Token | undefined): boolean => t !== undefined && t.upper === true;
