/**
 * Gradient-boosted shallow trees for the speaker ranker, with the conditional logit's loss: each quote's
 * candidates compete in a softmax over the sum of the trees' outputs. Each round fits one tree to the loss's
 * gradient with Newton leaves (−G / (H + λ), times the learning rate). Deterministic: no sampling, examples in a
 * fixed order, splits searched feature by feature in index order and thresholds ascending, a split kept only when
 * strictly better (so ties go to the lower feature index, then the lower threshold). Thresholds (midpoints
 * between observed values) and leaf values are rounded to six decimals when made, so the model in memory is the
 * model written to the file.
 */
import type { RankExample } from './train-logistic.js';
import { byQuote, softmaxInto } from './train-listwise.js';

/** A tree as a flat list: a split [feature, threshold, left, right] (x[feature] ≤ threshold goes left) or a leaf [value]. */
export type TreeNode = [number, number, number, number] | [number];
export type Tree = TreeNode[];

export interface TreeOptions {
  depth: number;
  rounds: number;
  rate: number;
  /** Fewest candidates a leaf may hold. */
  minLeaf: number;
  /** L2 on leaf values (XGBoost's λ). */
  lambda?: number;
}

export const fixed6 = (x: number): number => {
  const v = Number(x.toFixed(6));
  return Object.is(v, -0) ? 0 : v;
};

export function treeScore(tree: Tree, x: readonly number[]): number {
  let at = 0;
  for (;;) {
    const node = tree[at]!;
    if (node.length === 1) return node[0];
    at = (x[node[0]] ?? 0) <= node[1] ? node[2] : node[3];
  }
}

export function forestScore(trees: readonly Tree[], x: readonly number[]): number {
  let s = 0;
  for (const t of trees) s += treeScore(t, x);
  return s;
}

/**
 * Boosts `options.rounds` trees; `onRound(k, trees)` sees the forest after each round (cross-validation reads
 * several round counts off one fit).
 */
export function trainTrees(examples: RankExample[], options: TreeOptions, onRound?: (round: number, trees: Tree[]) => void): Tree[] {
  const lambda = options.lambda ?? 1;
  const rows = examples.length;
  const width = examples[0]?.x.length ?? 0;
  const quotes = byQuote(examples.map((e, row) => ({ quote: e.quote, row, y: e.y }))).filter((q) => q.some((e) => e.y === 1));
  // Each feature's rows by ascending value (stable: equal values keep file order), sorted once.
  const order = Array.from({ length: width }, (_, f) =>
    Array.from({ length: rows }, (_, r) => r).sort((a, b) => examples[a]!.x[f]! - examples[b]!.x[f]! || a - b),
  );
  const score = new Float64Array(rows);
  const g = new Float64Array(rows);
  const h = new Float64Array(rows);
  const node = new Int32Array(rows);
  const trees: Tree[] = [];
  const s: number[] = [];
  const p: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    g.fill(0);
    h.fill(0);
    for (const q of quotes) {
      s.length = q.length;
      p.length = q.length;
      for (let j = 0; j < q.length; j++) s[j] = score[q[j]!.row]!;
      softmaxInto(s, p);
      let right = 0;
      for (let j = 0; j < q.length; j++) if (q[j]!.y === 1) right += p[j]!;
      for (let j = 0; j < q.length; j++) {
        const r = q[j]!.row;
        g[r] = p[j]! - (q[j]!.y === 1 ? p[j]! / right : 0);
        // The diagonal of the softmax's Hessian, floored so a settled quote's leaf stays finite.
        h[r] = Math.max(p[j]! * (1 - p[j]!), 1e-6);
      }
    }
    const tree = growTree(examples, order, g, h, node, options, lambda);
    trees.push(tree);
    for (let r = 0; r < rows; r++) score[r] = score[r]! + treeScore(tree, examples[r]!.x);
    onRound?.(round + 1, trees);
  }
  return trees;
}

