/** The attribution's word lists, kept at this path for the modules that import it: they live in attribution/lexicon.ts. */
export * from './attribution/lexicon.js';
