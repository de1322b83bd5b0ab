/**
 * bestshore as a library: the CLI's own four steps, for a consultancy's tool or web service.
 *
 * ```ts
 * import { read, plan, render } from 'bestshore';
 * const scenario = await read('telecom.yaml');
 * if (!scenario.ok) throw new Error(scenario.diagnostics.map((d) => `${d.file}:${d.line} ${d.path}: ${d.message}`).join('\n'));
 * const outcome = await plan(scenario.scenario);
 * console.log(outcome.status === 'infeasible' ? outcome.diagnosis : outcome.totalCost);
 * console.log(render(outcome, 'md'));
 * ```
 *
 * Expected outcomes are values (`ok: false` with diagnostics, `status: 'infeasible'` with a
 * diagnosis); only misuse (an unknown format or solver) and internal failures throw. The
 * documented surface is what this file exports; docs/api.md describes it.
 */
export { read, readText, type ReadOptions } from './api/read.js';
export {
  DEFAULT_TIME_LIMIT_SECONDS,
  explain,
  plan,
  type EngineName,
  type ExplainOptions,
  type PlanOptions,
} from './api/plan.js';
export {
  render,
  renderExplanation,
  renderExplanationFile,
  renderFile,
  type ExplainFormat,
  type PlanFormat,
  type RenderOptions,
} from './api/render.js';
export { scenarioJsonSchema } from './model/ruleSchema.js';
export { formatDiagnostic, type Diagnostic, type Severity } from './scenario/diagnostic.js';
export type { LoadResult } from './scenario/loadScenario.js';
export type { ReadResult } from './scenario/readScenario.js';
export type { Scenario } from './scenario/types.js';
export type { AllocationRow, Certificate, CountryTotal, Finding, Infeasible, Outcome, Plan } from './plan/types.js';
export type { Explanation } from './explain/types.js';
export { VERSION } from './cli/version.js';
