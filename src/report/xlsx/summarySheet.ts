import type { Infeasible, Plan } from '../../plan/types.js';
import { phraseText } from '../../plan/numberWords.js';
import { homeReasonText } from '../plan/homeReasonText.js';
import { PLACES, round, type Locale } from '../format.js';
import { planKind, summaryLines } from '../plan/planSections.js';
import {
  FMT,
  bold,
  column,
  formula,
  header,
  number,
  ratio,
  text,
  valueOf,
  type Fmt,
  type SheetSpec,
  type XRow,
} from './cells.js';
import { allocationSheet, ALLOCATION, totalRow } from './planSheets.js';

/**
 * The first sheet: what the plan is and what it costs. Its totals are formulas pointing at the
 * Allocation sheet's total line, and the saving is home-only cost minus that total, so the
 * figures a reviewer quotes are the ones the detail adds up to.
 */
export function summarySheet(p: Plan, locale: Locale): SheetSpec {
  const tot = totalRow(p.allocation.length);
  const totals = allocationSheet(p).rows[tot - 1] ?? [];
  const at = (col: number, format: Fmt, strong = false) =>
    formula(`Allocation!${column(col)}${tot}`, valueOf(totals[col]), format, strong);
  const rows: XRow[] = [
    [text('Scenario'), text(p.name)],
    [text('Plan'), text(planKind(p))],
    [text('Currency'), text(p.currency)],
    [text('Period'), text(p.period)],
    [text('Home country'), text(p.home)],
    [bold(`Total cost ${p.currency}`), at(ALLOCATION.cost, FMT.money, true)],
    [text('Total hours'), at(ALLOCATION.hours, FMT.hours)],
    [text('Total FTE'), at(ALLOCATION.fte, FMT.fte)],
    ...(p.fixedCosts > 0
      ? [[text(`Fixed costs ${p.currency}`), number(round(p.fixedCosts, PLACES.cost), FMT.money)]]
      : []),
    ...(p.week
      ? [[text(`Night and Sunday premiums ${p.currency}`), number(round(p.premiumCost, PLACES.cost), FMT.money)]]
      : []),
  ];
  // Row of the total cost: after the header and the five lines above it.
  const totalAt = 7;
  if (p.homeOnly.feasible) {
    const homeAt = rows.length + 2;
    const home = round(p.homeOnly.cost, PLACES.cost);
    const saving = home - valueOf(totals[ALLOCATION.cost]);
    rows.push([text(`Everything in ${p.home} ${p.currency}`), number(home, FMT.money)]);
    rows.push([bold(`Saving ${p.currency}`), formula(`B${homeAt}-B${totalAt}`, saving, FMT.money, true)]);
    rows.push([text('Saving share'), ratio(`B${homeAt + 1}`, `B${homeAt}`, saving, home, FMT.share)]);
  } else {
    rows.push([
      text(`Everything in ${p.home}`),
      text(`impossible: ${p.homeOnly.reasons.map((r) => homeReasonText(r, locale)).join('; ')}`),
    ]);
  }
  rows.push([text('Optimality'), text(summaryLines(p, locale).at(-1) ?? '')], [text('Engine'), text(p.engine)]);
  return { name: 'Summary', rows: [header(['Item', 'Value']), ...rows], widths: [34, 60] };
}

/** No plan: the findings, each with the rule at fault and where it is written. */
export function diagnosisSheet(o: Infeasible, locale: Locale): SheetSpec {
  const rows: XRow[] = o.diagnosis.map((f) => [
    text(f.rule),
    text(f.activities.join(' ')),
    text(phraseText(f.phrase, locale)),
    text(f.file),
    f.line === 0 ? null : number(f.line, FMT.count),
    text(f.path),
  ]);
  return {
    name: 'Diagnosis',
    rows: [header(['Rule', 'Activities', 'Finding', 'File', 'Line', 'Field']), ...rows],
    widths: [16, 22, 80, 24, 6, 40],
  };
}
