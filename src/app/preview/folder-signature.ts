import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A cheap fingerprint of a folder tree (names, sizes and modification times, `depth` levels down): it changes
 * whenever a file is added, removed or rewritten, so the preview reloads only then. A missing folder is "absent".
 */
export function folderSignature(dir: string, depth: number): string {
  const parts: string[] = [];
  walk(dir, depth, '', parts);
  return parts.join('\n');
}

function walk(dir: string, depth: number, prefix: string, parts: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    parts.push(`${prefix}: absent`);
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      parts.push(`${prefix}/${name} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory() && depth > 1) walk(path, depth - 1, `${prefix}/${name}`, parts);
    } catch {
      // Removed between readdir and stat: the next request sees the tree without it.
    }
  }
}
