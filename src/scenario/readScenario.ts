import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { normalise } from './normalise.js';
import { decodeUtf8, parseYaml } from './parseYaml.js';
import { checkRules } from './rules.js';
import { ScenarioSchema } from './schema.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';
import type { SourceMap } from './sourceMap.js';
import type { Scenario } from './types.js';

export type ReadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Pure pipeline from file bytes to a scenario: decode → YAML → schema → normalise → rules. */
export function readScenario(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeUtf8(file, bytes);
  if ('error' in decoded) return { ok: false, diagnostics: [decoded.error] };
  return readScenarioText(file, decoded.text);
}

export function readScenarioText(file: string, text: string): ReadResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  return readScenarioData(parsed.data, parsed.source);
}

/** The pipeline after YAML: schema → normalise → rules (for data assembled by `extends`/`--set`). */
export function readScenarioData(data: unknown, source: SourceMap): ReadResult {
  const checked = ScenarioSchema.safeParse(data);
  if (!checked.success) {
    return { ok: false, diagnostics: sortDiagnostics(schemaDiagnostics(checked.error.issues, data, source)) };
  }
  const { scenario, diagnostics: found } = normalise(checked.data, source);
  const diagnostics = sortDiagnostics([...found, ...checkRules(scenario)]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, scenario, warnings: diagnostics };
}
