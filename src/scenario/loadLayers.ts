import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { readInput, sameFile, type FileId, type StreamRead } from '../files/readInput.js';
import { systemErrorWords } from '../files/systemError.js';
import { ALLOW_OUTSIDE_FLAG, notAScenario, outsideFolder } from './baseRules.js';
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

/**
 * How to read. `stdin` reads the scenario named "-" (absent: "-" is a file name like any other).
 * Bases must lie in the folder tree `root` (default: the scenario's folder; the current folder
 * for standard input), links resolved, unless `extendsOutside` is true.
 */
export type LoadOptions = {
  readonly stdin?: () => Promise<StreamRead>;
  readonly root?: string;
  readonly extendsOutside?: boolean;
  /**
   * The file was found by walking `root` (check), not named by the user: like a base, it must
   * lie in `root`, links resolved, and look like a scenario, or it is not quoted.
   */
  readonly found?: boolean;
};

/** A scenario's layers, or why they cannot be had; `files`: every file read (the top one and its bases). */
export type LayerResult = (
  { readonly ok: true; readonly layer: Layer } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }
) & { readonly files: readonly FileId[] };

const whole = (file: string, message: string): Diagnostic => ({
  file,
  line: 1,
  col: 1,
  path: '',
  message,
  severity: 'error',
});
const isDict = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The files a base is read from, top first (undefined: standard input), to find cycles and count levels. */
type Chain = readonly (FileId | undefined)[];
/** One load: its options and the folder bases must stay in (resolved when a base is first met). */
type Context = { readonly top: string; readonly options: LoadOptions; root?: Promise<string> };

/**
 * A scenario file as parsed YAML with its source map, `extends: base.yaml` resolved (relative to
 * the file, recursively): the base's data with this file's laid over it (see variants.ts).
 * Each file is read once, through readInput (regular files only, at most 1 MiB).
 */
export async function loadLayer(file: string, options: LoadOptions = {}): Promise<LayerResult> {
  const ctx: Context = { top: file, options };
  const name = displayName(file);
  // A file found by walking a folder is held to the rules of a base: it is not the user's choice.
  const outside = options.found === true ? await outsideOfRoot(file, ctx, 'the folder given') : undefined;
  if (outside !== undefined) return { ok: false, diagnostics: [whole(name, `not read: ${outside}`)], files: [] };
  const read = file === STDIN && options.stdin ? await options.stdin() : await readInput(file, MAX_SCENARIO_BYTES);
  if (!read.ok) return { ok: false, diagnostics: [whole(name, read.reason)], files: [] };
  const files = read.id === undefined ? [] : [read.id];
  const parsed = parseSource(name, read.bytes);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics, files };
  const unlike = options.found === true ? notAScenario(parsed.layer.data) : undefined;
  if (unlike !== undefined)
    return {
      ok: false,
      diagnostics: [whole(name, `is not a scenario file (${unlike}; \`bestshore validate ${file}\` says more)`)],
      files,
    };
  return withBases(file, parsed.layer, [read.id], ctx, files);
}

/** Decoded and parsed; `why` says in a few words what is wrong, for a base (its content is not quoted). */
function parseSource(
  name: string,
  bytes: Uint8Array,
): { ok: true; layer: Layer } | { ok: false; diagnostics: readonly Diagnostic[]; why: string } {
  const decoded = decodeUtf8(name, bytes);
  if ('error' in decoded) return { ok: false, diagnostics: [decoded.error], why: 'not UTF-8 text' };
  const parsed = parseYaml(name, decoded.text);
  if (parsed.ok) return { ok: true, layer: { data: parsed.data, source: parsed.source } };
  const first = parsed.diagnostics[0];
  const why =
    first === undefined || first.message.startsWith('file is empty')
      ? 'it is empty'
      : `not valid YAML at line ${first.line}`;
  return { ok: false, diagnostics: parsed.diagnostics, why };
}

