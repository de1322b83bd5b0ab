import type { SourcePos } from './diagnostic.js';
import type { FieldPath } from './path.js';
import type { SourceMap } from './sourceMap.js';

/**
 * Source maps of scenarios assembled from several places: a base file (`extends`), the file
 * itself, `--set` options. Every position carries the file (or option) it was written in.
 */
const keyOf = (path: FieldPath): string => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

/** Line 0 marks a position on the command line: its `file` is the option as written. */
export const optionPos = (option: string): SourcePos => ({ file: option, line: 0, col: 0 });

/** Every position of the map with its file written in. */
export function stamped(map: SourceMap): Map<string, SourcePos> {
  const out = new Map<string, SourcePos>();
  for (const [k, p] of map.positions) out.set(k, p.file === undefined ? { ...p, file: map.file } : p);
  return out;
}

/** Remove the positions of a field and of everything under it. */
export function dropSubtree(positions: Map<string, SourcePos>, path: FieldPath): void {
  const key = keyOf(path);
  const prefix = key.slice(0, -1);
  for (const k of [...positions.keys()]) {
    if (k === key || (k.startsWith(prefix) && k[prefix.length] === ',' && path.length > 0)) positions.delete(k);
  }
}

/**
 * Positions of `child` laid over those of `base`: the subtrees `replaced` by the child lose the
 * base's positions first; the fields `deleted` (written `null` in the child) lose all.
 */
export function overlay(
  base: SourceMap,
  child: SourceMap,
  replaced: readonly FieldPath[],
  deleted: readonly FieldPath[],
): SourceMap {
  const positions = stamped(base);
  for (const p of replaced) dropSubtree(positions, p);
  for (const [k, p] of stamped(child)) positions.set(k, p);
  for (const p of deleted) dropSubtree(positions, p);
  return { file: child.file, positions };
}

/** The positions after a `--set`: the field (and any map created on the way) point at the option. */
export function setPositions(
  map: SourceMap,
  path: FieldPath,
  created: readonly FieldPath[],
  option: string,
  deleted: boolean,
  raw?: string,
): SourceMap {
  const positions = stamped(map);
  dropSubtree(positions, path);
  const pos = optionPos(option);
  for (const p of created) positions.set(keyOf(p), pos);
  if (!deleted) positions.set(keyOf(path), raw === undefined ? pos : { ...pos, raw });
  return { file: map.file, positions };
}
