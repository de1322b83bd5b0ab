import { z } from 'zod';

/** Longest shift, in hours: a working day (French law allows 10 h, 12 h by agreement). */
export const MAX_SHIFT_HOURS = 12;

const length = z
  .number({ error: 'expected a shift length in whole hours, e.g. 8' })
  .int({ error: 'expected a shift length in whole hours (starts and ends are on the hour)' })
  .min(1, { error: 'expected a shift length of at least 1 hour' })
  .max(MAX_SHIFT_HOURS, { error: `expected a shift length of at most ${MAX_SHIFT_HOURS} hours` });
const lengths = z.array(length, { error: 'expected a list of shift lengths in hours, e.g. [7, 8]' });

/** Shift rules: at the scenario level (every country) or under a country (overrides those). */
export const ShiftRulesSchema = z.strictObject({
  full_time: lengths
    .min(1, { error: 'expected at least one full-time shift length' })
    .optional()
    .describe('Full-time shift lengths allowed, in hours on the phones (default [7, 8])'),
  part_time: lengths.optional().describe('Part-time shift lengths allowed, in hours (default [4, 6]; [] for none)'),
  max_part_time_share: z
    .number({ error: 'expected a share such as 0.3' })
    .min(0, { error: 'max_part_time_share must be between 0 and 1' })
    .max(1, { error: 'max_part_time_share must be between 0 and 1' })
    .optional()
    .describe("At most this share of a country's shift hours on part-time shifts (default 0.3)"),
  multi_skill: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe("Agents on one shift may serve every activity of a language (default false: an activity's own agents)"),
});

/** The relative gap at which the rota's branch and bound stops (scenario level: every command prices the same way). */
export const DEFAULT_ROTA_GAP = 0.005;

/** Shift rules for every country: the plan is then a rota. `none` (as leaving it out) plans each hour on its own. */
export const ScenarioShiftsSchema = z.union(
  [
    z.literal('none', { error: 'expected none or shift rules such as { full_time: [8], part_time: [4] }' }),
    ShiftRulesSchema.extend({
      mip_gap: z
        .number({ error: 'expected a relative gap such as 0.005' })
        .min(0, { error: 'mip_gap must be between 0 and 0.1' })
        .max(0.1, { error: 'mip_gap must be between 0 and 0.1 (0.005 is 0.5%)' })
        .optional()
        .describe(
          `Stop the rota's search once the plan is proven within this share of the optimum (default ${DEFAULT_ROTA_GAP}; 0 proves it optimal, more slowly)`,
        ),
    }),
  ],
  { error: 'expected none or shift rules such as { full_time: [8], part_time: [4] }' },
);

export type ShiftRulesInput = z.infer<typeof ShiftRulesSchema>;
export type ScenarioShiftsInput = z.infer<typeof ScenarioShiftsSchema>;
