import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from './diagnostic.js';
import { MAX_SCENARIO_BYTES } from './parseYaml.js';
import { readScenario, type ReadResult } from './readScenario.js';

/** The I/O edge of the scenario stage: read a file from disk, then the pure pipeline. */
export async function loadScenario(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail(file, 'is a directory, not a scenario file');
    if (info.size > MAX_SCENARIO_BYTES) return fail(file, `file is ${info.size} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`);
    bytes = await readFile(file);
  } catch (e) {
    return fail(file, readError(e));
  }
  return readScenario(file, bytes);
}

function readError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
  if (code === 'EISDIR') return 'is a directory, not a scenario file';
  return `cannot read the file (${code ?? String(e)})`;
}

function fail(file: string, message: string): ReadResult {
  const d: Diagnostic = { file, line: 1, col: 1, path: '', message, severity: 'error' };
  return { ok: false, diagnostics: [d] };
}
