import type { NewSubscription, Subscription, SubscriptionStore } from '../contracts/stores.js';

/**
 * The subscription store as the commands use it in `serve`: every change also tells the running scheduler, so a
 * new, paused, resumed or removed subscription takes effect at once rather than at the scheduler's next pass.
 */
export function subscriptionsWithReload(store: SubscriptionStore, changed: () => void): SubscriptionStore {
  const after = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    changed();
    return result;
  };
  return {
    add: (subscription: NewSubscription): Promise<Subscription> => after(store.add(subscription)),
    addWithinLimits: async (subscription, limits) => {
      const result = await store.addWithinLimits(subscription, limits);
      if ('added' in result) changed();
      return result;
    },
    limitReached: (subscription, limits) => store.limitReached(subscription, limits),
    get: (id) => store.get(id),
    listForChannel: (channel) => store.listForChannel(channel),
    listForScope: (scope) => store.listForScope(scope),
    listAll: () => store.listAll(),
    setPaused: (id, paused, reason) => after(store.setPaused(id, paused, reason)),
    remove: (id) => after(store.remove(id)),
  };
}
