// Reading: an Article's lines → headline, body paragraphs without boilerplate, quotation spans, sentences; the shared word measures.
export { readArticle, type ReadArticle } from './read-article.js';
export { rememberingSplitter, splitSentences, type SentenceSplitter, type SentenceSpan } from './sentences.js';
export { stableId } from './stable-id.js';
