import { isAbsolute, relative, sep } from 'node:path';
import { KNOWN_KEYS } from './schema.js';
import { suggest } from './suggest.js';

/**
 * What a file must be to serve as the base of `extends` (pure; loadLayers does the reading).
 * A base is found by a path written in a scenario, so it may be anything on the disk: it is
 * read only inside the top scenario's folder unless the user allows more, and one that does not
 * look like a scenario is refused in a few words, never by quoting its content.
 */

/** The option that lets `extends` read files outside the scenario's folder. */
export const ALLOW_OUTSIDE_FLAG = '--allow-extends-outside';

/** Is `real` (a path with links resolved) outside the folder tree `root` (also resolved)? */
export function outsideFolder(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

const SCENARIO_KEYS: readonly string[] = [...KNOWN_KEYS.scenario, 'extends'];

/**
 * Why parsed YAML is not a scenario, or undefined when it may be one: a mapping whose every
 * top-level key is a scenario key or close to one (a typo is still a scenario, reported as such).
 */
export function notAScenario(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'not a mapping of scenario keys';
  const keys = Object.keys(data);
  if (keys.length === 0) return 'it is empty';
  return keys.every((k) => SCENARIO_KEYS.includes(k) || suggest(k, SCENARIO_KEYS) !== undefined)
    ? undefined
    : 'keys that are not scenario keys';
}