/** One tree, grown level by level: every open node of a level is split in one pass over each feature's order. */
function growTree(examples: RankExample[], order: number[][], g: Float64Array, h: Float64Array, node: Int32Array, options: TreeOptions, lambda: number): Tree {
  const rows = examples.length;
  const width = order.length;
  // Nodes of the level being split, by their index in `tree`; `node[r]` is the tree index of row r's node.
  const tree: Array<TreeNode | undefined> = [undefined];
  node.fill(0);
  let open = [0];
  for (let level = 0; level < options.depth && open.length > 0; level++) {
    const { slot, G, H, N } = nodeSums(open, node, g, h, rows);
    const best = open.map(() => ({ gain: 1e-9, feature: -1, threshold: 0 }));
    const gl = new Float64Array(open.length);
    const hl = new Float64Array(open.length);
    const nl = new Int32Array(open.length);
    const last = new Float64Array(open.length);
    for (let f = 0; f < width; f++) {
      gl.fill(0);
      hl.fill(0);
      nl.fill(0);
      last.fill(Number.NaN);
      for (const r of order[f]!) {
        const k = slot.get(node[r]!);
        if (k === undefined) continue;
        const v = examples[r]!.x[f]!;
        // A threshold between the previous value and this one: everything before goes left.
        if (nl[k]! > 0 && v !== last[k]) tryThreshold(k, f, (last[k]! + v) / 2);
        gl[k] = gl[k]! + g[r]!;
        hl[k] = hl[k]! + h[r]!;
        nl[k] = nl[k]! + 1;
        last[k] = v;
      }
    }
    function tryThreshold(k: number, f: number, mid: number): void {
      const nL = nl[k]!;
      const nR = N[k]! - nL;
      if (nL < options.minLeaf || nR < options.minLeaf) return;
      const gL = gl[k]!;
      const hL = hl[k]!;
      const gR = G[k]! - gL;
      const hR = H[k]! - hL;
      const gain = (gL * gL) / (hL + lambda) + (gR * gR) / (hR + lambda) - (G[k]! * G[k]!) / (H[k]! + lambda);
      if (gain > best[k]!.gain) best[k] = { gain, feature: f, threshold: fixed6(mid) };
    }
    const next: number[] = [];
    open.forEach((n, k) => {
      const b = best[k]!;
      if (b.feature < 0) {
        tree[n] = [fixed6((-options.rate * G[k]!) / (H[k]! + lambda))];
        return;
      }
      const left = tree.length;
      tree.push(undefined, undefined);
      tree[n] = [b.feature, b.threshold, left, left + 1];
      next.push(left, left + 1);
    });
    // Rows move to their child, by the rounded threshold the file will hold.
    for (let r = 0; r < rows; r++) {
      const t = tree[node[r]!]!;
      if (t.length === 4 && slot.has(node[r]!)) node[r] = examples[r]!.x[t[0]]! <= t[1] ? t[2] : t[3];
    }
    open = next;
  }
  // The last level's nodes become leaves.
  if (open.length > 0) {
    const { G, H } = nodeSums(open, node, g, h, rows);
    open.forEach((n, k) => {
      tree[n] = [fixed6((-options.rate * G[k]!) / (H[k]! + lambda))];
    });
  }
  return tree as Tree;
}

/** Each open node's sums over the rows it holds: gradient, hessian and count, by the node's place in `open`. */
function nodeSums(open: readonly number[], node: Int32Array | number[], g: ArrayLike<number>, h: ArrayLike<number>, rows: number): { slot: Map<number, number>; G: Float64Array; H: Float64Array; N: Int32Array } {
  const slot = new Map<number, number>(open.map((n, i) => [n, i]));
  const G = new Float64Array(open.length);
  const H = new Float64Array(open.length);
  const N = new Int32Array(open.length);
  for (let r = 0; r < rows; r++) {
    const k = slot.get(node[r]!);
    if (k === undefined) continue;
    G[k] = G[k]! + g[r]!;
    H[k] = H[k]! + h[r]!;
    N[k] = N[k]! + 1;
  }
  return { slot, G, H, N };
}
