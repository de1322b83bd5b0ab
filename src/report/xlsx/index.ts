import type { Comparison } from '../../compare/compareScenarios.js';
import type { SweepResult } from '../../sweep/sweepTypes.js';
import type { Explanation } from '../../explain/types.js';
import type { Locale } from '../format.js';
import { explainSheets } from './explainSheets.js';
import type { Outcome } from '../../plan/types.js';
import { compareSheets } from './compareSheets.js';
import { sweepSheets } from './sweepSheets.js';
import type { RenderOptions } from '../renderer.js';
import { activitySheet, allocationSheet, countrySheet } from './planSheets.js';
import { diagnosisSheet, summarySheet } from './summarySheet.js';
import { queueSheet, rotaSheet, scheduleSheet } from './weekSheets.js';
import type { SheetSpec } from './cells.js';
import { esgSheet } from './esgSheet.js';
import type { RoadmapOutcome } from '../../roadmap/types.js';
import { roadmapSheets } from './roadmapSheets.js';
import { xlsxWords } from '../i18n/xlsx.js';

/** The sheets of a plan's workbook, in order (pure; the bytes are writeWorkbook's job). */
export function planSheets(outcome: Outcome, { locale }: Pick<RenderOptions, 'locale'>): SheetSpec[] {
  if (outcome.status === 'infeasible') return [diagnosisSheet(outcome, locale)];
  const w = xlsxWords(locale);
  const optional = [scheduleSheet(outcome, w), queueSheet(outcome, w), rotaSheet(outcome, w), esgSheet(outcome, w)];
  return [
    summarySheet(outcome, locale),
    allocationSheet(outcome, w),
    countrySheet(outcome, w),
    activitySheet(outcome, w),
    ...optional.filter((s): s is SheetSpec => s !== undefined),
  ];
}

/**
 * `--format xlsx`: an Excel workbook (bytes; never written to a terminal). The writer and its
 * library load only when a workbook is asked for: the table and JSON paths stay as light.
 */
export const renderXlsx = async (outcome: Outcome, options: RenderOptions): Promise<Uint8Array> =>
  (await import('./writeWorkbook.js')).writeWorkbook(planSheets(outcome, options));

/** `compare --format xlsx`. */
export const renderCompareXlsx = async (c: Comparison, o: { readonly locale: Locale }): Promise<Uint8Array> =>
  (await import('./writeWorkbook.js')).writeWorkbook(compareSheets(c, o.locale));

/** `sweep --format xlsx`. */
export const renderSweepXlsx = async (r: SweepResult, o: { readonly locale: Locale }): Promise<Uint8Array> =>
  (await import('./writeWorkbook.js')).writeWorkbook(sweepSheets(r, o.locale));

/** `explain --format xlsx`. */
export const renderExplainXlsx = async (e: Explanation, o: { readonly locale: Locale }): Promise<Uint8Array> =>
  (await import('./writeWorkbook.js')).writeWorkbook(explainSheets(e, o.locale));

/** `roadmap --format xlsx`. */
export const renderRoadmapXlsx = async (o: RoadmapOutcome, r: { readonly locale: Locale }): Promise<Uint8Array> =>
  (await import('./writeWorkbook.js')).writeWorkbook(roadmapSheets(o, r.locale));
