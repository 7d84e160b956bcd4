import { describe, expect, it } from 'vitest';
import { decodePostButtonValue, encodePostButtonValue } from '../../../src/adapters/slack/post-button-value.js';

describe('"Post to channel" button value', () => {
  it('carries command, story and speaker in short JSON and reads them back', () => {
    const raw = encodePostButtonValue({ command: 'quotes', story: 'zuckerberg-eu', speaker: 'verhofstadt' });
    expect(raw).toBe('{"c":"quotes","s":"zuckerberg-eu","p":"verhofstadt"}');
    expect(decodePostButtonValue(raw!)).toEqual({ command: 'quotes', story: 'zuckerberg-eu', speaker: 'verhofstadt' });
  });

  it('carries a URL for a briefed link', () => {
    const raw = encodePostButtonValue({ command: 'briefing', url: 'https://news.example/a?b=1' });
    expect(decodePostButtonValue(raw!)).toEqual({ command: 'briefing', url: 'https://news.example/a?b=1' });
  });

  it('gives no value (so no button) when it would not fit Slack’s 2000 characters', () => {
    expect(encodePostButtonValue({ command: 'briefing', url: `https://news.example/${'a'.repeat(1600)}` })).toBeUndefined();
  });

  it('refuses values this bot did not write', () => {
    expect(decodePostButtonValue('garbage')).toBeUndefined();
    expect(decodePostButtonValue('{"c":"briefing","blocks":[]}')).toBeUndefined();
    expect(decodePostButtonValue('{"s":"zuckerberg-eu"}')).toBeUndefined();
  });
});
