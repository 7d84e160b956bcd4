import type { OptionChoice } from '../option-choices.js';
import { optionChoices } from '../option-choices.js';
import type { CommandContext } from '../command-context.js';
import type { CommandDef } from '../types.js';
import { describeSubscription } from './subscription-lines.js';
import type { RequestOrigin } from './request-origin.js';
import type { NestedOption } from './subscription-options.js';

/** Every IANA zone the runtime knows, plus UTC (which Intl lists under Etc/ only). */
const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/**
 * Suggestions while a `/subscriptions` option is typed: this channel's ids, stories, feeds and `top` for what,
 * IANA zones for timezone. Ids come from the store, so this one is asynchronous.
 */
export async function subscriptionChoices(
  def: CommandDef,
  options: readonly NestedOption[],
  context: CommandContext,
  origin: RequestOrigin | undefined,
  max: number,
): Promise<OptionChoice[]> {
  const focused = options.flatMap((o) => o.options ?? []).find((o) => (o as { focused?: boolean }).focused);
  if (!focused) return [];
  const typed = typeof focused.value === 'string' ? focused.value.trim().toLowerCase() : '';
  const matches = (text: string) => text.toLowerCase().includes(typed);
  if (focused.name === 'timezone') return ZONES.filter(matches).slice(0, max).map((zone) => ({ label: zone, value: zone }));
  if (focused.name === 'what') {
    const fixed = ['top', 'top 3', ...(context.subscriptions?.feedIds ?? [])].filter(matches).map((v) => ({ label: v, value: v }));
    const stories = optionChoices(def, { name: 'story', value: typed }, context.library, max);
    return [...fixed, ...stories].slice(0, max);
  }
  if (focused.name === 'id' && origin && !origin.direct && context.subscriptions) {
    const store = await context.subscriptions.store();
    return (await store.listForChannel(origin.channel))
      .map((s) => ({ label: `${s.id}: ${describeSubscription(s)}${s.paused ? ' (paused)' : ''}`, value: s.id }))
      .filter((c) => matches(c.label))
      .slice(0, max);
  }
  return [];
}
