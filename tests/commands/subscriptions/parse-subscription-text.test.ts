import { describe, expect, it } from 'vitest';
import { parseKeywords } from '../../../src/commands/subscriptions/parse-keywords.js';
import { parseSubscriptionText } from '../../../src/commands/subscriptions/parse-subscription-text.js';
import { resolveTopic } from '../../../src/commands/subscriptions/resolve-topic.js';
import { commandsSchema } from '../../../src/settings/commands.js';
import { readYamlConfig } from '../../../src/settings/read-yaml.js';
import { BriefingLibrary } from '../../../src/stories/library.js';
import { harbourBriefing } from '../../fixtures/briefing.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('parseSubscriptionText: the words after /briefing', () => {
  it('is not about subscriptions unless the first word says so', () => {
    expect(parseSubscriptionText('harbour storm')).toBeUndefined();
    expect(parseSubscriptionText('https://example.org/a public')).toBeUndefined();
  });

  it('splits what from when at the last schedule word, options anywhere', () => {
    expect(parseSubscriptionText('subscribe top 3 daily 08:00')).toEqual({ action: 'add', what: 'top 3', when: 'daily 08:00' });
    // A title holding a schedule word: the last one starts the schedule.
    expect(parseSubscriptionText('subscribe the daily show weekly fri 18:00')).toEqual({ action: 'add', what: 'the daily show', when: 'weekly fri 18:00' });
    expect(parseSubscriptionText('subscribe keywords:"trade war, -opinion" speaker:"Mark Zuckerberg" every 2h tz:Europe/Brussels')).toEqual({
      action: 'add',
      what: 'speaker:"Mark Zuckerberg"',
      when: 'every 2h',
      keywords: 'trade war, -opinion',
      timezone: 'Europe/Brussels',
    });
    expect(parseSubscriptionText('SUBSCRIBE https://news.example.org/rss.xml 0 8 * * 1-5')).toEqual({
      action: 'add',
      what: 'https://news.example.org/rss.xml',
      when: '0 8 * * 1-5',
    });
  });

  it('reads the other verbs, and says what is missing', () => {
    expect(parseSubscriptionText('subscriptions')).toEqual({ action: 'list' });
    expect(parseSubscriptionText('unsubscribe 12')).toEqual({ action: 'remove', id: '12' });
    expect(parseSubscriptionText('pause 12')).toEqual({ action: 'pause', id: '12' });
    expect(parseSubscriptionText('resume')).toEqual({ action: 'usage', problem: '“resume” needs the id of a subscription (see “subscriptions”).' });
    expect(parseSubscriptionText('pause 1 2')).toEqual({ action: 'usage', problem: '“pause” takes one subscription id (got “1 2”).' });
    expect(parseSubscriptionText('subscribe daily 08:00')).toEqual({ action: 'usage', problem: 'subscribe needs what to post before when: e.g. “subscribe top daily 08:00”.' });
    expect(parseSubscriptionText('subscribe top keywords:')).toEqual({ action: 'usage', problem: 'keywords: needs words, e.g. keywords:"tariff, -opinion".' });
  });
});

describe('keywords and topics', () => {
  it('keywords: comma-separated, "-" excludes, case ignored, contradictions refused', () => {
    expect(parseKeywords('Tariff, trade  war, -Opinion, tariff')).toEqual({ ok: true, filter: { include: ['tariff', 'trade war'], exclude: ['opinion'] } });
    expect(parseKeywords('-opinion')).toEqual({ ok: true, filter: { exclude: ['opinion'] } });
    expect(parseKeywords('war, -war')).toEqual({ ok: false, problem: 'keywords: “war” is both included and excluded.' });
    expect(parseKeywords('a, -')).toEqual({ ok: false, problem: 'keywords: a lone “-” excludes nothing; write -word.' });
  });

  it('top, speaker, URL, feed id and story are told apart, in that order', () => {
    const briefing = harbourBriefing();
    const library = new BriefingLibrary([{ id: 'top', title: 'A story called top', briefing, updated: '2024-03-02' }, { id: briefing.id, title: briefing.title, briefing, updated: '2024-03-02' }]);
    expect(resolveTopic('top', library, [])).toEqual({ ok: true, topic: { kind: 'top', count: 3 } });
    expect(resolveTopic('TOP 10', library, [])).toEqual({ ok: true, topic: { kind: 'top', count: 10 } });
    expect(resolveTopic('top 11', library, [])).toEqual({ ok: false, problem: 'top takes 1 to 10 stories (got 11).' });
    expect(resolveTopic('speaker:“Ana Lima”', library, [])).toEqual({ ok: true, topic: { kind: 'speaker', speaker: 'Ana Lima' } });
    expect(resolveTopic('<https://news.example.org/rss|news>', library, [])).toEqual({ ok: true, topic: { kind: 'feed-url', url: 'https://news.example.org/rss' } });
    expect(resolveTopic('Wire', library, ['wire'])).toEqual({ ok: true, topic: { kind: 'feed', feedId: 'wire' } });
    expect(resolveTopic(briefing.id, library, ['wire'])).toEqual({ ok: true, topic: { kind: 'story', story: briefing.id } });
  });
});

describe('config/commands.yaml subscriptions:', () => {
  it('defaults when absent; a bad value names the file and the key', () => {
    expect(commandsSchema.parse({}).subscriptions).toBeUndefined();
    expect(commandsSchema.parse({ subscriptions: {} }).subscriptions).toEqual({ max_per_channel: 10, min_interval: 3_600_000, max_feeds_per_workspace: 5, default_timezone: 'UTC' });
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-subscriptions-config-'));
    try {
      const file = join(dir, 'commands.yaml');
      writeFileSync(file, 'subscriptions:\n  min_interval: 30s\n  default_timezone: Mars/Olympus\n  slack_user_group: { id: editors }\n');
      expect(() => readYamlConfig(file, commandsSchema)).toThrow(
        [
          `${file}: subscriptions.min_interval: must be at least 1m (the scheduler works in whole minutes)`,
          `${file}: subscriptions.default_timezone: must be an IANA time zone such as "Europe/Brussels" or "UTC"`,
          `${file}: subscriptions.slack_user_group.id: must be a Slack user group id such as "S0123ABCD" (usergroups.list shows it)`,
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
