import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/buildModel.js';
import { planScenario } from '../src/plan/planScenario.js';
import type { Outcome, Plan } from '../src/plan/types.js';
import { verifyEsg } from '../src/plan/verifyEsg.js';
import { carbonPerHour } from '../src/scenario/esg.js';
import { GRID_TABLE } from '../src/scenario/esgGrid.js';
import { jsLpSolver } from '../src/solver/jsLpSolver.js';
import { close } from './support/checks.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { jsonOf, runMain, scratch } from './support/inProcess.js';
import { rng } from './support/randomScenario.js';
import { scenarioOf } from './support/scenarioText.js';

/**
 * ESG in the model (top-level `esg`): carbon per productive hour, telework, carbon cap and price,
 * social clause. Expected figures are computed here by hand from the factors, never read back
 * from the program's own output.
 */
const BASE = `name: ESG
countries:
  FR: { cost_per_hour: 32, languages: { fr: 0.95 } }
  MA: { cost_per_hour: 17, languages: { fr: 0.85 }, scc: true }
  RO: { cost_per_hour: 21, languages: { fr: 0.88 } }
activities:
  support: { language: fr, hours: 10000 }
`;
const plan = async (text: string): Promise<Outcome> =>
  planScenario(scenarioOf(text), jsLpSolver, { timeLimitSeconds: 30 });
const planned = async (text: string): Promise<Plan> => {
  const o = await plan(text);
  if (o.status === 'infeasible') throw new Error(JSON.stringify(o.diagnosis));
  return o;
};
const hoursIn = (p: Plan, code: string): number =>
  p.allocation.reduce((t, r) => t + (r.country === code ? r.hours : 0), 0);

describe('carbon per productive hour', () => {
  it('grid (built-in Ember figure) × kWh per workstation hour + commuting, telework without commuting', () => {
    const s = scenarioOf(`${BASE}esg:
  carbon: { kwh_per_workstation_hour: 0.2, commute_kg_per_hour: 0.5, kwh_per_telework_hour: 0.1 }
  telework: { FR: 0.4 }
  telework_by_activity: { support: { RO: 0.5 } }
`);
    // FR 2023: 56.04 g/kWh. Site: 56.04 × 0.2 / 1000 + 0.5 = 0.511208 kg; home: 56.04 × 0.1 / 1000 = 0.005604 kg.
    expect(GRID_TABLE['FR']).toEqual({ gPerKwh: 56.04, year: 2023 });
    expect(carbonPerHour(s, 'FR')).toBeCloseTo(0.6 * 0.511208 + 0.4 * 0.005604, 12);
    // MA 2022: 662.64 g/kWh, no telework: 0.132528 + 0.5.
    expect(carbonPerHour(s, 'MA')).toBeCloseTo(0.632528, 12);
    // RO 2023: 240.58 g/kWh; half of support from home: 0.5 × (0.048116 + 0.5) + 0.5 × 0.024058.
    expect(carbonPerHour(s, 'RO', 'support')).toBeCloseTo(0.5 * 0.548116 + 0.5 * 0.024058, 12);
    expect(carbonPerHour(s, 'RO')).toBeCloseTo(0.548116, 12);
  });

  it('is undefined when the scenario asks no carbon (telework alone)', () => {
    const s = scenarioOf(`${BASE}esg:\n  telework: { FR: 0.4 }\n`);
    expect(carbonPerHour(s, 'FR')).toBeUndefined();
  });

  it('a scenario without esg builds the same model as before: no row, no cost changed', () => {
    const s = scenarioOf(BASE);
    const m = buildModel(s);
    expect(m.rows.some((r) => r.kind === 'carbon-cap' || r.kind === 'social-clause')).toBe(false);
    expect(m.vars.map((v) => v.cost)).toEqual([32, 17, 21]);
  });
});

