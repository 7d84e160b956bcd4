import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/start.js';
import type { CommandContext } from '../../../src/commands/dispatch.js';
import { buildCommandTable } from '../../../src/commands/table.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { renderDiscordReply } from '../../../src/render/discord-embeds.js';
import { parseEnv } from '../../../src/settings/env.js';
import { interactionPayload, startDiscordStandIn, type DiscordStandIn, type InteractionOptionInput } from '../../stand-ins/discord-api.js';
import { facebookBriefing, fixtureLibrary, manyQuotesBriefing, mentionsBriefing } from './briefing-fixture.js';

let standIn: DiscordStandIn;
let adapter: DiscordAdapter;
const context: CommandContext = {
  table: buildCommandTable({ aliases: [{ command: 'zuckerberg-quotes', speaker: 'Mark Zuckerberg' }] }),
  library: fixtureLibrary([manyQuotesBriefing(80)]),
};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  adapter = await startDiscordAdapter({
    env: parseEnv({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl }),
    context,
    logger: silentLogger(),
    restOptions: { retries: 0 },
  });
});

afterAll(async () => {
  await adapter?.stop();
  await standIn?.close();
});

/** Sends a command over the gateway and resolves with every REST call made for its token, once `calls` have arrived. */
async function run(name: string, options: InteractionOptionInput[], calls: number, autocomplete = false) {
  const payload = interactionPayload({ applicationId: standIn.applicationId, name, options, autocomplete });
  const token = payload.token as string;
  standIn.dispatch('INTERACTION_CREATE', payload);
  return standIn.waitFor((c) => c.path.includes(`/${token}`), calls);
}

const briefingBody = renderDiscordReply({ kind: 'briefing', visibility: 'ephemeral', briefing: facebookBriefing })[0]!;

describe('Discord gateway bot (real discord.js against the stand-in)', () => {
  it('identifies with the Guilds intent only and reports connected', () => {
    expect(standIn.identifies).toEqual([{ token: 'test-token', intents: 1 }]);
    expect(adapter.state()).toBe('connected');
  });

  it('/briefing defers an ephemeral reply, then edits it to the briefing embed', async () => {
    const [callback, edit] = await run('briefing', [{ name: 'story', value: 'facebook-data' }], 2);
    expect(callback!.method).toBe('POST');
    expect(callback!.path).toMatch(/^\/interactions\/\d+\/tok-\d+\/callback$/);
    expect(callback!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(edit!.method).toBe('PATCH');
    expect(edit!.path).toMatch(new RegExp(`^/webhooks/${standIn.applicationId}/tok-\\d+/messages/@original$`));
    const body = edit!.body as Record<string, unknown>;
    expect(body.embeds).toEqual(briefingBody.embeds);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBeUndefined();
  });

  it('/briefing public:true defers a reply everyone sees', async () => {
    const [callback, edit] = await run('briefing', [{ name: 'story', value: 'facebook-data' }, { name: 'public', value: true }], 2);
    expect(callback!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect((edit!.body as Record<string, unknown>).embeds).toEqual(briefingBody.embeds);
  });

  it('/quotes with a speaker shows that speaker’s cards', async () => {
    const [, edit] = await run('quotes', [{ name: 'speaker', value: 'zuck' }], 2);
    const expected = renderDiscordReply({
      kind: 'quotes',
      visibility: 'ephemeral',
      briefing: facebookBriefing,
      quotes: facebookBriefing.quotes.slice(0, 2),
      heading: 'Quotes from Mark Zuckerberg',
    })[0]!;
    const body = edit!.body as Record<string, unknown>;
    expect(body.content).toBe('**Quotes from Mark Zuckerberg** · Facebook faces questions over data sharing');
    expect(body.embeds).toEqual(expected.embeds);
    expect((body.embeds as { author: { name: string } }[]).map((e) => e.author.name)).toEqual([
      'Mark Zuckerberg · Facebook CEO',
      'Mark Zuckerberg · Facebook CEO',
    ]);
  });

  it('the alias /zuckerberg-quotes fixes the speaker', async () => {
    const [, edit] = await run('zuckerberg-quotes', [], 2);
    expect((edit!.body as Record<string, unknown>).content).toBe('**Quotes from Mark Zuckerberg** · Facebook faces questions over data sharing');
  });

  it('an unknown story gets the helpful ephemeral list of stories', async () => {
    const [callback, edit] = await run('briefing', [{ name: 'story', value: 'nothing-like-this' }], 2);
    expect(callback!.body).toEqual({ type: 5, data: { flags: 64 } });
    const embed = (edit!.body as { embeds: { title: string; description: string }[] }).embeds[0]!;
    expect(embed.title).toBe('No story matches “nothing-like-this”.');
    expect(embed.description).toBe(
      'Stories:\nfacebook-data: Facebook faces questions over data sharing (3 sources)\nmany-quotes: A story with many quotes (1 source)\nmentions: Ping @everyone (1 source)',
    );
  });

  it('asked for public, an unknown speaker is answered privately: the public placeholder is deleted', async () => {
    const [callback, del, followUp] = await run('quotes', [{ name: 'speaker', value: 'nobody' }, { name: 'public', value: true }], 3);
    expect(callback!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(del!.method).toBe('DELETE');
    expect(del!.path).toMatch(/\/messages\/@original$/);
    expect(followUp!.method).toBe('POST');
    const body = followUp!.body as { flags: number; embeds: { title: string; description: string }[] };
    expect(body.flags).toBe(64);
    expect(body.embeds[0]!.title).toBe('No quotes from “nobody” in “Facebook faces questions over data sharing”.');
    expect(body.embeds[0]!.description).toBe('Speakers in this story:\nMark Zuckerberg (Facebook CEO): 2 quotes\nDamian Collins: 1 quote');
  });

  it('article text with @everyone and <@123> goes out with allowed_mentions parse: []', async () => {
    const [, edit] = await run('quotes', [{ name: 'story', value: 'mentions' }, { name: 'public', value: true }], 2);
    const body = edit!.body as { allowed_mentions: unknown; embeds: { description: string }[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]!.description).toBe('“@everyone read this, \\<@123\\>”');
    expect(mentionsBriefing.quotes[0]!.text).toBe('@everyone read this, <@123>');
  });

  it('80 quotes: the reply and two follow-ups of 10 cards, and "…and 50 more"', async () => {
    const calls = await run('quotes', [{ name: 'story', value: 'many-quotes' }], 4);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'POST', 'POST']);
    const bodies = calls.slice(1).map((c) => c.body as { embeds: unknown[]; content?: string; flags?: number; allowed_mentions: unknown });
    expect(bodies.map((b) => b.embeds.length)).toEqual([10, 10, 10]);
    expect(bodies.map((b) => b.allowed_mentions)).toEqual([{ parse: [] }, { parse: [] }, { parse: [] }]);
    // Follow-ups of an ephemeral reply are ephemeral too.
    expect(bodies.slice(1).map((b) => b.flags)).toEqual([64, 64]);
    expect(calls[2]!.query).toEqual({ wait: 'true' });
    const more = /…and (\d+) more quotes/.exec(bodies[2]!.content ?? '');
    expect(Number(more![1]) + 30).toBe(80);
  });

  it('autocompletes story from memory, best matches first', async () => {
    const [callback] = await run('briefing', [{ name: 'story', value: 'face', focused: true }], 1, true);
    expect(callback!.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Facebook faces questions over data sharing (facebook-data)', value: 'facebook-data' }] },
    });
    const [all] = await run('quotes', [{ name: 'story', value: '', focused: true }], 1, true);
    expect((all!.body as { data: { choices: { value: string }[] } }).data.choices.map((c) => c.value)).toEqual([
      'facebook-data',
      'many-quotes',
      'mentions',
    ]);
  });

  it('autocompletes speaker from the chosen story, at most 25', async () => {
    const [one] = await run('quotes', [{ name: 'speaker', value: 'col', focused: true }], 1, true);
    expect(one!.body).toEqual({ type: 8, data: { choices: [{ name: 'Damian Collins (1 quote)', value: 'Damian Collins' }] } });
    const [many] = await run('quotes', [{ name: 'story', value: 'many-quotes' }, { name: 'speaker', value: 'speaker 1', focused: true }], 1, true);
    const choices = (many!.body as { data: { choices: { value: string }[] } }).data.choices;
    // "Speaker 1" is exact; "Speaker 10"…"Speaker 19" are prefixes: exact comes first.
    expect(choices.map((c) => c.value)).toEqual(['Speaker 1', ...Array.from({ length: 10 }, (_, i) => `Speaker ${10 + i}`)]);
    const [capped] = await run('quotes', [{ name: 'story', value: 'many-quotes' }, { name: 'speaker', value: '', focused: true }], 1, true);
    expect((capped!.body as { data: { choices: unknown[] } }).data.choices).toHaveLength(25);
  });
});

