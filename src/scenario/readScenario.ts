import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { normalise } from './normalise.js';
import { decodeUtf8, parseYaml } from './parseYaml.js';
import { checkRules } from './rules.js';
import { ScenarioSchema } from './schema.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';
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
  const checked = ScenarioSchema.safeParse(parsed.data);
  if (!checked.success) {
    return { ok: false, diagnostics: sortDiagnostics(schemaDiagnostics(checked.error.issues, parsed.data, parsed.source)) };
  }
  const scenario = normalise(checked.data, parsed.source);
  const diagnostics = sortDiagnostics(checkRules(scenario));
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, scenario, warnings: diagnostics };
}