describe('carbon cap, carbon price, social clause: hand-computed plans', () => {
  const CARBON = `esg:
  carbon:
    kwh_per_workstation_hour: 0.1
    commute_kg_per_hour: 0.1
    countries: { FR: { grid_g_per_kwh: 50 }, MA: { grid_g_per_kwh: 600 }, RO: { grid_g_per_kwh: 250 } }
`;
  // kg per hour: FR 0.105, MA 0.16, RO 0.125.
  it('a cap per year is converted to the month and binds: Morocco takes what the cap leaves', async () => {
    // 14.4 t per year = 1.2 t per month. Without MA's quality, cheapest is MA then RO then FR.
    // All MA emits 1,600 kg; all RO 1,250 kg; mixing MA and FR: 0.16 x + 0.105 (10,000 − x) ≤ 1,200 → x ≤ 2,727.27;
    // mixing MA and RO: 0.16 x + 0.125 (10,000 − x) ≤ 1,200 → x ≤ −1,428: impossible; RO alone exceeds too.
    // So the cap forces FR in: cheapest mix of the three under 1,200 kg. By LP duality on two rows
    // (demand, cap) the optimum uses two countries; compare the three pairs by hand:
    //   MA+FR: x_MA = 2,727.27 → 2,727.27 × 17 + 7,272.73 × 32 = 279,090.9
    //   RO+FR: 0.125 y + 0.105 (10,000 − y) ≤ 1,200 → y = 7,500 → 7,500 × 21 + 2,500 × 32 = 237,500
    //   MA+RO: infeasible (both above 0.12 kg per hour on average).
    const p = await planned(`${BASE}${CARBON}  carbon_cap: { tonnes: 14.4, per: year }\n`);
    expect(p.totalCost).toBeCloseTo(237_500, 4);
    expect(hoursIn(p, 'RO')).toBeCloseTo(7_500, 6);
    expect(hoursIn(p, 'FR')).toBeCloseTo(2_500, 6);
    expect(p.esg?.carbon?.tonnes).toBeCloseTo(1.2, 9);
    expect(p.esg?.carbon?.tonnesPerYear).toBeCloseTo(14.4, 9);
  });

  it('a carbon price enters the objective; the cost is reported with and without it', async () => {
    // 1 kWh per workstation hour: kg per hour FR 0.05 + 0.1 = 0.15, MA 0.6 + 0.1 = 0.7, RO 0.25 + 0.1 = 0.35.
    const heavy = CARBON.replace('kwh_per_workstation_hour: 0.1', 'kwh_per_workstation_hour: 1');
    // At 10,000 per tonne: FR 32 + 1.5 = 33.5, MA 17 + 7 = 24, RO 21 + 3.5 = 24.5 → all in MA:
    // cost 170,000, carbon 7 t = 70,000, 240,000 with it.
    const p = await planned(`${BASE}${heavy}  carbon_price: 10000\n`);
    expect(hoursIn(p, 'MA')).toBeCloseTo(10_000, 6);
    expect(p.totalCost).toBeCloseTo(170_000, 4);
    expect(p.esg?.carbon?.carbonCost).toBeCloseTo(70_000, 4);
    expect(p.esg?.carbon?.costWithCarbon).toBeCloseTo(240_000, 4);
    // At 20,000: FR 35, MA 31, RO 28 → all in RO: 210,000 + 3.5 t × 20,000.
    const q = await planned(`${BASE}${heavy}  carbon_price: 20000\n`);
    expect(hoursIn(q, 'RO')).toBeCloseTo(10_000, 6);
    expect(q.totalCost).toBeCloseTo(210_000, 4);
    expect(q.esg?.carbon?.costWithCarbon).toBeCloseTo(280_000, 4);
  });

  it('the social clause puts the insertion hours in the home country, within its insertion share', async () => {
    // 5% of 10,000 h = 500 h in insertion; at most 25% of France's hours: France needs 2,000 h.
    const p = await planned(`${BASE}esg:\n  social_clause: { min_share: 0.05, insertion_share_of_home: 0.25 }\n`);
    expect(hoursIn(p, 'FR')).toBeCloseTo(2_000, 6);
    expect(p.totalCost).toBeCloseTo(2_000 * 32 + 8_000 * 17, 4);
    expect(p.esg?.social?.hours).toBeCloseTo(500, 9);
    expect(p.esg?.social?.homeHours).toBeCloseTo(2_000, 6);
  });

  it('telework: its hours stay in the country (same allocation and legal basis), the share is reported', async () => {
    const without = await planned(BASE);
    const p = await planned(`${BASE}esg:\n  telework: { MA: 0.3 }\n`);
    expect(p.allocation.map((r) => [r.country, r.hours, r.basis])).toEqual(
      without.allocation.map((r) => [r.country, r.hours, r.basis]),
    );
    expect(p.esg?.teleworkHours).toBeCloseTo(3_000, 6);
    expect(p.esg?.countries.find((c) => c.country === 'MA')?.teleworkShare).toBeCloseTo(0.3, 12);
  });
});

