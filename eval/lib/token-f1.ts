/** Token-set F1 of two texts, case-insensitive, over words and numbers. */
export function tokenSet(text: string): Set<string> {
  return new Set((text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).map((t) => t.replace(/^'+|'+$/g, '')).filter(Boolean));
}

export function tokenSetF1(a: string, b: string): number {
  const x = tokenSet(a);
  const y = tokenSet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  if (common === 0) return 0;
  const p = common / x.size;
  const r = common / y.size;
  return (2 * p * r) / (p + r);
}
