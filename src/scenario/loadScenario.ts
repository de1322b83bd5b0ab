import { loadLayer } from './loadLayers.js';
import type { ReadResult } from './readScenario.js';
import { readLayer, type SetOption } from './variants.js';

/**
 * The I/O edge of the scenario stage: read a file from disk (and the bases it `extends`), apply
 * the `--set` options, then the pure pipeline (schema → normalise → rules).
 */
export async function loadScenario(file: string, sets: readonly SetOption[] = []): Promise<ReadResult> {
  const loaded = await loadLayer(file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  return readLayer(loaded.layer, sets);
}
