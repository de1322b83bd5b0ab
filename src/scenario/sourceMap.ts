import { isMap, isNode, isPair, isScalar, isSeq, type LineCounter } from 'yaml';
import type { SourcePos } from './diagnostic.js';
import type { FieldPath } from './path.js';

/** Where each field of a scenario stands in its file: path → position of its key (or item). */
export type SourceMap = {
  readonly file: string;
  readonly positions: ReadonlyMap<string, SourcePos>;
};

const keyOf = (path: FieldPath): string => JSON.stringify(path);

export function buildSourceMap(file: string, root: unknown, lines: LineCounter): SourceMap {
  const positions = new Map<string, SourcePos>();
  const at = (offset: number): SourcePos => {
    const p = lines.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const walk = (node: unknown, path: FieldPath): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof k !== 'string' && typeof k !== 'number') continue;
        const child = [...path, String(k)];
        const range = isScalar(pair.key) ? pair.key.range : undefined;
        const written = isScalar(pair.value) && typeof pair.value.value === 'number' ? pair.value.source : undefined;
        if (range)
          positions.set(keyOf(child), typeof written === 'string' ? { ...at(range[0]), raw: written } : at(range[0]));
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = [...path, i];
        const range = isNode(item) ? item.range : undefined;
        if (range) positions.set(keyOf(child), at(range[0]));
        walk(item, child);
      });
    }
  };
  const rootRange = isNode(root) ? root.range : undefined;
  if (rootRange) positions.set(keyOf([]), at(rootRange[0]));
  walk(root, []);
  return { file, positions };
}

/** Position of a field, or of its nearest ancestor written in the file (for missing fields). */
export function locate(map: SourceMap, path: FieldPath): SourcePos {
  for (let n = path.length; n >= 0; n--) {
    const pos = map.positions.get(keyOf(path.slice(0, n).map((p) => (typeof p === 'number' ? p : String(p)))));
    if (pos)
      return pos.file === undefined
        ? { line: pos.line, col: pos.col }
        : { line: pos.line, col: pos.col, file: pos.file };
  }
  return { line: 1, col: 1 };
}

/** Every field whose value is a number, with the number's text as written (`0144`, `1.200`). */
export function writtenNumbers(map: SourceMap): { path: FieldPath; raw: string; pos: SourcePos }[] {
  const out: { path: FieldPath; raw: string; pos: SourcePos }[] = [];
  for (const [key, pos] of map.positions) {
    const path: unknown = JSON.parse(key);
    if (pos.raw !== undefined && Array.isArray(path))
      out.push({ path: path.map((p) => (typeof p === 'number' ? p : String(p))), raw: pos.raw, pos });
  }
  return out;
}

export function emptySourceMap(file: string): SourceMap {
  return { file, positions: new Map() };
}
