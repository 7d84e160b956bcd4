import type { SubscriptionCommand } from './subscription-command.js';

/** An option as an interaction carries it; a subcommand nests its own options. */
export interface NestedOption {
  name: string;
  value?: string | number | boolean | undefined;
  options?: readonly NestedOption[] | undefined;
}

/** Discord's `/subscriptions <subcommand> …` options as the same command Slack's words give. */
export function subscriptionFromOptions(options: readonly NestedOption[]): SubscriptionCommand {
  const [sub] = options;
  if (!sub) return { action: 'usage' };
  const value = (name: string): string | undefined => {
    const option = sub.options?.find((o) => o.name === name);
    return typeof option?.value === 'string' && option.value.trim() ? option.value.trim() : undefined;
  };
  switch (sub.name) {
    case 'list':
      return { action: 'list' };
    case 'add': {
      const what = value('what');
      const when = value('when');
      if (!what || !when) return { action: 'usage', problem: 'add needs what to post and when.' };
      const keywords = value('keywords');
      const timezone = value('timezone');
      return { action: 'add', what, when, ...(keywords ? { keywords } : {}), ...(timezone ? { timezone } : {}) };
    }
    case 'remove':
    case 'pause':
    case 'resume': {
      const id = value('id');
      return id ? { action: sub.name, id } : { action: 'usage', problem: `${sub.name} needs the id of a subscription.` };
    }
    default:
      return { action: 'usage', problem: `Unknown subcommand “${sub.name}”.` };
  }
}
