import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { jsonOf, runMain, scratch } from './support/inProcess.js';
import { planScenario } from '../src/plan/planScenario.js';
import type { Outcome, Plan } from '../src/plan/types.js';
import { verifyRota } from '../src/plan/verifyRota.js';
import { shiftLines } from '../src/report/plan/rotaView.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * Shift rotas against a brute-force oracle: every whole number of agents on every shift the
 * rules allow (start on the hour inside the working hours, an allowed length), the coverage
 * checked hour by hour from the hours each hour needs, the part-time cap and the quality floor on
 * the totals. Period `week`: one reference week, so an hour's hours are its agents.
 */
const plan = async (yaml: string): Promise<Outcome> =>
  planScenario(scenarioOf(yaml), highsSolver, { timeLimitSeconds: 60 });
const planned = async (yaml: string): Promise<Plan> => {
  const o = await plan(yaml);
  if (o.status === 'infeasible') throw new Error(`no plan: ${o.diagnosis.map((f) => f.message).join('; ')}`);
  return o;
};

/** Demand 1.8, 3.6, 3.6, 1.8 agents at 08:00–11:00 (hours 10.8 over weights 1, 2, 2, 1). */
const NEED = [1.8, 3.6, 3.6, 1.8];
const FIRST = 8;

function oneCountry(partShare: number, partTime = '[2]'): string {
  return `name: rota oracle
period: week
timezone: Europe/Paris
shifts: { full_time: [4], part_time: ${partTime}, max_part_time_share: ${partShare}, mip_gap: 0 }
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 }, working_hours: "Mon-Sun 08:00-13:00" }
activities:
  desk:
    language: fr
    hours: 10.8
    coverage: "Mon 08:00-12:00"
    profile: { hours: { "08": 1, "09": 2, "10": 2, "11": 1 } }
`;
}

type Shift = { start: number; length: number; part: boolean };

/** Every shift inside 08:00–13:00 that covers some hour of work. */
function shifts(lengths: readonly { length: number; part: boolean }[]): Shift[] {
  return lengths.flatMap(({ length, part }) =>
    Array.from({ length: 13 - length - FIRST + 1 }, (_, i) => ({ start: FIRST + i, length, part })).filter(
      (s) => s.start < FIRST + NEED.length,
    ),
  );
}

/** Each vector of counts 0..max for `n` shifts. */
function* counts(n: number, max: number): Generator<number[]> {
  const v = new Array<number>(n).fill(0);
  for (;;) {
    yield [...v];
    let i = 0;
    while (i < n && v[i] === max) v[i++] = 0;
    if (i === n) return;
    v[i] = (v[i] ?? 0) + 1;
  }
}

const agentsAt = (ss: readonly Shift[], n: readonly number[], t: number): number =>
  ss.reduce((sum, s, i) => sum + (t >= s.start && t < s.start + s.length ? (n[i] ?? 0) : 0), 0);

function bruteOneCountry(partShare: number, lengths: readonly { length: number; part: boolean }[]): number {
  const ss = shifts(lengths);
  let best = Infinity;
  for (const n of counts(ss.length, 4)) {
    const hours = ss.reduce((t, s, i) => t + s.length * (n[i] ?? 0), 0);
    const part = ss.reduce((t, s, i) => t + (s.part ? s.length * (n[i] ?? 0) : 0), 0);
    if (part > partShare * hours + 1e-9) continue;
    if (NEED.every((d, i) => agentsAt(ss, n, FIRST + i) >= d)) best = Math.min(best, 30 * hours);
  }
  return best;
}

