import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { analyseStory } from '../../../src/core/briefing.js';
import type { Quote } from '../../../src/core/types.js';
import type { QuoteCardInput } from '../../../src/render/card/card-input.js';
import { quoteCardInputs } from '../../../src/render/card/card-inputs.js';
import { loadStoryFolder } from '../../../src/sources/story-folder.js';

export const bundledStory = resolve(import.meta.dirname, '../../../briefings/zuckerberg-eu-parliament');

/** The card inputs of every quote of the bundled story, in the briefing's order. */
export function bundledCardInputs(): QuoteCardInput[] {
  const story = loadStoryFolder(bundledStory);
  const { briefing } = analyseStory(story.articles, { id: story.id, ...(story.title ? { title: story.title } : {}) });
  return quoteCardInputs(briefing, briefing.quotes);
}

export function decodePng(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** A small card input of our own (fixed dates; sources named as the card shows them). */
export function cardInput(quote: Partial<Quote> & { text: string }, context?: string): QuoteCardInput {
  return {
    quote: { speaker: { name: 'Ana Lima', role: 'harbour master' }, sources: ['wire', 'daily'], fragment: false, ...quote },
    storyTitle: 'Storm closes northern ports',
    sources: [
      { id: 'wire', title: 'Storm closes ports', publisher: 'Wire', published: '2024-03-01' },
      { id: 'daily', title: 'Ports shut', publisher: 'The Daily', published: '2024-03-02T08:00:00Z' },
    ],
    ...(context ? { context } : {}),
  };
}
