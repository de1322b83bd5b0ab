import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { systemErrorWords } from '../files/systemError.js';

const isScenario = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/** A scenario file found, the folder given that holds it (a file given: its own folder), and whether it was found by walking that folder. */
export type Found = { readonly file: string; readonly root: string; readonly walked: boolean };

/**
 * Scenario files under the given files and folders (recursively), sorted, each once. A path
 * given that cannot be reached is a usage error; a scenario-named entry of a folder that cannot
 * (a broken or looping link) is listed, so reading it reports the reason as that file's error
 * instead of stopping the whole run. A folder reached twice (a link to a parent) is walked once.
 */
export async function findScenarios(paths: readonly string[]): Promise<Found[]> {
  // file → the folder given it was found in (undefined: the file was given itself).
  const found = new Map<string, string | undefined>();
  const walked = new Set<string>();
  const walk = async (p: string, root: string | undefined): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      if (root === undefined) throw new UsageError(`${p}: ${systemErrorWords(e)}`);
      if (isScenario(p) && !found.has(p)) found.set(p, root);
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (walked.has(key)) return;
      walked.add(key);
      let entries;
      try {
        entries = await readdir(p, { withFileTypes: true });
      } catch (e) {
        throw new UsageError(`${p}: cannot list the folder: ${systemErrorWords(e)}`);
      }
      for (const e of entries.filter((d) => !d.name.startsWith('.') && d.name !== 'node_modules'))
        await walk(join(p, e.name), root ?? p);
    } else if ((root === undefined || isScenario(p)) && !found.has(p)) {
      found.set(p, root);
    }
  };
  for (const p of paths) await walk(p, undefined);
  return [...found]
    .map(([file, root]) => ({ file, root: root ?? dirname(file), walked: root !== undefined }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