describe('telework frees seats (hours planned hour by hour)', () => {
  // 1,456 h a month round the clock = 1456 / 168 / (52/12) = 2 agents every hour. RO is cheaper
  // but has one seat: without telework it takes one agent per hour (728 h), FR the rest.
  const SEATS = `name: seats
timezone: Europe/Paris
week: 2027-01-11
countries:
  FR: { cost_per_hour: 30, languages: { fr: 0.9 }, working_hours: "Mon-Sun 00:00-24:00" }
  RO: { cost_per_hour: 20, languages: { fr: 0.9 }, working_hours: "Mon-Sun 00:00-24:00", seats: 1 }
activities:
  line: { language: fr, hours: 1456, coverage: "Mon-Sun 00:00-24:00" }
`;
  it("half of Romania's hours from home: two agents at work on one seat, all of it in Romania", async () => {
    const without = await planned(SEATS);
    expect(without.totalCost).toBeCloseTo(728 * 20 + 728 * 30, 4);
    const p = await planned(`${SEATS}esg:\n  telework: { RO: 0.5 }\n`);
    expect(hoursIn(p, 'RO')).toBeCloseTo(1456, 6);
    expect(p.totalCost).toBeCloseTo(1456 * 20, 4);
    expect(p.allocation.map((r) => r.basis)).toEqual(
      without.allocation.filter((r) => r.country === 'RO').map((r) => r.basis),
    );
  });
});

