import { dirname, isAbsolute, join } from 'node:path';
import { readInput, sameFile, type FileId, type StreamRead } from '../files/readInput.js';
import type { Diagnostic } from './diagnostic.js';
import { decodeUtf8, MAX_SCENARIO_BYTES, parseYaml } from './parseYaml.js';
import { dropSubtree, stamped } from './sourceLayers.js';
import { locate } from './sourceMap.js';
import { mergeLayers, type Layer } from './variants.js';

/** How many levels of `extends` a chain may have: a file, its base, the base's base… up to 8 bases. */
export const MAX_EXTENDS_DEPTH = 8;

/** The scenario file name that means standard input (`bestshore plan -`), and its name in messages. */
export const STDIN = '-';
export const STDIN_NAME = '<stdin>';
export const displayName = (file: string): string => (file === STDIN ? STDIN_NAME : file);

/** How to read: `stdin` reads the scenario named "-" (absent: "-" is a file name like any other). */
export type LoadOptions = { readonly stdin?: () => Promise<StreamRead> };

/** A scenario's layers, or why they cannot be had; `files`: every file read (the top one and its bases). */
export type LayerResult =
  & ({ readonly ok: true; readonly layer: Layer } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] })
  & { readonly files: readonly FileId[] };

const whole = (file: string, message: string): Diagnostic => ({ file, line: 1, col: 1, path: '', message, severity: 'error' });
const isDict = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Bytes read, and the file they came from (none for standard input). */
type Source = { readonly name: string; readonly bytes: Uint8Array; readonly id: FileId | undefined };

/**
 * A scenario file as parsed YAML with its source map, `extends: base.yaml` resolved (relative to
 * the file, recursively): the base's data with this file's laid over it (see variants.ts).
 * Each file is read once, through readInput (regular files only, at most 1 MiB).
 */
export async function loadLayer(file: string, options: LoadOptions = {}): Promise<LayerResult> {
  const read = file === STDIN && options.stdin ? await options.stdin() : await readInput(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { ok: false, diagnostics: [whole(displayName(file), read.reason)], files: [] };
  return layerOf(file, { name: displayName(file), bytes: read.bytes, id: read.id }, []);
}

/** The files a base is read from, top first (undefined: standard input), to find cycles and count levels. */
type Chain = readonly (FileId | undefined)[];

async function layerOf(file: string, source: Source, chain: Chain): Promise<LayerResult> {
  const files = source.id === undefined ? [] : [source.id];
  const decoded = decodeUtf8(source.name, source.bytes);
  if ('error' in decoded) return { ok: false, diagnostics: [decoded.error], files };
  const parsed = parseYaml(source.name, decoded.text);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics, files };
  const layer: Layer = { data: parsed.data, source: parsed.source };
  if (!isDict(layer.data) || !Object.prototype.hasOwnProperty.call(layer.data, 'extends')) return { ok: true, layer, files };
  const extended = await extend(file, source.name, layer, [...chain, source.id]);
  return { ...extended, files: [...files, ...extended.files] };
}

async function extend(file: string, name: string, layer: Layer, chain: Chain): Promise<LayerResult> {
  const data = layer.data as Record<string, unknown>;
  const target = data['extends'];
  const pos = locate(layer.source, ['extends']);
  const fail = (message: string, files: readonly FileId[] = []): LayerResult =>
    ({ ok: false, diagnostics: [{ file: name, line: pos.line, col: pos.col, path: 'extends', message, severity: 'error' }], files });
  if (typeof target !== 'string' || target.trim() === '') return fail('expected the file name of a base scenario, e.g. extends: base.yaml');
  // The chain holds this file and those that extend it: its own `extends` is level chain.length.
  if (chain.length > MAX_EXTENDS_DEPTH) return fail(`too many levels of extends (limit ${MAX_EXTENDS_DEPTH})`);
  // Named as the user would (relative to where they run; standard input's base: to the current folder).
  const baseFile = isAbsolute(target) ? target : join(dirname(file), target);
  const read = await readInput(baseFile, MAX_SCENARIO_BYTES);
  if (!read.ok) return fail(`cannot use "${target}": ${read.reason}`);
  if (chain.some((id) => id !== undefined && sameFile(id, read.id))) return fail(`"${target}" extends this file again: a scenario cannot extend itself, directly or through others`);
  const base = await layerOf(baseFile, { name: baseFile, bytes: read.bytes, id: read.id }, chain);
  if (!base.ok) return base;
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (k !== 'extends') Object.defineProperty(own, k, { value: v, enumerable: true, writable: true, configurable: true });
  const positions = stamped(layer.source);
  dropSubtree(positions, ['extends']);
  return { ok: true, layer: mergeLayers(base.layer, { data: own, source: { file: name, positions } }), files: base.files };
}
