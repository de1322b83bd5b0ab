/**
 * The shape of src/: which top-level folder imports which. Data flows one way (README.md,
 * "Architecture"; CONTRIBUTING.md), so no two folders may import each other, directly or round
 * a longer loop. Imports are read from the source text (static, `import type`, `export … from`
 * and dynamic `import('…')`), relative ones only: packages are not folders of src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : [];
  });
}

/** The top-level folder of src/ a file is in ('' for src/index.ts, src/errors.ts…). */
const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? (parts[0] ?? '') : '';
};

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** folder → the folders it imports, each with one file that does it (for the message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec === undefined) continue;
      const to = folderOf(resolve(dirname(file), spec));
      if (to === from || to === '' || from === '') continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(ROOT, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every loop of folders, each as folder → folder → … (strongly connected components, Tarjan). */
function loops(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) scc.push(w);
      } while (w !== undefined && w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The folders of src/, from the file system. */
const srcFolders = (): string[] =>
  readdirSync(SRC)
    .filter((n) => statSync(join(SRC, n)).isDirectory())
    .sort();

/** The `src/x` folders a document names (in backquotes or in a code block). */
const namedFolders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\bsrc\/([a-z]+)\b(?!\.)/g)].map((m) => m[1] ?? ''))].sort();

describe('architecture', () => {
  it('CONTRIBUTING.md lists every folder of src/, and only those, each with its job', () => {
    const text = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const rows = [...text.matchAll(/^\| `src\/([a-z]+)` \| (.+) \|$/gm)];
    expect(rows.map((m) => m[1]).sort()).toEqual(srcFolders());
    for (const m of rows) expect(m[2]?.trim().length, m[1]).toBeGreaterThan(10);
  });

  it('README.md names only folders that exist, and points to the full list', () => {
    const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const named = namedFolders(text);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((f) => !srcFolders().includes(f))).toEqual([]);
    expect(text).toContain('[CONTRIBUTING.md](CONTRIBUTING.md#architecture)');
  });

  it('reads the imports of src/ (the check can see an edge)', () => {
    const graph = folderGraph();
    // cli reaches every stage; scenario is read by the model.
    expect(graph.get('cli')?.has('scenario')).toBe(true);
    expect(graph.get('model')?.has('scenario')).toBe(true);
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a.ts']])],
      ['b', new Map([['c', 'b.ts']])],
      ['c', new Map([['a', 'c.ts']])],
      ['d', new Map([['a', 'd.ts']])],
    ]);
    expect(loops(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('no two folders of src/ import each other, directly or round a loop', () => {
    const graph = folderGraph();
    const found = loops(graph).map((scc) =>
      scc
        .map(
          (f) =>
            `${f} → ${[...(graph.get(f)?.entries() ?? [])]
              .filter(([to]) => scc.includes(to))
              .map(([to, file]) => `${to} (${file})`)
              .join(', ')}`,
        )
        .join('; '),
    );
    expect(found).toEqual([]);
  });
});
