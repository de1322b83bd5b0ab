import type { LpModel } from '../model/lp.js';
import { isRuleRow } from '../model/ruleCatalogue.js';
import { pathKey, type FieldPath } from '../scenario/path.js';
import { locate } from '../scenario/sourceMap.js';
import type { PreparedScenario } from '../model/prepare.js';
import { coverageGaps } from './diagnoseCoverage.js';
import {
  capacityShortfalls,
  homeShareShortfalls,
  noCountry,
  qualityShortfalls,
  shareShortfalls,
  type RawFinding,
} from './diagnoseRules.js';
import { globalShareShortfalls } from './diagnoseGlobal.js';
import { esgShortfalls } from './diagnoseEsg.js';
import type { Finding } from './types.js';
import { phraseText } from './numberWords.js';
import { say, type DiagnosisWords } from './diagnosisWords.js';
import { deletionFilter } from './deletionFilter.js';

/** Is this model feasible? (a solve through any engine). */
export type FeasibilityCheck = (model: LpModel) => Promise<boolean>;

/** Rules that can be lifted one by one to explain an infeasible model: rows grouped by source field. */
function ruleGroups(model: LpModel): Map<string, { readonly source: FieldPath; readonly ids: string[] }> {
  const groups = new Map<string, { readonly source: FieldPath; readonly ids: string[] }>();
  for (const r of model.rows) {
    // Demand is what is asked; links and a rota's shift rows are structure (model/ruleCatalogue.ts).
    if (!isRuleRow(r)) continue;
    const key = JSON.stringify(r.source);
    const group = groups.get(key);
    if (group) group.ids.push(r.id);
    else groups.set(key, { source: r.source, ids: [r.id] });
  }
  return groups;
}

const without = (model: LpModel, drop: ReadonlySet<string>): LpModel => ({
  ...model,
  rows: model.rows.filter((r) => !drop.has(r.id)),
});

/** The rule groups (rows by source field) of a minimal conflict of the model (plan/deletionFilter.ts). */
export async function conflictingRules(
  model: LpModel,
  feasible: FeasibilityCheck,
  maxGroups = 80,
): Promise<FieldPath[] | undefined> {
  // With every rule lifted only demand and residency are left: if that is already infeasible,
  // no rule can be blamed (the filter then answers undefined).
  const kept = await deletionFilter(
    [...ruleGroups(model).values()],
    async (lifted) => feasible(without(model, new Set(lifted.flatMap((g) => g.ids)))),
    maxGroups,
  );
  return kept?.map((g) => g.source);
}

/** Explain why a scenario has no plan, in business terms, each finding located in the file. */
export async function diagnose(p: PreparedScenario, model: LpModel, feasible: FeasibilityCheck): Promise<Finding[]> {
  const s = p.scenario;
  let raw: RawFinding[] = [
    ...noCountry(p),
    ...coverageGaps(p, model),
    ...homeShareShortfalls(p),
    ...capacityShortfalls(p),
    ...shareShortfalls(p),
    ...qualityShortfalls(p),
    ...globalShareShortfalls(p),
    ...esgShortfalls(p),
  ];
  if (raw.length === 0) {
    const rules = await conflictingRules(model, feasible);
    const named = (w: DiagnosisWords): string[] =>
      (rules ?? []).map((p) => w.conflictNamed(pathKey(p), locate(s.source, p).line));
    // The set is a minimal conflict; whether lifting one rule gives a plan also depends on other conflicts.
    const liftable: string[] = [];
    for (const p of rules ?? []) {
      const ids = new Set(model.rows.filter((r) => JSON.stringify(r.source) === JSON.stringify(p)).map((r) => r.id));
      if (await feasible(without(model, ids))) liftable.push(pathKey(p));
    }
    const outcome = (w: DiagnosisWords): string =>
      liftable.length === (rules ?? []).length ? w.liftAny : liftable.length > 0 ? w.liftSome(liftable) : w.liftNone;
    const message = say((w) => (rules && rules.length > 0 ? w.conflict(named(w), outcome(w)) : w.noConflict));
    const activities = [...new Set((rules ?? []).filter((p) => p[0] === 'activities').map((p) => String(p[1])))];
    raw = [{ rule: 'combination', activities, message, path: (rules?.[0] ?? []).map(String) }];
  }
  return raw.map((f) => {
    const pos = locate(s.source, f.path);
    return {
      ...f,
      message: phraseText(f.message),
      phrase: f.message,
      path: pathKey(f.path),
      file: pos.file ?? s.source.file,
      line: pos.line,
      col: pos.col,
    };
  });
}