describe('rota against a brute-force oracle', () => {
  for (const share of [1, 0.5, 0.2]) {
    it(`one country, 4 h and 2 h shifts, part-time share ≤ ${share}`, async () => {
      const p = await planned(oneCountry(share));
      const oracle = bruteOneCountry(share, [
        { length: 4, part: false },
        { length: 2, part: true },
      ]);
      expect(Number.isFinite(oracle)).toBe(true);
      expect(p.totalCost).toBeCloseTo(oracle, 6);
      expect(p.rota?.shifts.every((s) => Number.isInteger(s.agents) && s.agents > 0)).toBe(true);
    });
  }

  it('two countries and a quality floor: the split and the shifts together', async () => {
    const yaml = `name: rota split
period: week
timezone: Europe/Paris
shifts: { full_time: [4], part_time: [], mip_gap: 0 }
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.95 }, working_hours: "Mon-Sun 08:00-13:00" }
  MA: { cost_per_hour: 17, languages: { fr: 0.85 }, scc: true, working_hours: "Mon-Sun 08:00-13:00" }
activities:
  desk:
    language: fr
    hours: 10.8
    min_quality: 0.9
    coverage: "Mon 08:00-12:00"
    profile: { hours: { "08": 1, "09": 2, "10": 2, "11": 1 } }
`;
    const p = await planned(yaml);
    // Shifts 08–12 and 09–13 in each country; FR answers all it can (the floor favours it), MA the rest.
    const ss = shifts([{ length: 4, part: false }]);
    let best = Infinity;
    for (const fr of counts(ss.length, 5)) {
      for (const ma of counts(ss.length, 5)) {
        let ok = true;
        let quality = 0;
        NEED.forEach((d, i) => {
          const xFr = Math.min(agentsAt(ss, fr, FIRST + i), d);
          if (d - xFr > agentsAt(ss, ma, FIRST + i) + 1e-9) ok = false;
          quality += (0.95 - 0.9) * xFr + (0.85 - 0.9) * (d - xFr);
        });
        if (!ok || quality < -1e-9) continue;
        const cost = fr.reduce((t, k) => t + 4 * 30 * k, 0) + ma.reduce((t, k) => t + 4 * 17 * k, 0);
        best = Math.min(best, cost);
      }
    }
    expect(p.totalCost).toBeCloseTo(best, 6);
  });
});

describe('rota: metamorphic properties', () => {
  // One day of a week: small enough to prove every rota optimal (mip_gap: 0) in a test.
  const base = (shifts: string, extra = ''): string => `name: rota props
period: week
timezone: Europe/Paris
${shifts}
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95, en: 0.85 }${extra} }
  RO: { cost_per_hour: 21, languages: { fr: 0.88, en: 0.9 }, working_hours: "Mon-Sat 08:00-20:00" }
activities:
  sales:
    language: fr
    hours: 40
    min_quality: 0.9
    coverage: "Mon 09:00-18:00"
  support:
    language: fr
    hours: 30
    coverage: "Mon 08:00-20:00"
  english:
    language: en
    hours: 12
    coverage: "Mon 09:00-17:00"
`;
  const rules = 'shifts: { full_time: [8], part_time: [4], max_part_time_share: 0.3, mip_gap: 0 }';

  it('a rota never costs less than planning each hour on its own, and pays at least the work', async () => {
    const rota = await planned(base(rules));
    const hourly = await planned(base('shifts: none'));
    expect(rota.totalCost).toBeGreaterThanOrEqual(hourly.totalCost - 1e-6);
    expect(rota.totalHours).toBeCloseTo(hourly.totalHours, 6);
    const idle = rota.allocation.reduce((t, r) => t + r.idleHours, 0);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(rota.totalFte).toBeGreaterThanOrEqual(hourly.totalFte - 1e-9);
  });

  it('forbidding part-time never lowers the cost; multi-skilled agents never raise it', async () => {
    const withPart = await planned(base(rules));
    const fullOnly = await planned(base('shifts: { full_time: [8], part_time: [], mip_gap: 0 }'));
    const multi = await planned(
      base('shifts: { full_time: [8], part_time: [4], max_part_time_share: 0.3, multi_skill: true, mip_gap: 0 }'),
    );
    expect(fullOnly.totalCost).toBeGreaterThanOrEqual(withPart.totalCost - 1e-6);
    expect(multi.totalCost).toBeLessThanOrEqual(withPart.totalCost + 1e-6);
    // Multi-skilled shifts serve a language: fr shifts carry sales and support together.
    expect(
      multi.rota?.shifts.some(
        (s) => s.group === 'fr' && s.activities.includes('sales') && s.activities.includes('support'),
      ),
    ).toBe(true);
  });

  it('fewer seats never lower the cost, and the seats hold agent by agent', async () => {
    const free = await planned(base(rules));
    const peak = (p: Plan, code: string): number => {
      const at = new Map<number, number>();
      for (const s of p.rota?.shifts ?? []) {
        if (s.country !== code) continue;
        for (let i = 0; i < s.length; i++) at.set(s.start + i, (at.get(s.start + i) ?? 0) + s.agents);
      }
      return Math.max(0, ...at.values());
    };
    // RO works the same hours without a seat cap and takes support and English (not sales, whose
    // quality floor only FR meets): one seat fewer than the free plan's peak still leaves a plan.
    const seats = Math.max(1, peak(free, 'FR') - 1);
    const tight = await planned(base(rules, `, seats: ${seats}`));
    expect(tight.totalCost).toBeGreaterThanOrEqual(free.totalCost - 1e-6);
    expect(peak(tight, 'FR')).toBeLessThanOrEqual(seats);
  });
});

