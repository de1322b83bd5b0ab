import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

const isScenario = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/** Scenario files under the given files and folders (recursively), sorted, each once. */
export async function findScenarios(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const entries = (await readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules');
      for (const e of entries) await walk(join(p, e.name), false);
    } else if (explicit || isScenario(p)) {
      found.add(p);
    }
  };
  for (const p of paths) await walk(p, true);
  return [...found].sort();
}
