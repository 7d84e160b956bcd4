import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { SlackAdapter } from '../../../src/adapters/slack/start.js';
import { cardSettings } from '../../../src/settings/commands.js';
import { startSlackStandIn, type SlackStandIn } from '../../stand-ins/slack-api.js';
import { slashCommand } from '../../stand-ins/slack-payloads.js';
import { startSocketAdapter } from './socket-adapter.js';

let slack: SlackStandIn;
let adapter: SlackAdapter;

beforeAll(async () => {
  slack = await startSlackStandIn();
  adapter = await startSocketAdapter(slack, { cards: { ...cardSettings(undefined), disabled_channels: ['C0QUIET'] } });
  await slack.socketConnected();
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

let responseId = 0;
async function slash(text: string, channel = 'C0NEWS'): Promise<{ id: string; body: Record<string, unknown> }> {
  const id = `cards-${++responseId}`;
  await slack.sendEnvelope('slash_commands', slashCommand(slack.responseUrl(id), { channel_id: channel, command: '/quotes', text }));
  const [response] = await slack.waitFor((c) => c.kind === 'response' && c.method === id);
  return { id, body: response!.body };
}

type Block = { type: string; slack_file?: { id: string }; alt_text?: string };

describe('quote cards in Slack answers (real Bolt WebClient, external-upload flow on the stand-in)', () => {
  it('an ephemeral /quotes uploads each card unshared and shows it in an image block with the quote as alt text', async () => {
    const before = slack.calls.length;
    const { body } = await slash('');
    const calls = slack.calls.slice(before).filter((c) => c.kind !== 'response');
    const urls = calls.filter((c) => c.method === 'files.getUploadURLExternal');
    expect(urls.map((c) => [c.body['filename'], c.body['alt_text']])).toEqual([
      ['01-mark-zuckerberg.png', expect.stringMatching(/^“.+” — Mark Zuckerberg, Facebook CEO$/)],
      ['02-guy-verhofstadt.png', expect.stringMatching(/^“.+” — Guy Verhofstadt$/)],
    ]);
    const complete = calls.filter((c) => c.method === 'files.completeUploadExternal');
    expect(complete).toHaveLength(1);
    // Not shared: no channel on completion, and nothing posted to the channel.
    expect(complete[0]!.body['channel_id']).toBeUndefined();
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    const ids = [...slack.uploads.keys()].slice(-2);
    for (const id of ids) {
      const png = PNG.sync.read(slack.uploads.get(id)!);
      expect([png.width, png.height]).toEqual([1200, 675]);
    }
    expect(body['response_type']).toBe('ephemeral');
    const images = (body['blocks'] as Block[]).filter((b) => b.type === 'image');
    expect(images.map((b) => b.slack_file?.id)).toEqual(ids);
    expect(images.map((b) => b.alt_text)).toEqual(urls.map((c) => c.body['alt_text']));
    // The text stays the primary content: the same text and blocks as a card-less answer, plus the images.
    const { body: textOnly } = await slash('', 'C0QUIET');
    expect(body['text']).toBe(textOnly['text']);
    expect((body['blocks'] as Block[]).filter((b) => b.type !== 'image')).toEqual(textOnly['blocks']);
  });

  it('a public /quotes posts the text, then shares the cards to the channel', async () => {
    const before = slack.calls.length;
    const { body } = await slash('public');
    await slack.waitFor((c) => c.method === 'files.completeUploadExternal', slack.apiCalls('files.completeUploadExternal').length + 1);
    const calls = slack.calls.slice(before);
    expect(body['response_type']).toBe('in_channel');
    expect((body['blocks'] as Block[]).filter((b) => b.type === 'image')).toEqual([]);
    const complete = calls.filter((c) => c.method === 'files.completeUploadExternal');
    expect(complete.map((c) => c.body['channel_id'])).toEqual(['C0NEWS']);
    expect(calls.findIndex((c) => c.kind === 'response')).toBeLessThan(calls.findIndex((c) => c.method === 'files.getUploadURLExternal'));
  });

  it('a failed upload still answers with the text, without images', async () => {
    slack.queue('files.getUploadURLExternal', { body: { ok: false, error: 'internal_error' } });
    const { body } = await slash('');
    expect(body['response_type']).toBe('ephemeral');
    expect((body['blocks'] as Block[]).filter((b) => b.type === 'image')).toEqual([]);
    const { body: textOnly } = await slash('', 'C0QUIET');
    expect(body['text']).toBe(textOnly['text']);
    expect(body['blocks']).toEqual(textOnly['blocks']);
  });

  it('a channel where cards are off gets the text only and no upload', async () => {
    const uploadsBefore = slack.apiCalls('files.getUploadURLExternal').length;
    const { body } = await slash('', 'C0QUIET');
    expect((body['blocks'] as Block[]).filter((b) => b.type === 'image')).toEqual([]);
    expect(slack.apiCalls('files.getUploadURLExternal')).toHaveLength(uploadsBefore);
  });
});
