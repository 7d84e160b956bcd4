import { readFileSync } from 'node:fs';
import { readArticle } from '../src/core/read-article.js';
import { splitSentences } from '../src/core/sentences.js';
import { buildTfIdf } from '../src/core/tf-idf.js';
import { cosine } from '../src/core/similarity.js';
import { contentTerms } from '../src/core/tokens.js';
const d = 'briefings/zuckerberg-eu-parliament/';
const arts = ['cnbc', 'euronews'].map((id) => readArticle({ id, paragraphs: readFileSync(d + id + '.txt', 'utf8').split('\n') }).article);
const sents = arts.map((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text)));
const all = sents.flat();
const m = buildTfIdf(all.map(contentTerms));
const n0 = sents[0]!.length;
for (let i = 0; i < n0; i++) {
  let best = -1, bj = 0;
  for (let j = n0; j < all.length; j++) { const c = cosine(m.vectors[i]!, m.vectors[j]!); if (c > best) { best = c; bj = j; } }
  if (best > 0.25) console.log(best.toFixed(2), '|', all[i]!.slice(0, 90), '\n     ~', all[bj]!.slice(0, 90));
}
