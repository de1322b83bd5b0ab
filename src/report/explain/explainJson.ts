import type { Bounds, Explanation } from '../../explain/types.js';
import type { Where } from '../../explain/where.js';
import { choiceText, marginalText, priceText, wayOutText, type TextContext } from './explainText.js';
import { PLACES, round } from '../format.js';
import { jsonDocument } from '../jsonDocument.js';

/** Location fields of a rule: file, line, col (line 0: a --set option), default when not written. */
const loc = (w: Where): Record<string, unknown> => ({ file: w.file, line: w.line, col: w.col, default: !w.written });
const r2 = (n: number | undefined): number | null => (n === undefined ? null : round(n, PLACES.cost));
const r6 = (n: number | undefined): number | null => (n === undefined || !Number.isFinite(n) ? null : round(n, 6));
/** A figure's range when the plans compared are proven only within their gaps; null: exact. */
const bounds = (b: Bounds | undefined, r: (n: number | undefined) => number | null) =>
  b ? { low: r(b.low), high: r(b.high) } : null;

/** `bestshore explain --format json`: the structured result, each item with its sentence. */
export function explainJson(e: Explanation): Record<string, unknown> {
  const t: TextContext = { currency: e.currency, period: e.period, file: e.file, locale: 'en' };
  const head = { name: e.name, status: e.status, currency: e.currency, period: e.period };
  if (e.status === 'infeasible') {
    return {
      ...head,
      total_cost: null,
      conflict: e.conflict?.map((m) => ({ rule: m.rule, kind: m.kind, value: m.value, ...loc(m.where) })) ?? null,
      no_conflict: e.noConflict ?? null,
      not_enough_alone: e.notEnoughAlone,
      ways_out: e.waysOut.map((w) => ({
        rule: w.rule,
        kind: w.kind,
        action: w.action,
        from: r6(w.from),
        to: r6(w.to),
        country: w.country ?? null,
        plan_cost: r2(w.planCost),
        ...loc(w.where),
        text: wayOutText(w, t),
      })),
      diagnosis: e.diagnosis.map((f) => ({
        rule: f.rule,
        activities: f.activities,
        message: f.message,
        path: f.path,
        line: f.line,
        col: f.col,
      })),
    };
  }
  return {
    ...head,
    total_cost: r2(e.totalCost),
    // As plan's optimality: proven, or the gap its certificate proves (null: nothing bounds it).
    proven: e.gap === 0,
    gap: e.gap === undefined ? null : round(e.gap, 9),
    engine: e.engine,
    rules: e.rules.map((r) => ({
      rule: r.rule,
      kind: r.kind,
      value: r.value,
      ...loc(r.where),
      lifted_cost: r2(r.liftedCost),
      saving: r2(r.saving),
      saving_share: round(r.share, 6),
      saving_bounds: bounds(r.bounds, r2),
      text: priceText(r, t),
    })),
    marginals_from: e.marginalsFrom,
    marginals_given_sites: e.fixedDecisions,
    marginals: e.marginals.map((m) => ({
      rule: m.rule,
      kind: m.kind,
      activity: m.activity ?? null,
      country: m.country ?? null,
      language: m.language ?? null,
      value: r6(m.value),
      step: m.rowUnit ? '1%' : m.step,
      change: r6(m.change),
      range: m.range ? { from: r6(m.range.from), to: r6(m.range.to) } : null,
      change_bounds: bounds(m.bounds, r6),
      text: marginalText(m, t),
    })),
    choices: e.choices.map((c) => ({
      activity: c.activity,
      country: c.country,
      status: c.status,
      rate: c.rate,
      hours: round(c.hours, PLACES.hours),
      share: round(c.share, 6),
      exclusion: c.exclusion ?? null,
      cheaper_by: r6(c.cheaperBy),
      ...(c.where ? { rule: c.where.path, ...loc(c.where) } : {}),
      text: choiceText(c, t),
    })),
  };
}

export const renderExplainJson = (e: Explanation): string => jsonDocument(explainJson(e));
