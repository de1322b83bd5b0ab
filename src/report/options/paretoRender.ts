import { Chalk } from 'chalk';
import type { ParetoPoint, ParetoResult } from '../../options/paretoTypes.js';
import { pathText, setOption } from '../../options/variant.js';
import { fitProse } from '../../text/fitWidth.js';
import { terminalLines, terminalText } from '../../text/escape.js';
import { money, num, percent, round } from '../format.js';
import type { Names } from '../formatNames.js';
import { jsonDocument } from '../jsonDocument.js';
import { optionsWords } from '../i18n/options.js';
import { objectiveLabel } from './optionCharts.js';
import { plainTable } from '../plainTable.js';
import { textFormat, type Registered } from '../renderer.js';
import type { OptionsRenderOptions } from './alternativesRender.js';
import { csvHead } from '../i18n/csvHeads.fr.js';
import { csvDocument, pointChange, proofJson, proofWords } from './cells.js';
import { type PARETO_FORMATS } from './formatNames.js';
import { renderParetoHtml, renderParetoSvg } from './optionsPictures.js';

const valueText = (r: ParetoResult, v: number, o: OptionsRenderOptions): string =>
  r.objective.unit === 'share'
    ? percent(v, o.locale)
    : r.objective.unit === 'score'
      ? num(v, 3, o.locale)
      : r.objective.unit === 'index'
        ? num(v, 1, o.locale)
        : String(Math.round(v));

/** Countries with work anywhere on the front, in the order of the first plan's table. */
function frontCountries(r: ParetoResult): string[] {
  const out: string[] = [];
  for (const p of r.points)
    for (const c of p.plan.countries) if (c.hours > 0 && !out.includes(c.country)) out.push(c.country);
  return out;
}
const share = (p: ParetoPoint, c: string): number =>
  p.plan.totalHours > 0 ? (p.plan.countries.find((x) => x.country === c)?.hours ?? 0) / p.plan.totalHours : 0;

export function renderParetoTable(r: ParetoResult, o: OptionsRenderOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const t = terminalText;
  const w = optionsWords(o.locale);
  const label = objectiveLabel(r, o.locale);
  const countries = frontCountries(r);
  const base = r.points[0]?.plan.totalCost ?? 0;
  const head = ['#', t(label), w.cost, w.above, ...countries.map((cc) => t(cc)), w.change];
  const rows = r.points.map((p, k) =>
    [
      `${k + 1}${k === r.knee ? w.knee : ''}`,
      valueText(r, p.value, o),
      money(p.plan.totalCost, r.currency, o.locale),
      k === 0 ? '—' : `+${percent(base > 0 ? (p.plan.totalCost - base) / base : 0, o.locale)}`,
      ...countries.map((cc) => percent(share(p, cc), o.locale, 0)),
      pointChange(r, k, o.locale),
    ].map(t),
  );
  const title = w.paretoTitle(r.name, label, r.points.length);
  const proofs = r.points.every((p) => p.proof.proven)
    ? w.allProven
    : r.points.map((p, k) => `${k + 1}. ${proofWords(p.proof, w.itsEps, w)}`).join('\n');
  const knee = r.knee === undefined ? w.noKnee : w.kneeAt(r.knee + 1);
  const how = r.points
    .slice(1)
    .map((p, k) => `${k + 2}. ${p.sets.map(setOption).join(' ')}`)
    .join('\n');
  const parts = [
    c.bold(t(title)),
    plainTable(
      head.map((h) => c.bold(h)),
      rows,
      head.map((_, k) => (k === head.length - 1 ? 'left' : 'right')),
      o.width === undefined ? undefined : { width: o.width, keep: 2 },
    ),
    t(knee),
    terminalLines(proofs),
  ];
  if (how) parts.push(`${c.bold(w.eachPoint)}\n${terminalLines(how)}`);
  return fitProse(`${parts.join('\n\n')}\n`, o.width);
}

export function renderParetoJson(r: ParetoResult): string {
  return jsonDocument({
    name: r.name,
    currency: r.currency,
    period: r.period,
    home: r.home,
    objective: r.objective,
    knee: r.knee === undefined ? null : r.knee,
    points: r.points.map((p) => ({
      eps: p.eps,
      value: round(p.value, 6),
      total_cost: round(p.plan.totalCost, 2),
      ...proofJson(p.proof),
      shares: Object.fromEntries(
        p.plan.countries
          .filter((c) => c.hours > 0)
          .map((c) => [c.country, round(c.hours / Math.max(1e-9, p.plan.totalHours), 6)]),
      ),
      sets: p.sets.map((x) => ({ path: pathText(x), value: x.value })),
      change: p.change,
      allocation: p.plan.allocation.map((a) => ({
        activity: a.activity,
        country: a.country,
        hours: round(a.hours, 2),
        cost: round(a.cost, 2),
      })),
    })),
    skipped: r.skipped,
    solves: r.solves,
  });
}

export function renderParetoCsv(r: ParetoResult, o: OptionsRenderOptions): string {
  const countries = frontCountries(r);
  const head = [
    'point',
    'eps',
    r.objective.id,
    'total_cost',
    'proven',
    'knee',
    ...countries.map((cc) => `share_${cc}`),
    'change',
  ];
  const rows = r.points.map((p, k) => [
    k + 1,
    p.eps,
    round(p.value, 6),
    round(p.plan.totalCost, 2),
    String(p.proof.proven),
    k === r.knee ? 'knee' : '',
    ...countries.map((cc) => round(share(p, cc), 6)),
    p.change,
  ]);
  return csvDocument([head.map((h) => csvHead(h, o.locale)), ...rows], o.locale);
}

export const PARETO_RENDERERS: Readonly<
  Record<Names<typeof PARETO_FORMATS>, Registered<ParetoResult, OptionsRenderOptions>>
> = {
  table: textFormat(renderParetoTable),
  json: textFormat((r) => renderParetoJson(r)),
  csv: textFormat(renderParetoCsv),
  svg: textFormat(renderParetoSvg),
  html: textFormat(renderParetoHtml),
};
