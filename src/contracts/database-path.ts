import { resolve, sep } from 'node:path';

/**
 * Kernel file systems: nothing there can hold a database, and Node's recursive mkdirSync never returns for some
 * paths under /proc, so such a path is refused before anything touches it.
 */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];

/** Why `path` cannot hold the database (it lies in a kernel file system), or undefined when it may. */
export function unusableDatabasePath(path: string): string | undefined {
  const full = resolve(path);
  const root = VIRTUAL_ROOTS.find((r) => full === r || full.startsWith(r + sep));
  if (!root) return undefined;
  return `${full} is under ${root}, a kernel file system that cannot hold a database; set DATABASE_PATH to a file on a local disk (default data/newsbrief.db)`;
}
