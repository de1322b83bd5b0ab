import type { Infeasible, Plan } from '../../plan/types.js';
import { phraseText } from '../../plan/numberWords.js';
import { homeReasonText } from '../plan/homeReasonText.js';
import { PLACES, round, type Locale } from '../format.js';
import { planKind, summaryLines } from '../plan/planSections.js';
import {
  FMT,
  bold,
  column,
  sheetRef,
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
import { xlsxWords } from '../i18n/xlsx.js';
import { planWords } from '../i18n/plan.js';

/**
 * The first sheet: what the plan is and what it costs. Its totals are formulas pointing at the
 * Allocation sheet's total line, and the saving is home-only cost minus that total, so the
 * figures a reviewer quotes are the ones the detail adds up to.
 */
export function summarySheet(p: Plan, locale: Locale): SheetSpec {
  const w = xlsxWords(locale);
  const c = p.currency;
  const tot = totalRow(p.allocation.length);
  const allocation = allocationSheet(p, w);
  const totals = allocation.rows[tot - 1] ?? [];
  const at = (col: number, format: Fmt, strong = false) =>
    formula(`${sheetRef(allocation.name)}!${column(col)}${tot}`, valueOf(totals[col]), format, strong);
  const rows: XRow[] = [
    [text(w.l('Scenario')), text(p.name)],
    [text(w.l('Plan')), text(planKind(p, locale))],
    [text(w.l('Currency')), text(c)],
    [text(w.l('Period')), text(w.period(p.period))],
    [text(w.l('Home country')), text(p.home)],
    [bold(`${w.l('Total cost')} ${c}`), at(ALLOCATION.cost, FMT.money, true)],
    [text(w.l('Total hours')), at(ALLOCATION.hours, FMT.hours)],
    [text(w.l('Total FTE')), at(ALLOCATION.fte, FMT.fte)],
    ...(p.fixedCosts > 0
      ? [[text(`${w.l('Fixed costs')} ${c}`), number(round(p.fixedCosts, PLACES.cost), FMT.money)]]
      : []),
    ...(p.week
      ? [[text(`${w.l('Night and Sunday premiums')} ${c}`), number(round(p.premiumCost, PLACES.cost), FMT.money)]]
      : []),
  ];
  // Row of the total cost: after the header and the five lines above it.
  const totalAt = 7;
  if (p.homeOnly.feasible) {
    const homeAt = rows.length + 2;
    const home = round(p.homeOnly.cost, PLACES.cost);
    const saving = home - valueOf(totals[ALLOCATION.cost]);
    rows.push([text(`${w.everythingIn(p.home)} ${c}`), number(home, FMT.money)]);
    rows.push([bold(`${w.l('Saving')} ${c}`), formula(`B${homeAt}-B${totalAt}`, saving, FMT.money, true)]);
    rows.push([text(w.l('Saving share')), ratio(`B${homeAt + 1}`, `B${homeAt}`, saving, home, FMT.share)]);
  } else {
    rows.push([
      text(w.everythingIn(p.home)),
      text(
        `${w.l('impossible:')} ${p.homeOnly.reasons.map((r) => homeReasonText(r, locale)).join(planWords(locale).reasonSep)}`,
      ),
    ]);
  }
  rows.push(
    [text(w.l('Optimality')), text(summaryLines(p, locale).at(-1) ?? '')],
    [text(w.l('Engine')), text(p.engine)],
  );
  return { name: w.l('Summary'), rows: [header([w.l('Item'), w.l('Value')]), ...rows], widths: [34, 60] };
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
  const w = xlsxWords(locale);
  const head = (['Rule', 'Activities', 'Finding', 'File', 'Line', 'Field'] as const).map(w.l);
  return {
    name: w.l('Diagnosis'),
    rows: [header(head), ...rows],
    widths: [16, 22, 80, 24, 6, 40],
  };
}
