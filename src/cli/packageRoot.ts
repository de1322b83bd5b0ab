import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The folder bestshore is installed in (or the clone): the nearest folder above this module
 * whose package.json is bestshore's. The same from the bundle (dist/bestshore.js), the
 * compiled modules (dist/cli/) and the sources (src/cli/). It holds docs/, scenarios/ and
 * templates/.
 */
export function packageRoot(): string {
  if (found !== undefined) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isOurs(join(dir, 'package.json'))) return (found = dir);
    const up = dirname(dir);
    if (up === dir)
      throw new Error('bestshore: cannot find the folder it is installed in (no package.json of bestshore above it)');
    dir = up;
  }
}

function isOurs(file: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return json !== null && typeof json === 'object' && Reflect.get(json, 'name') === 'bestshore';
  } catch {
    return false;
  }
}
