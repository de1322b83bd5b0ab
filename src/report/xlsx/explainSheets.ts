import type { ExplainInfeasible, ExplainPlan, Explanation } from '../../explain/types.js';
import type { Where } from '../../explain/where.js';
import { round, type Locale } from '../format.js';
import { FMT, header, number, ratio, text, valueOf, type SheetSpec, type XRow } from './cells.js';
import { diagnosisSheet } from './summarySheet.js';
import { xlsxWords, type XlsxWords } from '../i18n/xlsx.js';

/** `file:line` of a rule, `(default) file:line` for a default, or the --set option. */
const where = (x: Where, w: XlsxWords): string =>
  x.line === 0 ? x.file : `${x.written ? '' : `${w.l('(default)')} `}${x.file}:${x.line}`;
const money = (v: number | undefined) => number(v === undefined ? undefined : round(v, 2), FMT.money);

function planSheets(e: ExplainPlan, w: XlsxWords): SheetSpec[] {
  const at = (x: Where): string => where(x, w);
  const cur = e.currency;
  // Plans proven only within their gaps: each figure's range in two more columns (explain/bounds.ts).
  const ruleRanges = e.rules.some((r) => r.bounds !== undefined);
  const changeRanges = e.marginals.some((m) => m.bounds !== undefined);
  const rules: XRow[] = e.rules.map((r, i) => {
    const lifted = money(r.liftedCost);
    const saving = money(r.saving);
    return [
      text(r.rule),
      text(r.value),
      text(at(r.where)),
      lifted,
      saving,
      ratio(`E${i + 2}`, `D${i + 2}`, valueOf(saving), valueOf(lifted), FMT.share),
      ...(ruleRanges ? [money(r.bounds ? r.bounds.low : r.saving), money(r.bounds ? r.bounds.high : r.saving)] : []),
    ];
  });
  const marginals: XRow[] = e.marginals.map((m) => [
    text(m.rule),
    text(m.activity ?? ''),
    text(m.country ?? ''),
    text(m.language ?? ''),
    number(m.value, FMT.general),
    number(m.step, FMT.general),
    money(m.change),
    number(m.range?.from, FMT.general),
    number(m.range?.to, FMT.general),
    text(at(m.where)),
    ...(changeRanges ? [money(m.bounds ? m.bounds.low : m.change), money(m.bounds ? m.bounds.high : m.change)] : []),
  ]);
  const choices: XRow[] = e.choices.map((c) => [
    text(c.activity),
    text(c.country),
    text(w.l(c.status)),
    money(c.rate),
    number(round(c.hours, 2), FMT.hours),
    number(round(c.share, 6), FMT.share),
    money(c.cheaperBy),
    text(c.exclusionRule ?? ''),
    text(c.where ? at(c.where) : ''),
  ]);
  return [
    {
      name: w.l('Rule costs'),
      rows: [
        header([
          w.l('Rule'),
          w.l('Value'),
          w.l('Where'),
          `${w.l('Cost without it')} ${cur}`,
          `${w.l('Saving')} ${cur}`,
          w.l('Saving share'),
          ...(ruleRanges ? [`${w.l('Saving at least')} ${cur}`, `${w.l('Saving at most')} ${cur}`] : []),
        ]),
        ...rules,
      ],
      widths: [40, 16, 28, 18, 14, 12, ...(ruleRanges ? [16, 16] : [])],
    },
    {
      name: w.l('Marginal values'),
      rows: [
        header([
          ...(['Rule', 'Activity', 'Country', 'Language', 'Value', 'Step'] as const).map(w.l),
          `${w.l('Change per step')} ${cur}`,
          ...(['Holds from', 'Holds to', 'Where'] as const).map(w.l),
          ...(changeRanges ? [`${w.l('Change at least')} ${cur}`, `${w.l('Change at most')} ${cur}`] : []),
        ]),
        ...marginals,
      ],
      widths: [40, 18, 9, 9, 10, 8, 18, 11, 11, 28, ...(changeRanges ? [16, 16] : [])],
    },
    {
      name: w.l('Country choices'),
      rows: [
        header([
          ...(['Activity', 'Country', 'Status'] as const).map(w.l),
          `${w.l('Rate')} ${cur}/h`,
          w.l('Hours'),
          w.l('Share'),
          w.cheaperBy(cur),
          w.l('Excluded by'),
          w.l('Where'),
        ]),
        ...choices,
      ],
      widths: [20, 9, 10, 12, 11, 9, 22, 40, 28],
    },
  ];
}

function infeasibleSheets(e: ExplainInfeasible, locale: Locale): SheetSpec[] {
  const w = xlsxWords(locale);
  const at = (x: Where): string => where(x, w);
  const conflict: XRow[] = (e.conflict ?? []).map((m) => [text(m.rule), text(m.value), text(at(m.where))]);
  const ways: XRow[] = e.waysOut.map((way) => [
    text(way.rule),
    text(w.l(way.action)),
    number(way.from, FMT.general),
    number(way.to, FMT.general),
    text(way.country ?? ''),
    money(way.planCost),
    text(at(way.where)),
  ]);
  return [
    {
      name: w.l('Conflict'),
      rows: [header((['Rule', 'Value', 'Where'] as const).map(w.l)), ...conflict],
      widths: [40, 16, 28],
    },
    {
      name: w.l('Ways out'),
      rows: [
        header([
          ...(['Rule', 'Change', 'From', 'To', 'Country'] as const).map(w.l),
          `${w.l('Plan cost')} ${e.currency}`,
          w.l('Where'),
        ]),
        ...ways,
      ],
      widths: [40, 14, 10, 10, 9, 16, 28],
    },
    diagnosisSheet(
      {
        status: 'infeasible',
        name: e.name,
        file: e.file,
        currency: e.currency,
        period: e.period,
        diagnosis: e.diagnosis,
      },
      locale,
    ),
  ];
}

/** `explain --format xlsx`: the rule costs, marginal values and country choices (or the conflict and ways out) as sheets. */
export const explainSheets = (e: Explanation, locale: Locale): SheetSpec[] =>
  e.status === 'infeasible' ? infeasibleSheets(e, locale) : planSheets(e, xlsxWords(locale));
