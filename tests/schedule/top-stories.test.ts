import { describe, expect, it } from 'vitest';
import { planSlot } from '../../src/schedule/plan-slot.js';
import { commandContext, schedule, story } from './helpers.js';

const slot = new Date('2026-11-23T07:00:00Z');

function withSources(entry: ReturnType<typeof story>, sourceCount: number) {
  return { ...entry, sourceCount };
}

describe('which stories a schedule posts', () => {
  it('ranks by independent sources, discounted by age, and leaves out stories older than a day or newer than the slot', async () => {
    const context = commandContext([
      withSources(story('wide', 'Covered by five', '2026-11-22T20:00:00Z'), 5),
      withSources(story('fresh', 'Two sources, just now', '2026-11-23T06:30:00Z'), 2),
      withSources(story('single', 'One source', '2026-11-23T06:50:00Z'), 1),
      withSources(story('stale', 'Yesterday morning', '2026-11-22T06:00:00Z'), 9),
      withSources(story('future', 'After the slot', '2026-11-23T07:05:00Z'), 9),
    ]);
    const posts = await planSlot({ schedule: schedule({ stories: { top: 2 } }), slot, context, lastRun: null, lastPostedHash: async () => null });
    expect(posts.map((p) => p.story)).toEqual(['wide', 'fresh']);
  });

  it('a schedule that names no story posts the newest one, not the list a bare /briefing shows', async () => {
    const context = commandContext([story('older', 'Older story', '2026-11-22T20:00:00Z'), story('newer', 'Newer story', '2026-11-22T21:00:00Z')]);
    const posts = await planSlot({ schedule: schedule({}), slot, context, lastRun: null, lastPostedHash: async () => null });
    expect(posts.map((p) => [p.story, p.reply?.kind])).toEqual([['newer', 'briefing']]);
  });
});
