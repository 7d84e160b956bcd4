import { afterEach, expect, it } from 'vitest';
import type { SeenRequestStore } from '../../../src/contracts/stores.js';
import type { OpenHarness, StoreHarness } from './harness.js';

const at = (iso: string): Date => new Date(iso);

/** The seen-request store's behaviour, the same on every store. */
export function seenRequestStoreContract(open: OpenHarness<SeenRequestStore>): void {
  let harness: StoreHarness<SeenRequestStore> | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('tells the first caller, in this process or another, that a key is new, and every later one that it is not', async () => {
    harness = await open();
    const other = await harness.another();
    const expires = at('2026-11-23T09:05:00Z');
    expect(await harness.store.firstSight('slack:abc', expires, at('2026-11-23T09:00:00Z'))).toBe(true);
    expect(await other.firstSight('slack:abc', expires, at('2026-11-23T09:00:01Z'))).toBe(false);
    expect(await harness.store.firstSight('slack:abc', expires, at('2026-11-23T09:00:02Z'))).toBe(false);
    expect(await other.firstSight('slack:abd', expires, at('2026-11-23T09:00:03Z'))).toBe(true);
    const [one, two] = await Promise.all([harness.store.firstSight('discord:x', expires, at('2026-11-23T09:00:04Z')), other.firstSight('discord:x', expires, at('2026-11-23T09:00:04Z'))]);
    expect([one, two].sort()).toEqual([false, true]);
  });

  it('keeps a record until it expires and then removes it (after a restart too)', async () => {
    harness = await open();
    expect(await harness.store.firstSight('slack:abc', at('2026-11-23T09:05:00Z'), at('2026-11-23T09:00:00Z'))).toBe(true);
    const restarted = await harness.reopen();
    expect(await restarted.firstSight('slack:abc', at('2026-11-23T09:05:00Z'), at('2026-11-23T09:04:59Z'))).toBe(false);
    const later = await harness.another();
    expect(await later.firstSight('slack:abc', at('2026-11-23T09:11:00Z'), at('2026-11-23T09:06:00Z'))).toBe(true);
  });
}
