/**
 * `npm run train:points -- --headlines <dir> [--out <file>]`: trains the key points' sentence scorer
 * on news articles that have headlines but no highlights (PolNeAR's training split: `text/*.txt`,
 * the first line of each the headline). The editor's headline stands in for a summary (distant
 * supervision): an article's candidates that best overlap its own headline — the greedy oracle of
 * eval/train-point-scorer.ts, with the headline as the reference — are the positives. The headline
 * is the title, never a candidate. Hyper-parameters are chosen by cross-validation on these
 * articles, judged by the ROUGE-2 of the chosen points against the headline; nothing is fitted to
 * CNN/DailyMail, so all of its articles then measure the scorer unseen. Same folder → same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/core/text/read-article.js';
import { trainingArticle, trainOn, type TrainingArticle } from './train-point-scorer.js';

/** The folder's articles in file-name order: `<dir>/text/*.txt` (a PolNeAR split), or `<dir>/*.txt`. */
export function loadHeadlineArticles(dir: string): TrainingArticle[] {
  const folder = existsSync(join(dir, 'text')) ? join(dir, 'text') : dir;
  if (!existsSync(folder)) throw new Error(`no folder ${dir} (give --headlines <PolNeAR split dir>)`);
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${folder} (give --headlines <PolNeAR split dir>)`);
  return names.map((name) => {
    const file = join(folder, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const headline = lines[0]!.trim();
    const body = lines.slice(1).map((l) => l.trim()).filter((l) => l);
    if (!headline) throw new Error(`${file}: the first line must be the headline, and it is empty`);
    if (body.length === 0) throw new Error(`${file}: no text after the headline`);
    const id = name.replace(/\.txt$/, '');
    // The headline is given as the title: the reader keeps it out of the body, so no candidate is the headline.
    return trainingArticle(id, body.join('\n'), headline, readArticle({ id, title: headline, paragraphs: body }).article);
  });
}

export function trainOnHeadlines(dir: string): { text: string; report: string[] } {
  return trainOn(loadHeadlineArticles(dir), { what: 'articles with headlines', reference: 'headline', trainedOn: 'articles with headlines, greedy oracle against each headline', source: dir });
}
