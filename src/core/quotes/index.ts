// Who said what: attribution of the quotation spans text/ finds to a speaker, merging one quote across sources, the speakers.
export { extractQuotes, type ArticleQuote, type AttributionOptions } from './quotes.js';
export { mergeQuotes } from './merge-quotes.js';
export { summariseSpeakers } from './speakers.js';
