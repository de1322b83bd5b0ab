import type { Activity } from '../scenario/types.js';
import type { Contacts } from '../staffing/contacts.js';
import { staffingPatterns } from '../staffing/queuePatterns.js';
import type { PatternVar, Row, Term } from './lp.js';
import type { TimeClass, TimeModel } from './timeClasses.js';

/** A country that may answer the queue in this class, with the index of its hours variable. */
export type QueueCountry = { readonly code: string; readonly seats: number | undefined; readonly hoursVar: number };

/**
 * One time class of a contact queue, exactly: each of its |k| hours of the reference week is
 * staffed by one pattern of whole agents per country (staffing/queuePatterns.ts), chosen by
 * integer counts u_p (Σ_p u_p = |k|), and each country's agent hours per period are tied to the
 * patterns: x_c = W · Σ_p n_c(p) · u_p. The splitting loss is in the patterns themselves, so the
 * optimiser sees it; no factor is guessed. Under `period_average` the counts are continuous.
 */
export function queueClass(
  a: Activity,
  queue: Contacts,
  k: TimeClass,
  tm: TimeModel,
  traffic: number,
  countries: readonly QueueCountry[],
  firstVar: number,
): { vars: PatternVar[]; demand: Row; links: Row[]; upper: number[] } {
  const hours = k.members.length;
  const weeks = tm.weeksPerPeriod;
  const patterns = staffingPatterns(
    queue,
    traffic,
    countries.map((c) => c.seats ?? Infinity),
    queue.maxCountriesPerHour,
  );
  const integer = queue.staffing === 'per_interval';
  const prefix = `u[${a.id},t${k.id},`;
  const vars: PatternVar[] = patterns.map((p) => {
    // Only the countries with agents: a pattern staffs one to three of them, and a model may
    // hold a million patterns (50 queues × 10 countries), each with both maps.
    const agents = new Map<string, number>();
    const answered = new Map<string, number>();
    let used = '';
    countries.forEach((c, ci) => {
      const n = p.agents[ci] ?? 0;
      if (n <= 0) return;
      agents.set(c.code, n);
      answered.set(c.code, p.traffic[ci] ?? 0);
      used += `${used === '' ? '' : '+'}${c.code}${n}`;
    });
    return {
      role: 'pattern',
      id: `${prefix}${used}]`,
      activity: a.id,
      timeClass: k.id,
      agents,
      traffic: answered,
      cost: 0,
      kind: integer ? 'integer' : 'continuous',
      lower: 0,
      upper: hours,
      impliedUpper: hours,
    };
  });
  const source = ['activities', a.id, 'contacts'];
  const demand: Row = {
    id: `demand[${a.id},t${k.id}]`,
    kind: 'demand',
    op: '=',
    rhs: hours,
    source,
    activity: a.id,
    timeClass: k.id,
    terms: vars.map((_, i) => ({ v: firstVar + i, coef: 1 })),
  };
  const links: Row[] = countries.map((c, ci) => {
    const terms: Term[] = [{ v: c.hoursVar, coef: 1 }];
    patterns.forEach((p, i) => {
      if ((p.agents[ci] ?? 0) > 0) terms.push({ v: firstVar + i, coef: -weeks * (p.agents[ci] ?? 0) });
    });
    return {
      id: `agents[${a.id},${c.code},t${k.id}]`,
      kind: 'agents',
      op: '=',
      rhs: 0,
      terms,
      source,
      activity: a.id,
      country: c.code,
      timeClass: k.id,
    };
  });
  // The most agent hours a country can take in this class: its largest pattern in every hour.
  const upper = countries.map((_, ci) => weeks * hours * patterns.reduce((m, p) => Math.max(m, p.agents[ci] ?? 0), 0));
  return { vars, demand, links, upper };
}
