import { WHEN_WORDS } from './parse-when.js';
import type { SubscriptionCommand } from './subscription-command.js';
import { tokenise, type Token } from './tokenise.js';

/** The first words of `/briefing …` that manage subscriptions instead of asking for a story. */
const VERBS = new Set(['subscribe', 'subscriptions', 'unsubscribe', 'pause', 'resume']);

const OPTION = /^(keywords?|kw|timezone|tz):(.*)$/is;
/** One cron field: values, names, ranges, lists and steps ("*", "1-5", "mon,wed", "*\/15"). */
const CRON_FIELD = /^(\*|\d{1,2}|[a-z]{3})([-/,](\*|\d{1,2}|[a-z]{3}))*$/i;

/** Reads `/briefing subscribe …` and its siblings; undefined when the text is not about subscriptions. */
export function parseSubscriptionText(text: string): SubscriptionCommand | undefined {
  const trimmed = text.trim();
  const verb = /^\S+/.exec(trimmed)?.[0].toLowerCase() ?? '';
  if (!VERBS.has(verb)) return undefined;
  const rest = trimmed.slice(verb.length).trim();
  if (verb === 'subscriptions') return rest ? { action: 'usage', problem: `“subscriptions” takes nothing after it (got “${rest}”).` } : { action: 'list' };
  if (verb === 'subscribe') return parseSubscribe(rest);
  const action = verb === 'unsubscribe' ? 'remove' : (verb as 'pause' | 'resume');
  if (!/^\S+$/.test(rest)) return { action: 'usage', problem: rest ? `“${verb}” takes one subscription id (got “${rest}”).` : `“${verb}” needs the id of a subscription (see “subscriptions”).` };
  return { action, id: rest };
}

/** `<what> <when> [keywords:…] [timezone:…]`: options anywhere, the schedule at the end. */
function parseSubscribe(text: string): SubscriptionCommand {
  const tokens = tokenise(text);
  const rest: Token[] = [];
  let keywords: string | undefined;
  let timezone: string | undefined;
  for (const token of tokens) {
    const option = OPTION.exec(token.text);
    if (!option) {
      rest.push(token);
      continue;
    }
    const value = option[2]!.trim();
    if (option[1]!.toLowerCase().startsWith('t')) timezone = value;
    else keywords = value;
  }
  if (keywords !== undefined && !keywords) return { action: 'usage', problem: 'keywords: needs words, e.g. keywords:"tariff, -opinion".' };
  if (timezone !== undefined && !timezone) return { action: 'usage', problem: 'timezone: needs an IANA zone, e.g. timezone:Europe/Brussels.' };
  if (rest.length === 0) return { action: 'usage', problem: 'subscribe needs what to post and when.' };
  const split = whenStart(rest);
  if (split === undefined) {
    return { action: 'usage', problem: `No schedule found in “${text}”: end with when to post, e.g. “daily 08:00”.` };
  }
  if (split === 0) return { action: 'usage', problem: 'subscribe needs what to post before when: e.g. “subscribe top daily 08:00”.' };
  return {
    action: 'add',
    what: rest.slice(0, split).map((t) => t.raw).join(' '),
    when: rest.slice(split).map((t) => t.raw).join(' '),
    ...(keywords !== undefined ? { keywords } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}

/**
 * Where the schedule begins: at the last schedule word ("daily", "every"…), since a story title may hold one
 * too and the words after a schedule word never do; else the last five words when they read as cron fields.
 */
function whenStart(tokens: Token[]): number | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if ((WHEN_WORDS as readonly string[]).includes(tokens[i]!.text.toLowerCase())) return i;
  }
  if (tokens.length >= 5) {
    const last = tokens.slice(-5);
    if (last.every((t) => t.raw === t.text && CRON_FIELD.test(t.text)) && last.filter((t) => /[\d*]/.test(t.text)).length >= 3) return tokens.length - 5;
  }
  return undefined;
}
