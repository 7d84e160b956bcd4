/**
 * The order a briefing shows its points in. The articles of a story come in no meaningful order
 * (a folder lists them by file name, a feed by arrival), so reading them article by article opens
 * the briefing with whatever the first outlet happened to say. An editor opens with the main event
 * and goes on by importance: here, by how much of what the sources report, early and often, each
 * point carries. A single article keeps its own order: its editor already made that choice.
 */

export interface PointPlace {
  /** The article the point comes from (its index in the story) and its sentence position there. */
  article: number;
  position: number;
  /**
   * How much of the story the point carries: the summed weight of its concepts, each weighed by
   * how many articles state it and how early (the coverage objective's weights).
   */
  weight: number;
  /**
   * It leans on an earlier point of its article ("He said…", "By contrast…", "The company said…"):
   * the selection took it only after that one, and it must be shown after it too.
   */
  leans: boolean;
}

/**
 * Indices into `points` in the order to show them. Points of one article: reading order. Points of
 * a story: heaviest first, ties in reading order (article, then position); a point that leans on
 * an earlier one follows the nearest earlier point of its article directly, with whatever leans on
 * it in turn, and such a group goes where its heaviest point would.
 */
export function pointOrder(points: readonly PointPlace[]): number[] {
  const reading = points.map((_, i) => i).sort((a, b) => points[a]!.article - points[b]!.article || points[a]!.position - points[b]!.position);
  if (points.every((p) => p.article === points[0]!.article)) return reading;
  const groups: number[][] = [];
  const groupOf = new Map<number, number[]>();
  let previous = -1;
  for (const i of reading) {
    const p = points[i]!;
    let group = p.leans && previous >= 0 && points[previous]!.article === p.article ? groupOf.get(previous) : undefined;
    if (!group) groups.push((group = []));
    group.push(i);
    groupOf.set(i, group);
    previous = i;
  }
  const keyed = groups.map((group, order) => ({ group, order, weight: Math.max(...group.map((i) => points[i]!.weight)) }));
  keyed.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return keyed.flatMap((k) => k.group);
}
