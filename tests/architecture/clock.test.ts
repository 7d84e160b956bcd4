import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The wiring creates the one clock; everything else is handed it. */
const WIRING = (path: string): boolean => path === 'app/system-clock.ts' || path.startsWith('cli/') || path === 'cli.ts';

/** Ways of reading the wall clock, or of defaulting to it, that a module outside the wiring must not use. */
const WALL_CLOCK = [
  { name: 'Date.now', pattern: /\bDate\.now\b/ },
  { name: 'new Date()', pattern: /\bnew Date\(\s*\)/ },
  { name: 'systemClock', pattern: /\bsystemClock\b/ },
];

describe('time comes from one injected clock', () => {
  it('no module outside the wiring reads the wall clock or defaults to it', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const path = relative(SRC, file).split('\\').join('/');
      if (WIRING(path)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const { name, pattern } of WALL_CLOCK) if (pattern.test(line)) found.push(`${path}:${index + 1}: ${name}`);
        });
    }
    expect(found).toEqual([]);
  });
});
