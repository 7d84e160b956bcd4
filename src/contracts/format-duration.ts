/**
 * A duration as a person reads it, exact to the second and never rounded into a falsehood: 61 s is "1 min 1 s",
 * not "1 min", so "1 min 1 s later is past the grace window of 1 min" stays true. Parts that are zero are left out.
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1_000));
  const h = Math.floor(seconds / 3_600);
  const min = Math.floor((seconds % 3_600) / 60);
  const s = seconds % 60;
  const parts = [h ? `${h} h` : '', min ? `${min} min` : '', s ? `${s} s` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 s';
}

/** How late `ms` after a slot is, rounded up to the second: 120.4 s late is "2 min 1 s", so later than a 2 min grace. */
export function formatLateness(ms: number): string {
  return formatDuration(Math.ceil(ms / 1_000) * 1_000);
}
