import { readScenarioText } from '../../src/scenario/readScenario.js';
import type { Scenario } from '../../src/scenario/types.js';

/** A scenario from YAML text, for unit tests; throws with the diagnostics if it is invalid. */
export function scenarioOf(text: string): Scenario {
  const r = readScenarioText('unit.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.path}: ${d.message}`).join('\n'));
  return r.scenario;
}
