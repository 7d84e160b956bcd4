import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../../src/adapters/slack/start.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import type { Briefing } from '../../../src/core/types.js';
import { renderQuoteCard } from '../../../src/render/card/quote-card.js';
import { cardSettings } from '../../../src/settings/commands.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { fixtureBriefing, fixtureLibrary } from './briefing-fixture.js';
import { startSocketAdapter } from './socket-adapter.js';

const SENTENCE = 'Damian Collins said the session had been a “missed opportunity” for the Parliament.';

/** The fixture briefing with a fragment quote, stored with the sentence it was quoted in (no articles at hand). */
function withFragment(): Briefing {
  const briefing = fixtureBriefing();
  briefing.quotes.push({ text: 'missed opportunity', speaker: { name: 'Damian Collins' }, sources: ['euronews'], fragment: true, context: SENTENCE });
  briefing.speakers.push({ name: 'Damian Collins', quotes: 1 });
  return briefing;
}

let slack: SlackStandIn;
let adapter: SlackAdapter;
const cards = cardSettings(undefined);

beforeAll(async () => {
  slack = await startSlackStandIn();
  adapter = await startSocketAdapter(slack, {
    context: { table: buildCommandTable({ aliases: [] }), library: fixtureLibrary(withFragment()) },
    cards,
  });
  await slack.socketConnected();
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

describe('a fragment in a Slack /quotes answer', () => {
  it('gets its card too, drawn in the sentence stored with the quote', async () => {
    await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl('fragment'), { command: '/quotes' }));
    const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === 'fragment');
    const urls = slack.apiCalls('files.getUploadURLExternal');
    expect(urls.map((c) => [c.body['filename'], c.body['alt_text']])).toEqual([
      ['01-mark-zuckerberg.png', '“We didn’t take a broad enough view of our responsibility.” — Mark Zuckerberg, Facebook CEO'],
      ['02-guy-verhofstadt.png', '“I asked you six yes-or-no questions and got not a single answer.” — Guy Verhofstadt'],
      ['03-damian-collins.png', '“missed opportunity” — Damian Collins'],
    ]);
    const images = (response!.body['blocks'] as Array<{ type: string; alt_text?: string }>).filter((b) => b.type === 'image');
    expect(images.map((b) => b.alt_text)).toEqual(urls.map((c) => c.body['alt_text']));
    // The uploaded PNG is the fragment drawn in its sentence, not the two words alone.
    const briefing = withFragment();
    const quote = briefing.quotes[2]!;
    const options = { size: 'landscape', theme: cards.theme, accent: cards.accent } as const;
    const inSentence = Buffer.from(await renderQuoteCard({ quote, storyTitle: briefing.title, sources: briefing.sources, context: SENTENCE }, options));
    const alone = Buffer.from(await renderQuoteCard({ quote, storyTitle: briefing.title, sources: briefing.sources }, options));
    const uploaded = Buffer.from([...slack.uploads.values()][2]!);
    expect(uploaded.equals(inSentence)).toBe(true);
    expect(uploaded.equals(alone)).toBe(false);
  });
});
