import type { Outcome } from '../../plan/types.js';
import type { RenderOptions } from '../renderer.js';
import { activitySheet, allocationSheet, countrySheet } from './planSheets.js';
import { diagnosisSheet, summarySheet } from './summarySheet.js';
import { queueSheet, scheduleSheet } from './weekSheets.js';
import type { SheetSpec } from './cells.js';
import { writeWorkbook } from './writeWorkbook.js';

/** The sheets of a plan's workbook, in order (pure; the bytes are writeWorkbook's job). */
export function planSheets(outcome: Outcome, { locale }: Pick<RenderOptions, 'locale'>): SheetSpec[] {
  if (outcome.status === 'infeasible') return [diagnosisSheet(outcome, locale)];
  const optional = [scheduleSheet(outcome), queueSheet(outcome)].filter((s): s is SheetSpec => s !== undefined);
  return [summarySheet(outcome, locale), allocationSheet(outcome), countrySheet(outcome), activitySheet(outcome), ...optional];
}

/** `--format xlsx`: an Excel workbook (bytes; never written to a terminal). */
export const renderXlsx = (outcome: Outcome, options: RenderOptions): Promise<Uint8Array> => writeWorkbook(planSheets(outcome, options));
