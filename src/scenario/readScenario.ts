import type { z } from 'zod';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import { normalise } from './normalise.js';
import { decodeUtf8, parseYaml } from './parseYaml.js';
import { reservedKeyDiagnostics } from './reservedKeys.js';
import { checkRules } from './rules.js';
import { numberSlips } from './numberSlips.js';
import { ScenarioSchema, type ScenarioInput } from './schema.js';
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
  // Checked before the schema, which drops a reserved key from its maps without a word.
  const reserved = reservedKeyDiagnostics(data, source);
  const checked = ScenarioSchema.safeParse(data);
  if (!checked.success) {
    const found = [
      ...reserved,
      ...schemaDiagnostics(checked.error.issues, data, source),
      ...(reserved.length > 0 ? [] : rulesDespiteUnknownKeys(checked.error.issues, data, source)),
    ];
    return { ok: false, diagnostics: sortDiagnostics(found) };
  }
  if (reserved.length > 0) return { ok: false, diagnostics: sortDiagnostics(reserved) };
  const { scenario, diagnostics: found } = readRules(checked.data, source);
  const diagnostics = sortDiagnostics(found);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, scenario, warnings: diagnostics };
}

/** After the schema: defaults and country tables, then the rules that compare fields. */
function readRules(data: ScenarioInput, source: SourceMap): { scenario: Scenario; diagnostics: Diagnostic[] } {
  const { scenario, diagnostics } = normalise(data, source);
  return { scenario, diagnostics: [...diagnostics, ...checkRules(scenario), ...numberSlips(scenario)] };
}

/**
 * When the only schema errors are unknown keys, the rest of the file is read as it will be once
 * they are gone, and its rule errors are reported in the same run (a typo and a language no
 * country offers, say): an unknown key changes nothing else. Other schema errors come alone,
 * since the rules would judge values known to be wrong.
 */
function rulesDespiteUnknownKeys(issues: readonly z.core.$ZodIssue[], data: unknown, source: SourceMap): Diagnostic[] {
  if (issues.length === 0 || !issues.every((i) => i.code === 'unrecognized_keys')) return [];
  const stripped = structuredClone(data);
  for (const issue of issues) {
    const at = issue.path.reduce<unknown>(
      (v, k): unknown => (v !== null && typeof v === 'object' ? Reflect.get(v, k) : undefined),
      stripped,
    );
    if (at === null || typeof at !== 'object' || issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) Reflect.deleteProperty(at, key);
  }
  const again = ScenarioSchema.safeParse(stripped);
  return again.success ? readRules(again.data, source).diagnostics : [];
}
