import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { buildSourceMap, emptySourceMap, type SourceMap } from './sourceMap.js';

/** Largest scenario accepted, in bytes: real scenarios are a few KiB. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
/** Alias expansions allowed before the file is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

export type ParsedYaml =
  | { readonly ok: true; readonly data: unknown; readonly source: SourceMap }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly source: SourceMap };

const whole = (file: string, message: string, line = 1, col = 1): Diagnostic =>
  ({ file, line, col, path: '', message, severity: 'error' });

/** Decode raw bytes as strict UTF-8 (a BOM is dropped). */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  if (bytes.byteLength > MAX_SCENARIO_BYTES) {
    return { error: whole(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { error: whole(file, `file is not valid UTF-8 (byte ${bad.offset + 1}); save it as UTF-8`, bad.line, bad.col) };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; col: number } {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.byteLength;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try { dec.decode(bytes.subarray(0, mid)); lo = mid; } catch { hi = mid; }
  }
  // lo: longest decodable prefix may end inside a multi-byte char; step back to a boundary.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, lo)).replace(/\uFFFD+$/, '');
  const lines = prefix.split('\n');
  return { offset: lo, line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parse YAML text keeping source positions; YAML errors become diagnostics. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length === 0 && doc.contents === null) {
    const diagnostics = [whole(file, 'file is empty: expected a scenario with name, countries and activities')];
    return { ok: false, diagnostics, source: emptySourceMap(file) };
  }
  const source = buildSourceMap(file, doc.contents, lines);
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e) => {
      const p = lines.linePos(e.pos[0]);
      const msg = e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear only once in a map' : firstLine(e.message);
      return whole(file, msg, p.line, p.col);
    });
    return { ok: false, diagnostics, source };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, data, source };
  } catch (e) {
    const msg = e instanceof ReferenceError || /alias/i.test(String(e))
      ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): the file looks like an alias bomb`
      : `cannot read YAML: ${firstLine(String(e))}`;
    return { ok: false, diagnostics: [whole(file, msg)], source };
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? s;
}