/** The layer with the bases it `extends` laid under it; `chain` ends with this file, `files` were read for it. */
async function withBases(
  file: string,
  layer: Layer,
  chain: Chain,
  ctx: Context,
  files: readonly FileId[],
): Promise<LayerResult> {
  if (!isDict(layer.data) || !Object.prototype.hasOwnProperty.call(layer.data, 'extends'))
    return { ok: true, layer, files };
  const extended = await extend(file, layer, chain, ctx);
  return { ...extended, files: [...files, ...extended.files] };
}

async function extend(file: string, layer: Layer, chain: Chain, ctx: Context): Promise<LayerResult> {
  const data = isDict(layer.data) ? layer.data : {};
  const target = data['extends'];
  const pos = locate(layer.source, ['extends']);
  const fail = (message: string, files: readonly FileId[] = []): LayerResult => ({
    ok: false,
    diagnostics: [
      { file: layer.source.file, line: pos.line, col: pos.col, path: 'extends', message, severity: 'error' },
    ],
    files,
  });
  if (typeof target !== 'string' || target.trim() === '')
    return fail('expected the file name of a base scenario, e.g. extends: base.yaml');
  // The chain holds this file and those that extend it: its own `extends` is level chain.length.
  if (chain.length > MAX_EXTENDS_DEPTH) return fail(`too many levels of extends (limit ${MAX_EXTENDS_DEPTH})`);
  // Named as the user would (relative to where they run; standard input's base: to the current folder).
  const baseFile = isAbsolute(target) ? target : join(dirname(file), target);
  const outside = await outsideOfRoot(baseFile, ctx);
  if (outside !== undefined) return fail(`cannot use "${target}": ${outside}`);
  const read = await readInput(baseFile, MAX_SCENARIO_BYTES);
  if (!read.ok) return fail(`cannot use "${target}": ${read.reason}`);
  if (chain.some((id) => id !== undefined && sameFile(id, read.id)))
    return fail(`"${target}" extends this file again: a scenario cannot extend itself, directly or through others`);
  const parsed = parseSource(baseFile, read.bytes);
  const unlike = parsed.ok ? notAScenario(parsed.layer.data) : parsed.why;
  if (!parsed.ok || unlike !== undefined)
    return fail(
      `cannot use "${target}": it is not a scenario file (${unlike}; \`bestshore validate ${baseFile}\` says more)`,
      [read.id],
    );
  const base = await withBases(baseFile, parsed.layer, [...chain, read.id], ctx, [read.id]);
  if (!base.ok) return base;
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data))
    if (k !== 'extends')
      Object.defineProperty(own, k, { value: v, enumerable: true, writable: true, configurable: true });
  const positions = stamped(layer.source);
  dropSubtree(positions, ['extends']);
  return {
    ok: true,
    layer: mergeLayers(base.layer, { data: own, source: { file: layer.source.file, positions } }),
    files: base.files,
  };
}

/** Why a file may not be read from where it is (outside `where`, the root), or undefined. */
async function outsideOfRoot(
  baseFile: string,
  ctx: Context,
  where = "the scenario's folder",
): Promise<string | undefined> {
  if (ctx.options.extendsOutside === true) return undefined;
  const folder = ctx.options.root ?? dirname(ctx.top);
  ctx.root ??= realpath(folder);
  let root: string;
  let real: string;
  try {
    root = await ctx.root;
  } catch (e) {
    return `cannot resolve the scenario's folder ${folder}: ${systemErrorWords(e)}`;
  }
  try {
    // A missing base is judged by its folder, so its absence outside is not told either.
    real = await realpath(baseFile).catch(async () => join(await realpath(dirname(baseFile)), basename(baseFile)));
  } catch {
    return undefined; // readInput says why it cannot be read (a missing folder, a link loop…)
  }
  return outsideFolder(root, real) ? `it is outside ${where} ${root} (${ALLOW_OUTSIDE_FLAG} allows it)` : undefined;
}