describe('metamorphic: random factors, caps and prices', () => {
  const SEEDS = Array.from({ length: Number(process.env['ESG_CASES'] ?? 12) }, (_, i) => 7301 + i);
  const scenario = (seed: number): string => {
    const r = rng(seed);
    const codes = ['FR', 'MA', 'RO', 'PT'];
    const countries = codes.map(
      (c) =>
        `  ${c}: { cost_per_hour: ${r.int(15, 35)}, languages: { fr: ${r.step(0.8, 0.95, 0.01)} }${c === 'MA' ? ', scc: true' : ''}${r.chance(0.3) ? `, capacity_hours: ${r.int(2000, 6000)}` : ''} }`,
    );
    const grids = codes.map((c) => `${c}: { grid_g_per_kwh: ${r.int(30, 800)} }`).join(', ');
    return (
      `name: random ${seed}\ncountries:\n${countries.join('\n')}\nactivities:\n  a: { language: fr, hours: ${r.int(3000, 8000)} }\n  b: { language: fr, hours: ${r.int(1000, 4000)} }\n` +
      `esg:\n  carbon: { kwh_per_workstation_hour: ${r.step(0.05, 0.3, 0.01)}, commute_kg_per_hour: ${r.step(0.05, 1, 0.01)}, countries: { ${grids} } }\n  telework: { FR: ${r.step(0, 0.6, 0.1)} }\n`
    );
  };
  const cost = (o: Outcome): number => (o.status === 'infeasible' ? Infinity : o.totalCost);
  const carbon = (o: Outcome): number => (o.status === 'infeasible' ? NaN : (o.esg?.carbon?.tonnes ?? NaN));

  it('a tighter carbon cap never lowers the cost; a higher carbon price never raises the carbon', async () => {
    const failures: string[] = [];
    let binding = 0;
    for (const seed of SEEDS) {
      const text = scenario(seed);
      const free = await plan(text);
      const t0 = carbon(free);
      if (!Number.isFinite(t0)) continue;
      // Caps at 95% and 85% of the uncapped plan's tonnes per month.
      const [loose, tight] = [
        await plan(`${text}  carbon_cap: { tonnes: ${t0 * 0.95}, per: month }\n`),
        await plan(`${text}  carbon_cap: { tonnes: ${t0 * 0.85}, per: month }\n`),
      ];
      if (cost(loose) > cost(free) + 1e-6) binding++;
      if (cost(tight) < cost(loose) && !close(cost(tight), cost(loose)))
        failures.push(`seed ${seed}: tighter cap lowered the cost ${cost(loose)} → ${cost(tight)}`);
      for (const [o, k] of [
        [loose, 0.95],
        [tight, 0.85],
      ] as const) {
        if (o.status !== 'infeasible' && carbon(o) > t0 * k * (1 + 1e-6))
          failures.push(`seed ${seed}: plan above its cap (${carbon(o)} > ${t0 * k})`);
      }
      let last = t0;
      for (const price of [50, 500, 5_000, 50_000]) {
        const t = carbon(await plan(`${text}  carbon_price: ${price}\n`));
        if (t > last * (1 + 1e-9) + 1e-9)
          failures.push(`seed ${seed}: price ${price} raised the carbon ${last} → ${t}`);
        last = t;
      }
    }
    expect(failures).toEqual([]);
    expect(binding).toBeGreaterThan(SEEDS.length / 2);
  }, 240_000);
});

