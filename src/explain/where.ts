import { pathKey, type FieldPath } from '../scenario/path.js';
import { locate } from '../scenario/sourceMap.js';
import type { Scenario } from '../scenario/types.js';

/**
 * Where a rule is written: file, line and column of its key. `written` is false when the rule
 * is a default (e.g. `data: personal` left out): the location is then its nearest written parent.
 * Line 0 means the command line (`--set`); `file` is then the option.
 */
export type Where = {
  readonly path: string;
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly written: boolean;
};

export function whereOf(s: Scenario, path: FieldPath): Where {
  const pos = locate(s.source, path);
  const written = s.source.positions.has(JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p)))));
  return { path: pathKey(path), file: pos.file ?? s.source.file, line: pos.line, col: pos.col, written };
}
