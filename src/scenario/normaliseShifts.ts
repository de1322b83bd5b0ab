import type { Report } from './normaliseTime.js';
import type { ScenarioShiftsInput, ShiftRulesInput } from './shiftSchema.js';
import type { ShiftRules } from './types.js';

/** Defaults a workforce planner would start from (docs/scenario.md#shifts). */
export const DEFAULT_SHIFTS: ShiftRules = { fullTime: [8], partTime: [4], maxPartTimeShare: 0.3, multiSkill: false };

const sorted = (xs: readonly number[]): number[] => [...new Set(xs)].sort((p, q) => p - q);

/** The scenario's rules over the defaults, then the country's over those. */
export function shiftRules(
  code: string,
  scenario: ScenarioShiftsInput | undefined,
  country: ShiftRulesInput | undefined,
  report: Report,
): ShiftRules {
  if (scenario === 'none' && country !== undefined) {
    report(
      ['countries', code, 'shifts'],
      "the scenario says shifts: none (each hour planned on its own): remove these shift rules or the scenario's shifts: none",
    );
  }
  const layers = [scenario === 'none' ? undefined : scenario, country];
  let rules = DEFAULT_SHIFTS;
  for (const l of layers) {
    if (!l) continue;
    rules = {
      fullTime: l.full_time ? sorted(l.full_time) : rules.fullTime,
      partTime: l.part_time ? sorted(l.part_time) : rules.partTime,
      maxPartTimeShare: l.max_part_time_share ?? rules.maxPartTimeShare,
      multiSkill: l.multi_skill ?? rules.multiSkill,
    };
  }
  const both = rules.partTime.filter((h) => rules.fullTime.includes(h));
  if (both.length > 0) {
    const where = country?.part_time || country?.full_time ? ['countries', code, 'shifts'] : ['shifts'];
    report(where, `${both.join(', ')} h is both a full-time and a part-time length for ${code}: give each length once`);
  }
  return rules;
}
