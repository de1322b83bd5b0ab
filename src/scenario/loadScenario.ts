import type { FileId } from '../files/readInput.js';
import { loadLayer, type LoadOptions } from './loadLayers.js';
import type { ReadResult } from './readScenario.js';
import { readLayer, type SetOption } from './variants.js';

/** A scenario read from files, and the files it was read from (outputs must not overwrite them). */
export type LoadResult = ReadResult & { readonly files: readonly FileId[] };

/**
 * The I/O edge of the scenario stage: read a file from disk (and the bases it `extends`), apply
 * the `--set` options, then the pure pipeline (schema → normalise → rules).
 */
export async function loadScenario(
  file: string,
  sets: readonly SetOption[] = [],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const loaded = await loadLayer(file, options);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, files: loaded.files };
  return { ...readLayer(loaded.layer, sets), files: loaded.files };
}
