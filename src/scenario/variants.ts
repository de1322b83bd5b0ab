import { parse } from 'yaml';
import { sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { pathKey, type FieldPath } from './path.js';
import { readScenarioData, type ReadResult } from './readScenario.js';
import { didYouMean } from './suggest.js';
import { overlay, setPositions } from './sourceLayers.js';
import type { SourceMap } from './sourceMap.js';

/**
 * Scenario variants, applied to the parsed YAML data before the schema sees it:
 * `extends: base.yaml` (deep merge of two layers) and `--set path=value` (one field changed).
 */
export type Layer = { readonly data: unknown; readonly source: SourceMap };

/** One `--set path=value`: `origin` is the option as the user wrote it, for error messages. */
export type SetOption = {
  readonly origin: string;
  readonly path: readonly string[];
  readonly value: unknown;
  /** The value as written, for the checks of numbers as written (numberSlips.ts). */
  readonly raw?: string;
};

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Own data property (never the prototype, whatever the key). */
function put(o: Dict, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}
const has = (o: Dict, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Most segments a `--set`, `--variant`, `--vary` or `--spread` path may have: the deepest field
 * of a scenario has 5 (activities.x.contacts.service_level.target). 20,000 segments used to
 * overflow the stack of the copy-on-write update (exit 3).
 */
export const MAX_PATH_SEGMENTS = 16;

const tooDeep = (path: readonly string[]): string | undefined =>
  path.length > MAX_PATH_SEGMENTS
    ? `the path has ${path.length} segments; a scenario field has at most ${MAX_PATH_SEGMENTS}`
    : undefined;

/** Parse `path=value` (value as YAML: 18, 0.9, true, abc, [FR, RO], null). A string is the error. */
export function parseSet(text: string, flag = '--set'): SetOption | string {
  // Quoted in every message about it: a 40 KB option is quoted by its start.
  const origin = `${flag} ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
  const eq = text.indexOf('=');
  if (eq <= 0) return `${origin}: expected path=value, e.g. countries.MA.cost_per_hour=18`;
  const path = text.slice(0, eq).trim().split('.');
  if (path.some((p) => p === ''))
    return `${origin}: expected a dotted path such as activities.l1.min_quality before "="`;
  const deep = tooDeep(path);
  if (deep !== undefined) return `${origin}: ${deep}`;
  const raw = text.slice(eq + 1);
  if (raw.trim() === '') return `${origin}: expected a value after "=" (write null to delete the field)`;
  try {
    return { origin, path, value: parse(raw, { strict: true, uniqueKeys: true }) as unknown, raw: raw.trim() };
  } catch (e) {
    return `${origin}: the value is not valid YAML (${String(e instanceof Error ? e.message : e).split('\n')[0] ?? ''})`;
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? `the text "${v}"` : `${typeof v} ${String(v)}`;
}

type SetState = { readonly created: FieldPath[]; readonly option: SetOption; readonly root: unknown };

/** Maps of named entries: setting a field of an entry that does not exist is a typo, not a new entry. */
const ENTRY_MAPS: readonly string[] = ['countries', 'activities'];

function unknownEntry(root: unknown, path: readonly string[]): string {
  const [map = '', id = ''] = path;
  const names = Object.keys(isDict(root) && isDict(root[map]) ? root[map] : {});
  return `${map}.${id} is not in the scenario${didYouMean(id, names)}; its ${map} are ${names.join(', ') || 'none'} (to add one, set the whole entry: ${map}.${id}={...})`;
}

/** Copy-on-write update of `node` at path[i..]: a new node, or an error message. */
function setIn(node: unknown, i: number, st: SetState): unknown {
  const { path, value } = st.option;
  const seg = path[i];
  if (seg === undefined) return value; // i === path.length: the field itself
  const here = path.slice(0, i);
  if (Array.isArray(node)) {
    const index = Number(seg);
    if (!/^\d+$/.test(seg) || index >= node.length)
      throw new SetFailure(
        `${pathKey(here)} is a list of ${node.length}: expected an index from 0 to ${node.length - 1}, not "${seg}"`,
      );
    const copy = [...node];
    if (i === path.length - 1 && value === null) copy.splice(index, 1);
    else copy[index] = setIn(copy[index], i + 1, st);
    return copy;
  }
  if (node === undefined || node === null) {
    if (i === 2 && ENTRY_MAPS.includes(String(path[0]))) throw new SetFailure(unknownEntry(st.root, path));
    if (i > 0) st.created.push(here);
    node = {};
  }
  if (!isDict(node))
    throw new SetFailure(`${pathKey(here)} is ${describe(node)}, not a map: cannot set ${pathKey(path)}`);
  const copy: Dict = {};
  for (const [k, v] of Object.entries(node)) put(copy, k, v);
  if (i === path.length - 1 && value === null) delete copy[seg];
  else put(copy, seg, setIn(has(copy, seg) ? copy[seg] : undefined, i + 1, st));
  return copy;
}

class SetFailure extends Error {}

/** Apply one `--set` to a layer; errors are diagnostics located at the option. */
export function applySet(
  layer: Layer,
  option: SetOption,
): { ok: true; layer: Layer } | { ok: false; diagnostic: Diagnostic } {
  const st: SetState = { created: [], option, root: layer.data };
  const deep = tooDeep(option.path);
  if (deep !== undefined)
    return {
      ok: false,
      diagnostic: { file: option.origin, line: 0, col: 0, path: '', message: deep, severity: 'error' },
    };
  try {
    const data = setIn(layer.data, 0, st);
    const raw = typeof option.value === 'number' ? option.raw : undefined;
    return {
      ok: true,
      layer: {
        data,
        source: setPositions(layer.source, option.path, st.created, option.origin, option.value === null, raw),
      },
    };
  } catch (e) {
    if (!(e instanceof SetFailure)) throw e;
    return {
      ok: false,
      diagnostic: {
        file: option.origin,
        line: 0,
        col: 0,
        path: pathKey(option.path),
        message: e.message,
        severity: 'error',
      },
    };
  }
}

/** Apply several `--set`s in order; all errors at once. */
export function applySets(
  layer: Layer,
  options: readonly SetOption[],
): { ok: true; layer: Layer } | { ok: false; diagnostics: Diagnostic[] } {
  let current = layer;
  const diagnostics: Diagnostic[] = [];
  for (const o of options) {
    const r = applySet(current, o);
    if (r.ok) current = r.layer;
    else diagnostics.push(r.diagnostic);
  }
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, layer: current };
}

/**
 * `child` over `base`: maps merge key by key, lists and scalars replace, `null` deletes the key.
 * Positions follow: a field points into the file that wrote the value kept.
 */
export function mergeLayers(base: Layer, child: Layer): Layer {
  const replaced: FieldPath[] = [];
  const deleted: FieldPath[] = [];
  const merge = (b: unknown, c: unknown, path: readonly string[]): unknown => {
    if (!isDict(b) || !isDict(c)) {
      replaced.push(path);
      return c;
    }
    const out: Dict = {};
    for (const [k, v] of Object.entries(b)) put(out, k, v);
    for (const [k, v] of Object.entries(c)) {
      if (v === null) {
        delete out[k];
        deleted.push([...path, k]);
      } else {
        put(out, k, has(out, k) ? merge(out[k], v, [...path, k]) : v);
      }
    }
    return out;
  };
  const data = merge(base.data, child.data, []);
  return { data, source: overlay(base.source, child.source, replaced, deleted) };
}

/** The value at a path of the data, if any (for sweeps: the value a spread is around). */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let v = data;
  for (const p of path) {
    if (Array.isArray(v)) v = v[Number(p)];
    else if (isDict(v) && has(v, p)) v = v[p];
    else return undefined;
  }
  return v;
}

/**
 * A layer with `--set`s applied, validated as a scenario (pure: for sweeps and comparisons too).
 * A `--set` that cannot apply is reported with every problem of the others.
 */
export function readLayer(layer: Layer, sets: readonly SetOption[]): ReadResult {
  let current = layer;
  const failed: Diagnostic[] = [];
  for (const o of sets) {
    const r = applySet(current, o);
    if (r.ok) current = r.layer;
    else failed.push(r.diagnostic);
  }
  const read = readScenarioData(current.data, current.source);
  if (failed.length === 0) return read;
  return { ok: false, diagnostics: sortDiagnostics([...failed, ...(read.ok ? [] : read.diagnostics)]) };
}
