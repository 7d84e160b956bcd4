import type { BriefingLibrary } from '../../stories/library.js';
import { escapeHtml } from './html-escape.js';
import { pageHtml, storyHref } from './page-layout.js';

/** Every loaded story, newest first (the order the bot lists them in), each linking to its preview. */
export function indexPageHtml(library: BriefingLibrary, briefingsDir: string): string {
  const items = library.list().map((e) => {
    const n = e.briefing.sources.length;
    return `<li><a href="${escapeHtml(storyHref(e.id))}">${escapeHtml(e.title)}</a> <small>${escapeHtml(e.id)} · ${n} source${n === 1 ? '' : 's'} · ${e.briefing.quotes.length} quote${e.briefing.quotes.length === 1 ? '' : 's'}</small></li>`;
  });
  const list = items.length
    ? `<ul class="index">\n${items.join('\n')}\n</ul>`
    : `<p>No stories in ${escapeHtml(briefingsDir)} yet: add a folder with article files and reload.</p>`;
  return pageHtml('Stories', `<header class="page"><h1>newsbrief preview</h1></header>\n<main>\n<h2>Stories</h2>\n${list}\n</main>`);
}