describe('the verifier checks ESG on its own', () => {
  const TEXT = `${BASE}esg:
  carbon: { kwh_per_workstation_hour: 0.1, commute_kg_per_hour: 0.1, countries: { FR: { grid_g_per_kwh: 50 }, MA: { grid_g_per_kwh: 600 }, RO: { grid_g_per_kwh: 250 } } }
  carbon_cap: { tonnes: 1.2, per: month }
  carbon_price: 100
  social_clause: { min_share: 0.05, insertion_share_of_home: 0.25 }
`;
  it('passes the plan, and catches hours moved to a dirtier country, a forged carbon figure, a social shortfall', async () => {
    const s = scenarioOf(TEXT);
    const p = await planned(TEXT);
    expect(verifyEsg(s, p)).toEqual([]);
    // The cap and the clause: RO 0.125 kg, FR 0.105 kg per hour → FR 2,500 h, RO 7,500 h (1,200 kg).
    expect(hoursIn(p, 'FR')).toBeCloseTo(2_500, 6);
    expect(hoursIn(p, 'MA')).toBe(0);
    // Move 1,000 h from France to Morocco: 55 kg more, above the cap, and France (1,500 h) below its 2,000 h.
    const fr = p.allocation.filter((r) => r.country === 'FR');
    const moved: Plan = {
      ...p,
      allocation: [
        ...p.allocation.map((r) => (r.country === 'FR' ? { ...r, hours: r.hours - 1000 } : r)),
        ...fr.map((r) => ({ ...r, country: 'MA', hours: 1000 })),
      ],
    };
    const msgs = verifyEsg(s, moved);
    expect(msgs.some((m) => m.startsWith('esg.carbon_cap:'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('esg.social_clause.min_share:'))).toBe(true);
    const esg = p.esg;
    if (!esg?.carbon) throw new Error('no carbon');
    const forged: Plan = { ...p, esg: { ...esg, carbon: { ...esg.carbon, tonnes: esg.carbon.tonnes * 0.9 } } };
    expect(verifyEsg(s, forged).some((m) => m.startsWith('reported carbon'))).toBe(true);
  });
});

describe('the CLI: reports, explain, bad input', () => {
  const FILE = 'test/fixtures/valid/esg-carbon-cap.yaml';
  it('JSON carries esg (tonnes per month and year) with format_version 1; the table and Markdown show it', async () => {
    const doc = (await jsonOf(['plan', FILE, '--format', 'json'])) as {
      format_version: number;
      esg: {
        carbon: { t_co2e: number; t_co2e_per_year: number; cap: { t_co2e_per_period: number } };
        countries: { country: string; t_co2e: number }[];
      };
    };
    expect(doc.format_version).toBe(1);
    expect(doc.esg.carbon.t_co2e).toBeCloseTo(1.215, 6);
    expect(doc.esg.carbon.t_co2e_per_year).toBeCloseTo(1.215 * 12, 5);
    expect(doc.esg.countries.map((c) => [c.country, c.t_co2e])).toEqual([
      ['FR', 0.735],
      ['MA', 0.48],
    ]);
    const table = await runMain(['plan', FILE]);
    expect(table.stdout).toContain('ESG (per month; telework hours stay in their country)');
    expect(table.stdout).toContain('Carbon cap: 1.215 tCO2e per month against a cap of 1.215 (1.215 t per month).');
    const md = await runMain(['plan', FILE, '--format', 'md']);
    expect(md.stdout).toContain('### ESG (per month; telework hours stay in their country)');
  });

  it('XLSX: an ESG sheet whose tonnes are the JSON tonnes, the total a SUM', async () => {
    const { dir } = scratch('bestshore-esg-');
    const out = join(dir, 'esg.xlsx');
    const r = await runMain(['plan', FILE, '--format', 'xlsx', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const sheets = (await readExcelFile(readFileSync(out))) as { sheet: string; data: unknown[][] }[];
    const esg = sheets.find((x) => x.sheet === 'ESG');
    expect(esg?.data[0]).toEqual([
      'Country',
      'Hours',
      'Telework hours',
      'Telework share',
      'kgCO2e per hour',
      'tCO2e per month',
      'tCO2e per year',
    ]);
    // FR 7,000 h × 0.105 kg = 0.735 t; MA 3,000 h × 0.16 kg = 0.48 t; total 1.215 t.
    expect(esg?.data.slice(1, 4).map((row) => [row[0], row[5]])).toEqual([
      ['FR', 0.735],
      ['MA', 0.48],
      ['Total', 1.215],
    ]);
  });

  it('explain: the cheapest way out of a social clause home cannot give, figures by hand', async () => {
    // 60 h in insertion is 20% of FR's 300 h: min_share 0.06; FR 300 h × 32 + RO 700 h × 21 = 24,300.
    // Or 500 h in FR (20% = 100 h): 500 × 32 + 500 × 21 = 26,500.
    const r = await runMain(['explain', 'test/fixtures/infeasible/esg-social-clause.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  - lower esg.social_clause.min_share from 0.10 to 0.06 (line 10): a plan at 24,300 EUR/month\n',
    );
    expect(r.stdout).toContain('  - add 200 h of capacity in FR (300 → 500 h) (line 5): a plan at 26,500 EUR/month\n');
  });

  it('explain prices the carbon cap, the social clause and the carbon price', async () => {
    const doc = (await jsonOf(['explain', 'test/fixtures/valid/esg-carbon-cap.yaml', '--format', 'json'])) as {
      rules: { rule: string; saving: number }[];
    };
    // Without the cap everything goes to Morocco: 170,000 instead of 275,000.
    expect(doc.rules.find((r) => r.rule === 'esg.carbon_cap')?.saving).toBeCloseTo(105_000, 4);
  });
});
