import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The arrows of docs/architecture.md, enforced. Every relative import in src/ (static, dynamic, type-only and
 * re-exports alike, as the TypeScript compiler reads them) is checked against the matrix below, and the import
 * graph of the files must have no cycle.
 */

const SRC = resolve(import.meta.dirname, '../src');

type Layer =
  | 'core' | 'contracts' | 'logging' | 'stories' | 'sources' | 'render' | 'store' | 'settings'
  | 'commands' | 'adapters' | 'schedule' | 'app' | 'cli';

/** What each layer may import besides itself. app and cli are the wiring: anything. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: [],
  contracts: ['core'],
  // The one pino logger's type and factory: every layer but the pure ones may be handed it.
  logging: [],
  stories: ['core', 'contracts'],
  sources: ['core', 'contracts', 'logging'],
  render: ['core', 'contracts', 'logging'],
  store: ['core', 'contracts', 'logging'],
  settings: ['core', 'contracts', 'logging'],
  commands: ['core', 'stories', 'render', 'contracts', 'logging'],
  adapters: ['commands', 'render', 'contracts', 'logging'],
  schedule: ['commands', 'stories', 'render', 'contracts', 'logging'],
  app: ['core', 'contracts', 'logging', 'stories', 'sources', 'render', 'store', 'settings', 'commands', 'adapters', 'schedule'],
  cli: ['core', 'contracts', 'logging', 'stories', 'sources', 'render', 'store', 'settings', 'commands', 'adapters', 'schedule', 'app'],
};

/**
 * Arrows that still point the wrong way, each with why and what removes it. The list may only shrink: an entry
 * that no longer matches an import fails the test, so a fixed arrow is taken off here too.
 */
const NOT_YET: Record<string, string> = {};

/** Contracts may use the core's types, never its code: `import type` only. */
const TYPE_ONLY: Partial<Record<Layer, readonly Layer[]>> = { contracts: ['core'] };

function layerOf(path: string): Layer {
  if (path === 'cli.ts') return 'cli';
  const top = path.split('/')[0]!;
  if (!(top in ALLOWED)) throw new Error(`${path}: src/${top}/ is in no layer; add it to the matrix in tests/architecture.test.ts and docs/architecture.md`);
  return top as Layer;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** The relative imports of one file, resolved to paths under src/, as the compiler's parser sees them. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const from = relative(SRC, file).split('\\').join('/');
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    if (!specifier.startsWith('.')) return;
    const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
    found.push({ from, to: relative(SRC, target).split('\\').join('/'), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, allTypes);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Arrows that point the wrong way, each as "from → to: why". */
export function forbiddenImports(imports: readonly Import[]): string[] {
  const wrong: string[] = [];
  for (const { from, to, typeOnly } of imports) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    if (!ALLOWED[a].includes(b)) wrong.push(`${from} → ${to}: ${a} may not import ${b}`);
    else if (TYPE_ONLY[a]?.includes(b) && !typeOnly) wrong.push(`${from} → ${to}: ${a} may import only types from ${b}`);
  }
  return wrong;
}

/** Every cycle of the file graph, each as one path "a → b → a" (found once, from its first file in order). */
export function importCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, string[]>();
  for (const { from, to } of imports) edges.set(from, [...(edges.get(from) ?? []), to]);
  const cycles: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const walk = (node: string): void => {
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!done.has(next)) walk(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) if (!done.has(node)) walk(node);
  return cycles;
}

const imports = sourceFiles(SRC).flatMap(importsOf);

describe('the layers import one way (docs/architecture.md)', () => {
  it('every import in src/ follows the matrix', () => {
    const wrong = forbiddenImports(imports);
    expect(wrong.filter((w) => !(w.split(':')[0]! in NOT_YET))).toEqual([]);
    expect(Object.keys(NOT_YET).filter((known) => !wrong.some((w) => w.startsWith(`${known}:`)))).toEqual([]);
  });

  it('no file imports itself back through others', () => {
    expect(importCycles(imports)).toEqual([]);
  });

  it('the reader of imports sees what the matrix must refuse', () => {
    const probe = (from: string, to: string, typeOnly = false) => forbiddenImports([{ from, to, typeOnly }]);
    expect(probe('render/text.ts', 'commands/types.ts')).toEqual(['render/text.ts → commands/types.ts: render may not import commands']);
    expect(probe('schedule/scheduler.ts', 'adapters/types.ts')).toEqual(['schedule/scheduler.ts → adapters/types.ts: schedule may not import adapters']);
    expect(probe('settings/env.ts', 'store/database.ts')).toEqual(['settings/env.ts → store/database.ts: settings may not import store']);
    expect(probe('sources/read-url.ts', 'settings/feeds.ts')).toEqual(['sources/read-url.ts → settings/feeds.ts: sources may not import settings']);
    expect(probe('core/quotes.ts', 'contracts/clock.ts')).toEqual(['core/quotes.ts → contracts/clock.ts: core may not import contracts']);
    expect(probe('contracts/stores.ts', 'core/types.ts')).toEqual(['contracts/stores.ts → core/types.ts: contracts may import only types from core']);
    expect(probe('contracts/stores.ts', 'core/types.ts', true)).toEqual([]);
    expect(probe('app/serve.ts', 'store/database.ts')).toEqual([]);
    expect(importCycles([
      { from: 'cli/read-input.ts', to: 'cli/read-url-input.ts', typeOnly: false },
      { from: 'cli/read-url-input.ts', to: 'cli/read-input.ts', typeOnly: true },
    ])).toEqual(['cli/read-input.ts → cli/read-url-input.ts → cli/read-input.ts']);
  });

  it('reads static, type-only, dynamic and re-exported imports alike', () => {
    const readInput = importsOf(join(SRC, 'cli/read-input.ts'));
    // A dynamic import keeps the URL reader (and its network code) unloaded until a URL is given.
    expect(readInput.filter((i) => i.to === 'cli/read-url-input.ts').map((i) => i.typeOnly)).toEqual([false]);
    expect(readInput.filter((i) => i.to === 'cli/cli-story.ts').map((i) => i.typeOnly)).toEqual([true, true]);
    const dispatch = importsOf(join(SRC, 'commands/dispatch.ts'));
    expect(dispatch.filter((i) => i.to === 'commands/story-replies.ts').map((i) => i.typeOnly)).toEqual([false, false]);
  });
});