describe('Discord gateway bot: malformed interactions', () => {
  it('answers a command and an autocomplete with malformed options without crashing, then still answers a good command', async () => {
    const odd = (data: Record<string, unknown>, autocomplete = false) => {
      const payload = interactionPayload({ applicationId: standIn.applicationId, name: 'briefing', autocomplete });
      payload.data = { ...(payload.data as Record<string, unknown>), ...data };
      standIn.dispatch('INTERACTION_CREATE', payload);
      return payload.token as string;
    };
    const tokens = [
      odd({ options: 'story' }),
      odd({ options: { story: 'x' } }),
      odd({ options: [null] }),
      odd({ options: [{}] }),
      odd({ options: [{ name: 'story', type: 3, value: { x: 1 } }] }),
      odd({ options: 'story' }, true),
      odd({ options: [null] }, true),
      odd({ options: [{ name: 'story', type: 3, value: { x: 1 }, focused: true }] }, true),
    ];
    // Not answerable (no command data at all): ignored, and nothing else breaks.
    const noData = interactionPayload({ applicationId: standIn.applicationId, name: 'briefing' });
    noData.data = null;
    standIn.dispatch('INTERACTION_CREATE', noData);
    const calls = await Promise.all(tokens.map((token) => standIn.waitFor((c) => c.path.includes(`/${token}/`))));
    const malformed = { type: 4, data: { content: 'That command arrived malformed; try it again.', flags: 64, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false } };
    const noChoices = { type: 8, data: { choices: [] } };
    expect(calls.map(([call]) => call!.body)).toEqual([malformed, malformed, malformed, malformed, malformed, noChoices, noChoices, noChoices]);
    const [, edit] = await run('briefing', [{ name: 'story', value: 'facebook-data' }], 2);
    expect((edit!.body as Record<string, unknown>).embeds).toEqual(briefingBody.embeds);
    expect(standIn.calls.filter((c) => c.path.includes(noData.token as string))).toEqual([]);
  });
});
