import { describe, expect, it } from 'vitest';
import { jsonOf, runMain } from './support/inProcess.js';

/**
 * The annex's ESG section (test/fixtures/valid/esg-carbon-cap.yaml): its figures are the plan's
 * JSON figures, in French and English; the carbon price only in the internal edition.
 */
const FILE = 'test/fixtures/valid/esg-carbon-cap.yaml';

describe('annex: ESG section', () => {
  it("the annex has an ESG section in French and English with the plan's tonnes", async () => {
    const plan = (await jsonOf(['plan', FILE, '--format', 'json'])) as { esg: { carbon: { t_co2e: number } } };
    expect(plan.esg.carbon.t_co2e).toBeCloseTo(1.215, 9);
    const fr = await runMain(['annex', FILE, '--format', 'md']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stdout).toContain('Engagements environnementaux et sociaux');
    expect(fr.stdout).toContain('| **Total** | **10\u202f000** | **0,0\u00a0%** |  | **1,215** | **14,580** |');
    expect(fr.stdout).toContain('la base juridique des transferts de données est inchangée');
    const en = await runMain(['annex', FILE, '--format', 'md', '--lang', 'en']);
    expect(en.stdout).toContain('Environmental and social commitments');
    expect(en.stdout).toContain('Carbon cap: 1.215 tCO₂e per month; the plan emits 1.215 tCO₂e over the same period.');
    expect(en.stdout).toContain("France: 50.00 gCO₂e/kWh (bidder's figure)");
  });

  it('the internal edition states the carbon price and the cost without and with it; the client edition does not', async () => {
    const text = `${FILE}`;
    const args = (edition: string): string[] => [
      'annex',
      text,
      '--format',
      'md',
      '--lang',
      'en',
      '--edition',
      edition,
      '--set',
      'esg.carbon_price=100',
    ];
    const internal = await runMain(args('internal'));
    expect(internal.code, internal.stderr).toBe(0);
    // 1.215 t × 100 = 121.50 on top of 275,000.
    expect(internal.stdout).toContain(
      'Internal carbon price: €100.00 per tCO₂e, i.e. €121.50 per month; cost without carbon €275,000.00, with carbon €275,121.50',
    );
    const client = await runMain(args('client'));
    expect(client.stdout).not.toContain('carbon price');
    expect(client.stdout).toContain('Environmental and social commitments');
  });

  it('a scenario without esg has no ESG section', async () => {
    const r = await runMain([
      'annex',
      'test/fixtures/valid/global-rules-binding.yaml',
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Environmental and social');
  });
});
