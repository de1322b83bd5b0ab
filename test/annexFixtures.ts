import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planScenario } from '../src/plan/planScenario.js';
import type { Outcome, Plan } from '../src/plan/types.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import type { Scenario } from '../src/scenario/types.js';
import { pickEngine } from '../src/solver/engines.js';
import { ROOT } from './helpers.js';

/** Plan a scenario given as YAML text, through the real pipeline (no hand-made plan to drift). */
export async function planText(
  yaml: string,
  file = 'annex-test.yaml',
): Promise<{ scenario: Scenario; outcome: Outcome }> {
  const read = readScenarioText(file, yaml);
  if (!read.ok) throw new Error(`fixture does not load: ${JSON.stringify(read.diagnostics)}`);
  const engine = pickEngine('auto');
  if (!engine) throw new Error('no auto engine');
  return { scenario: read.scenario, outcome: await planScenario(read.scenario, engine, { timeLimitSeconds: 60 }) };
}

export async function planOf(yaml: string): Promise<{ scenario: Scenario; plan: Plan }> {
  const { scenario, outcome } = await planText(yaml);
  if (outcome.status === 'infeasible') throw new Error('fixture is infeasible');
  return { scenario, plan: outcome };
}

export const telecomYaml = (): string => readFileSync(join(ROOT, 'scenarios', 'telecom.yaml'), 'utf8');

/**
 * Every legal basis and data class in one small scenario, with unique optimal answers:
 * MA (SCC) for personal data, CH (adequacy) where the allow-list keeps MA out, FR (EU)
 * for health data, MA for data-free work, FR for public data.
 */
export const BASES_YAML = `name: Bases
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  CH: { cost_per_hour: 25, languages: { fr: 0.9 } }
  MA: { cost_per_hour: 15, languages: { fr: 0.8 }, scc: true }
activities:
  perso: { language: fr, hours: 1000 }
  swiss: { language: fr, hours: 500, countries: [FR, CH], min_quality: 0.85 }
  care: { language: fr, hours: 200, data: health }
  open: { language: fr, hours: 300, data: none }
  agency: { language: fr, hours: 100, data: public }
`;

/** The home country cannot legally take everything (no English in FR): no reference price at all. */
export const NO_HOME_YAML = `name: No home
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  IE: { cost_per_hour: 28, languages: { en: 0.9 } }
activities:
  fr-line: { language: fr, hours: 1000 }
  en-line: { language: en, hours: 1000 }
`;

export const tourismYaml = (): string => readFileSync(join(ROOT, 'scenarios', 'tourism.yaml'), 'utf8');

/**
 * Opening hours with unique optimal answers: a France-only desk on weekdays and Saturday
 * morning (FR answers, days grouped), a thin night hotline across midnight every day (Senegal,
 * the only site open at night: night and Sunday premiums), and a weekday line split 70/30
 * between Senegal and France by max_share (every hour shared).
 */
export const NIGHT_YAML = `name: Night desk
period: month
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }
  SN: { cost_per_hour: 15, languages: { fr: 0.85 }, working_hours: "Mon-Sun 00:00-24:00", premiums: { night: 0.2, sunday: 0.5 }, scc: true }
activities:
  desk: { language: fr, hours: 2000, coverage: "Mon-Fri 08:00-20:00, Sat 09:00-13:00", countries: [FR] }
  hotline: { language: fr, hours: 200, coverage: "Mon-Sun 20:00-08:00" }
  split: { language: fr, hours: 1000, coverage: "Mon-Fri 09:00-17:00", max_share: 0.7 }
`;
