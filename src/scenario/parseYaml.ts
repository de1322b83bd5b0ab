import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { flowCommas } from './flowCommas.js';
import { indentSlip, plainYamlMessage } from './indentSlips.js';
import { yamlSlip } from './yamlSlips.js';
import { buildSourceMap, emptySourceMap, type SourceMap } from './sourceMap.js';

/** Largest scenario accepted, in bytes: real scenarios are a few KiB. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
/** Alias expansions allowed before the file is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

export type ParsedYaml =
  | { readonly ok: true; readonly data: unknown; readonly source: SourceMap }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly source: SourceMap };

const whole = (file: string, message: string, line = 1, col = 1): Diagnostic => ({
  file,
  line,
  col,
  path: '',
  message,
  severity: 'error',
});

/** Decode raw bytes as strict UTF-8 (a BOM is dropped). */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { error: Diagnostic } {
  if (bytes.byteLength > MAX_SCENARIO_BYTES) {
    return {
      error: whole(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`),
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      error: whole(file, `file is not valid UTF-8 (byte ${bad.offset + 1}); save it as UTF-8`, bad.line, bad.col),
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; col: number } {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.byteLength;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // lo: longest decodable prefix may end inside a multi-byte char; step back to a boundary.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, lo)).replace(/\uFFFD+$/, '');
  const lines = prefix.split('\n');
  return { offset: lo, line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Parse YAML text keeping source positions; YAML errors become diagnostics. */
export function parseYaml(file: string, text: string): ParsedYaml {
  const lines = new LineCounter();
  // The library's own duplicate-key check compares each key with every earlier one of its map
  // (80,000 keys in a 1 MiB file: 70 s); duplicateKeys does the same check with a set per map.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: true });
  if (doc.errors.length === 0 && doc.contents === null) {
    const diagnostics = [whole(file, 'file is empty: expected a scenario with name, countries and activities')];
    return { ok: false, diagnostics, source: emptySourceMap(file) };
  }
  const source = buildSourceMap(file, doc.contents, lines);
  const errors: { offset: number; message: string; code?: string }[] = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: firstLine(e.message), code: e.code })),
    ...(doc.errors.length > 0 ? [] : duplicateKeys(doc.contents)),
    ...flowCommas(doc.contents, text),
  ];
  if (errors.length > 0) {
    const located = errors.map((e) => ({ ...lines.linePos(e.offset), message: e.message, code: e.code }));
    return { ok: false, diagnostics: yamlDiagnostics(file, text, located), source };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, data, source };
  } catch (e) {
    const msg =
      e instanceof ReferenceError || /alias/i.test(String(e))
        ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): the file looks like an alias bomb`
        : `cannot read YAML: ${firstLine(String(e))}`;
    return { ok: false, diagnostics: [whole(file, msg)], source };
  }
}

const DUPLICATE = 'duplicate key: each key may appear only once in a map';

/**
 * Keys written twice in one map (an error, not "last one wins"), in linear time: one set of the
 * scalar keys seen per map. Scalars are equal when their values are (`a` and `"a"`; not `1` and
 * `"1"`), as the YAML library compares them. Walks with an explicit stack: no recursion depth.
 */
export function duplicateKeys(root: unknown): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) found.push({ offset: pair.key.range?.[0] ?? 0, message: DUPLICATE });
          seen.add(pair.key.value);
        } else if (pair.key !== null) {
          stack.push(pair.key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * The parser's errors in plain words. An indentation slip is reported once, at the line that
 * slipped, with the fix; the library's own report of it (one or two lines, sometimes the line
 * above) is dropped.
 */
function yamlDiagnostics(
  file: string,
  text: string,
  errors: readonly { line: number; col: number; message: string; code?: string | undefined }[],
): Diagnostic[] {
  const first = errors[0];
  const slip =
    first && INDENTATION.some((m) => errors.some((e) => e.message.startsWith(m))) ? indentSlip(text) : undefined;
  if (slip && first && Math.abs(slip.line - first.line) <= 1) return [whole(file, slip.message, slip.line, slip.col)];
  const seen = new Set<string>();
  const found = errors.flatMap((e) => {
    const at = yamlSlip(text, e.message, e.line);
    const message = at?.message ?? plainYamlMessage(e.message, e.code);
    if (message === undefined || seen.has(`${e.line}:${message}`)) return [];
    seen.add(`${e.line}:${message}`);
    return [whole(file, message, at?.line ?? e.line, at?.col ?? e.col)];
  });
  // A key without its colon may give only the library's "implicit keys" report, dropped above.
  return found.length > 0 || !first ? found : [whole(file, KEY_VALUE, first.line, first.col)];
}

const KEY_VALUE = 'expected "key: value" on this line (a key, a colon, a space, then the value)';

const INDENTATION = [
  'All mapping items must start at the same column',
  'Nested mappings are not allowed in compact mappings',
  'Implicit map keys need to be followed by map values',
];

function firstLine(s: string): string {
  return s.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? s;
}