describe('rota verifier', () => {
  it('catches a rota with an agent too few, a forbidden length and wrong paid hours', async () => {
    const s = scenarioOf(oneCountry(1));
    const p = await planned(oneCountry(1));
    expect(verifyRota(s, p)).toEqual([]);
    const shifts = p.rota?.shifts ?? [];
    const [first, ...rest] = shifts;
    if (!first || !p.rota) throw new Error('no shifts');
    const fewer = {
      ...p,
      rota: {
        ...p.rota,
        shifts: [{ ...first, agents: first.agents - 1, paidHours: first.paidHours - first.length }, ...rest],
      },
    };
    expect(verifyRota(s, fewer).join('\n')).toMatch(/on shift|paid hours/);
    const longer = { ...p, rota: { ...p.rota, shifts: [{ ...first, length: 3 }, ...rest] } };
    expect(verifyRota(s, longer).join('\n')).toMatch(/not an allowed/);
  });
});

describe('rota in the JSON and XLSX outputs', () => {
  it("carries every shift: the workbook's Rota sheet holds the JSON rota, paid hours = agents × length × weeks", async () => {
    const { dir, write } = scratch('bestshore-rota-');
    const file = write('rota.yaml', oneCountry(0.5));
    const json = await jsonOf(['plan', file, '-f', 'json']);
    const rota = json['rota'] as { agents: number; length_hours: number; paid_hours: number; part_time: boolean }[];
    expect(rota.length).toBeGreaterThan(0);
    for (const sh of rota) expect(sh.paid_hours).toBeCloseTo(sh.agents * sh.length_hours, 6);
    const allocation = json['allocation'] as { hours: number; idle_hours: number }[];
    const paid = rota.reduce((t, sh) => t + sh.paid_hours, 0);
    expect(allocation.reduce((t, r) => t + r.hours + r.idle_hours, 0)).toBeCloseTo(paid, 6);
    const out = join(dir, 'rota.xlsx');
    expect((await runMain(['plan', file, '-f', 'xlsx', '-o', out])).code).toBe(0);
    const sheets = (await readExcelFile(readFileSync(out))) as { sheet: string; data: unknown[][] }[];
    const sheet = sheets.find((x) => x.sheet === 'Rota');
    expect(sheet).toBeDefined();
    const [head = [], ...rows] = sheet?.data ?? [];
    const col = (name: string): number => head.findIndex((h) => String(h).startsWith(name));
    const body = rows.filter((r) => r[0] !== 'Total');
    expect(body.length).toBe(rota.length);
    expect(body.reduce((t, r) => t + Number(r[col('Agents')]), 0)).toBe(rota.reduce((t, sh) => t + sh.agents, 0));
    expect(body.reduce((t, r) => t + Number(r[col('Paid hours')]), 0)).toBeCloseTo(paid, 6);
  });
});

describe('rota summary line', () => {
  it("counts the shifts' paid hours only, not the hours of activities without opening hours", async () => {
    const p = await planned(`${oneCountry(1)}  mail: { language: fr, hours: 100 }\n`);
    const shifts = p.rota?.shifts.reduce((t, sh) => t + sh.paidHours, 0) ?? 0;
    expect(shifts).toBeGreaterThan(0);
    const [line] = shiftLines(p, 'en');
    expect(line).toContain(`Shifts: ${shifts.toLocaleString('en-GB', { maximumFractionDigits: 0 })} paid hours`);
    expect(p.totalHours).toBeGreaterThan(shifts);
  });
});
