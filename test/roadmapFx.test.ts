import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roadmapScenario } from '../src/roadmap/roadmapScenario.js';
import type { Roadmap } from '../src/roadmap/types.js';
import { readScenarioText } from '../src/scenario/readScenario.js';
import { highsSolver } from '../src/solver/highsSolver.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * Currencies (docs/roadmap.md, "Currencies"): each figure checked against an independent
 * derivation (scaling, conversion by hand), and metamorphic: a dearer currency never lowers
 * the NPV.
 */
const OPTIONS = { timeLimitSeconds: 120 };
const SMALL = 'test/fixtures/roadmap/small.yaml';
const small = readFileSync(SMALL, 'utf8');

/** The small fixture with MA paid in MAD (and optionally its horizon terms rewritten). */
function withMad(currencies: string, ma = 'MA: { hiring_per_month: 6, lead_months: 1, hire_cost: 2500,'): string {
  return small
    .replace(
      '  countries:\n    MA: { hiring_per_month: 6, lead_months: 1, hire_cost: 2500,',
      `  currencies: ${currencies}\n  countries:\n    ${ma}`,
    )
    .replace(/( {4}MA: \{)/, '$1 currency: MAD,');
}

async function road(text: string): Promise<Roadmap> {
  const r = readScenarioText('fx.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  const o = await roadmapScenario(r.scenario, highsSolver, OPTIONS);
  if (o.status === 'infeasible') throw new Error(o.findings.join('; '));
  return o;
}

describe('a roadmap with countries paid in other currencies', async () => {
  const base = await road(small);

  it('without a shock or drift, a cost written in MAD is the same roadmap as that cost in EUR at the rate', async () => {
    const mad = await road(
      withMad('{ MAD: { rate: 10 } }')
        .replace('hire_cost: 2500', 'hire_cost: 25000')
        .replace('opening_cost: 50000', 'opening_cost: 500000'),
    );
    expect(mad.path.npv).toBeCloseTo(base.path.npv, 2);
    expect(mad.exchangeRates.map(({ byMonth: _, ...x }) => x)).toEqual([
      { currency: 'MAD', pools: ['MA'], rate: 10, drift: 0, shock: 0, first: 10, last: 10 },
    ]);
  });

  it("the in-house team's cost per hour is in its own currency too", async () => {
    const telecom = readFileSync('scenarios/roadmap/telecom-66.yaml', 'utf8');
    const eur = await road(telecom);
    const mad = await road(
      telecom
        .replace('    cost_per_hour: 48\n', '    cost_per_hour: 480\n    currency: MAD\n')
        .replace('  in_house:', '  currencies: { MAD: { rate: 10 } }\n  in_house:'),
    );
    expect(mad.exchangeRates.map((x) => x.pools)).toEqual([['in-house']]);
    expect(mad.path.npv).toBeCloseTo(eur.path.npv, 2);
  });

  it('a scenario paid in one foreign currency only: a shock of s multiplies every cost, so the NPV, by 1 + s', async () => {
    const one = small
      .replace(/ {2}RO: \{[^\n]*\n/, '')
      .replace(/ {2}MA: \{[^\n]*\n/, '')
      .replace(/ {4}MA: \{[^\n]*\n/, '')
      .replace(/ {4}RO: \{[^\n]*\n/, '')
      .replace('    FR: { attrition', '    FR: { currency: MAD, attrition')
      .replace('  countries:\n    FR', '  currencies: { MAD: { rate: 10, shock: 0.1 } }\n  countries:\n    FR');
    const plain = await road(one.replace(', shock: 0.1', ''));
    const shocked = await road(one);
    expect(shocked.path.npv).toBeCloseTo(plain.path.npv * 1.1, 2);
    expect(shocked.exchangeRates[0]?.first).toBeCloseTo(10 / 1.1, 12);
  });

  it('states the rates used: written rate, shock and drift compounded monthly', async () => {
    const r = await road(withMad('{ MAD: { rate: 10.8, drift: 0.03, shock: -0.05 } }'));
    const x = r.exchangeRates[0];
    expect(x?.first).toBeCloseTo(10.8 / 0.95, 10);
    expect(x?.last).toBeCloseTo(10.8 / 0.95 / 1.03 ** (11 / 12), 10);
  });

  it.each([
    ['a shock', '{ MAD: { rate: 10, shock: 0.1 } }'],
    ['a drift', '{ MAD: { rate: 10, drift: 0.2 } }'],
    ['a weaker written rate', '{ MAD: { rate: 8 } }'],
  ])('a dearer dirham (%s) never lowers the NPV', async (_, currencies) => {
    const cheap = await road(withMad('{ MAD: { rate: 10 } }'));
    const dear = await road(withMad(currencies));
    expect(dear.path.npv).toBeGreaterThanOrEqual(cheap.path.npv - 1e-6 * cheap.path.npv);
    // …and a stronger euro never raises it.
    const cheaper = await road(withMad('{ MAD: { rate: 10, shock: -0.2 } }'));
    expect(cheaper.path.npv).toBeLessThanOrEqual(cheap.path.npv + 1e-6 * cheap.path.npv);
  });
});

describe('bestshore roadmap --fx and currency rules', () => {
  it('--fx MAD=+10% is the shock, stated in the output', async () => {
    const dir = scratch('roadmap-fx-');
    const file = dir.write('fx.yaml', withMad('{ MAD: { rate: 10.8 } }'));
    const r = await runMain(['roadmap', file, '--fx', 'MAD=+10%', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { exchange_rates: { currency: string; shock: number; first_month: number }[] };
    expect(doc.exchange_rates[0]).toMatchObject({ currency: 'MAD', shock: 0.1 });
    expect(doc.exchange_rates[0]?.first_month).toBeCloseTo(10.8 / 1.1, 5);
    const csv = await runMain(['roadmap', file, '--fx', 'MAD=+10%', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toMatch(/,rate_MAD$/);
    expect(Number(lines[1]?.split(',').at(-1))).toBeCloseTo(10.8 / 1.1, 5);
    const svg = await runMain(['roadmap', file, '--fx', 'MAD=+10%', '--format', 'svg']);
    expect(svg.stdout).toContain('MAD (MA): 9.8182 → 9.8182 per EUR, first → last month');
    const table = await runMain(['roadmap', file, '--fx', 'MAD=+10%']);
    expect(table.stdout).toMatch(/Exchange rate MAD \(MA\): 10\.8000 = 1 EUR as written; used 9\.8182 in 2027-03/);
  });

  it('no currencies: no exchange rates in the output', async () => {
    const r = await runMain(['roadmap', SMALL, '--format', 'json']);
    expect(r.stdout).not.toContain('exchange_rates');
    expect((await runMain(['roadmap', SMALL])).stdout).not.toContain('Exchange rate');
    expect((await runMain(['roadmap', SMALL, '--format', 'svg'])).stdout).not.toContain(' per EUR');
  });

  it('exits 2 on a malformed --fx, or a currency without a rate, at its line', async () => {
    const bad = await runMain(['roadmap', SMALL, '--fx', 'MAD=10']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fx MAD=10: expected a currency and a change/);
    const dir = scratch('roadmap-fx-');
    const file = dir.write('norate.yaml', withMad('{ MDA: { rate: 10 } }'));
    const r = await runMain(['roadmap', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /norate\.yaml:\d+:\d+ horizon\.countries\.MA\.currency: currency "MAD" has no exchange rate: add horizon\.currencies\.MAD\.rate \(units of MAD for 1 EUR\)/,
    );
    const own = await runMain([
      'validate',
      dir.write('own.yaml', withMad('{ MAD: { rate: 10 }, EUR: { rate: 1.1 } }')),
    ]);
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/horizon\.currencies\.EUR: EUR is the scenario's currency/);
    const code = await runMain(['validate', dir.write('code.yaml', withMad('{ mad: { rate: 10 } }'))]);
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/horizon\.currencies\.mad: expected a map of ISO 4217 currency code/);
  });
});
