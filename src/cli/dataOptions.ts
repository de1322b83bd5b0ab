import { ScenarioError, UsageError } from '../errors.js';
import { readSheet } from '../files/readSheet.js';
import type { SheetTable } from '../files/readSheet.js';
import { sheetData } from '../scenario/sheetData.js';
import type { SetOption } from '../scenario/variants.js';
import { setsFrom, type SetFlags } from './setOptions.js';

/** `--data FILE` options (repeatable): the client's sheets of rates and volumes. */
export type DataFlags = { readonly data?: readonly string[] };

/**
 * The changes `--data` sheets make, then the `--set`s (which win: they come last). A sheet that
 * cannot be read is a usage error; a column it cannot place is a problem at its cell (exit 2).
 */
export async function scenarioSets(opts: SetFlags & DataFlags): Promise<SetOption[]> {
  const tables: SheetTable[] = [];
  for (const path of opts.data ?? []) {
    const read = await readSheet(path);
    if (!read.ok) throw new UsageError(`--data ${path}: ${read.reason}`);
    const { sets } = sheetData(read.tables);
    if (sets.length === 0 && sheetData(read.tables).problems.length === 0) {
      throw new UsageError(
        `--data ${path}: no table found: expected a header row with a "country" or "activity" column, then columns such as cost_per_hour, capacity_hours, hours, volume, aht`,
      );
    }
    tables.push(...read.tables);
  }
  const { sets, problems } = sheetData(tables);
  if (problems.length > 0) throw new ScenarioError(problems);
  return [...sets, ...setsFrom(opts)];
}
