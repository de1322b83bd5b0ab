import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { systemErrorWords } from '../files/systemError.js';
import type { Diagnostic } from './diagnostic.js';
import { decodeUtf8, MAX_SCENARIO_BYTES, parseYaml } from './parseYaml.js';
import { dropSubtree, stamped } from './sourceLayers.js';
import { locate } from './sourceMap.js';
import { mergeLayers, type Layer } from './variants.js';

/** How many levels of `extends` a chain may have: a file, its base, the base's base… up to 8 bases. */
export const MAX_EXTENDS_DEPTH = 8;

export type LayerResult = { readonly ok: true; readonly layer: Layer } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const whole = (file: string, message: string): Diagnostic => ({ file, line: 1, col: 1, path: '', message, severity: 'error' });

/** The I/O edge: a file's bytes, or the reason they cannot be read. */
async function readBytes(file: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return 'is a directory, not a scenario file';
    if (info.size > MAX_SCENARIO_BYTES) return `file is ${info.size} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`;
    return await readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
    if (code === 'EISDIR') return 'is a directory, not a scenario file';
    return `cannot read the file: ${systemErrorWords(e)}`;
  }
}

const isDict = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A scenario file as parsed YAML with its source map, `extends: base.yaml` resolved (relative to
 * the file, recursively): the base's data with this file's laid over it (see variants.ts).
 */
export async function loadLayer(file: string, chain: readonly string[] = []): Promise<LayerResult> {
  const bytes = await readBytes(file);
  if (typeof bytes === 'string') return { ok: false, diagnostics: [whole(file, bytes)] };
  const decoded = decodeUtf8(file, bytes);
  if ('error' in decoded) return { ok: false, diagnostics: [decoded.error] };
  const parsed = parseYaml(file, decoded.text);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const layer: Layer = { data: parsed.data, source: parsed.source };
  if (!isDict(layer.data) || !Object.prototype.hasOwnProperty.call(layer.data, 'extends')) return { ok: true, layer };
  return extend(file, layer, [...chain, resolve(file)]);
}

async function extend(file: string, layer: Layer, chain: readonly string[]): Promise<LayerResult> {
  const data = layer.data as Record<string, unknown>;
  const target = data['extends'];
  const pos = locate(layer.source, ['extends']);
  const fail = (message: string): LayerResult => ({ ok: false, diagnostics: [{ file, line: pos.line, col: pos.col, path: 'extends', message, severity: 'error' }] });
  if (typeof target !== 'string' || target.trim() === '') return fail('expected the file name of a base scenario, e.g. extends: base.yaml');
  // Named as the user would (relative to where they run), resolved for the cycle check.
  const baseFile = isAbsolute(target) ? target : join(dirname(file), target);
  if (chain.includes(resolve(baseFile))) return fail(`"${target}" extends this file again: a scenario cannot extend itself, directly or through others`);
  // The chain holds this file and those that extend it: its own `extends` is level chain.length.
  if (chain.length > MAX_EXTENDS_DEPTH) return fail(`too many levels of extends (limit ${MAX_EXTENDS_DEPTH})`);
  const unreadable = await readBytes(baseFile);
  if (typeof unreadable === 'string') return fail(`cannot use "${target}": ${unreadable}`);
  const base = await loadLayer(baseFile, chain);
  if (!base.ok) return base;
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (k !== 'extends') Object.defineProperty(own, k, { value: v, enumerable: true, writable: true, configurable: true });
  const positions = stamped(layer.source);
  dropSubtree(positions, ['extends']);
  return { ok: true, layer: mergeLayers(base.layer, { data: own, source: { file, positions } }) };
}
