import type { Diagnostic } from './diagnostic.js';
import { pathKey, type FieldPath } from './path.js';
import { locate, type SourceMap } from './sourceMap.js';

/**
 * Names no map of a scenario may use as a key: those every JavaScript object already has
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`…, the names of Object.prototype).
 * The schema library drops `__proto__` from the maps it builds (assigning it would replace the
 * map's prototype), so an activity, country or language called `__proto__` silently vanished from
 * the plan — 100 h planned for 1,100 h of demand — and a plain-object lookup of `constructor`
 * finds the object's constructor rather than nothing. They are refused, each with its position.
 */
export const RESERVED_KEYS: readonly string[] = Object.getOwnPropertyNames(Object.prototype).sort();

const isDict = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every reserved key in the parsed data (the file, its bases and `--set` values), located. */
export function reservedKeyDiagnostics(data: unknown, source: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (node: unknown, path: FieldPath): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!isDict(node)) return;
    for (const key of Object.keys(node)) {
      const here = [...path, key];
      if (RESERVED_KEYS.includes(key)) {
        const pos = locate(source, here);
        out.push({
          file: pos.file ?? source.file,
          line: pos.line,
          col: pos.col,
          path: pathKey(here),
          severity: 'error',
          message: `"${key}" cannot be used as a name: every JavaScript object already has a property of that name (Object.prototype); rename it`,
        });
      } else {
        visit(node[key], here);
      }
    }
  };
  visit(data, []);
  return out;
}
