import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sheetNumber } from '../src/scenario/sheetData.js';
import { ROOT } from './helpers.js';
import { jsonOf, runMain, scratch } from './support/inProcess.js';

/**
 * Rates and volumes from the client's sheet (`--data`): each cell changes the scenario as a
 * `--set` would, and an error in a cell names the cell.
 */
const { dir, write } = scratch('bestshore-data-');
const telecom = join(ROOT, 'scenarios/telecom.yaml');
type Row = { country: string; hours: number; cost: number };

async function xlsx(name: string, sheet: string, rows: (string | number | null)[][]): Promise<string> {
  const path = join(dir, name);
  await writeXlsxFile([{ sheet, data: rows }]).toFile(path);
  return path;
}

describe('--data', () => {
  it('reads a French CSV of rates: pays;taux horaire, decimal commas, lower-case codes', async () => {
    const csv = write('taux.csv', '\uFEFFpays;taux horaire;capacité\r\nFR;33,5;12 000\r\nma;18;\r\n');
    const plan = await jsonOf(['plan', telecom, '--data', csv, '-f', 'json']);
    const countries = plan.countries as Row[];
    const fr = countries.find((c) => c.country === 'FR');
    const ma = countries.find((c) => c.country === 'MA');
    // Each country's cost is its hours at the rate of the sheet (no premiums, no fixed cost here),
    // up to the JSON's rounding of hours to the cent of an hour.
    expect(Math.abs((fr?.cost ?? NaN) - (fr?.hours ?? NaN) * 33.5)).toBeLessThanOrEqual(0.01 + 0.005 * 33.5);
    expect(Math.abs((ma?.cost ?? NaN) - (ma?.hours ?? NaN) * 18)).toBeLessThanOrEqual(0.01 + 0.005 * 18);
  });

  it('reads activity volumes from a workbook, anywhere on a sheet, and --set still wins', async () => {
    const book = await xlsx('volumes.xlsx', 'Forecast', [
      [],
      [null, 'Activity', 'Hours'],
      [null, 'acquisition', 6500],
      [null, 'back-office', 5000],
    ]);
    const plan = await jsonOf([
      'plan',
      telecom,
      '--data',
      book,
      '--set',
      'activities.back-office.hours=4000',
      '-f',
      'json',
    ]);
    const hours = Object.fromEntries(
      (plan.activities as { activity: string; hours: number }[]).map((a) => [a.activity, a.hours]),
    );
    expect(hours).toMatchObject({ acquisition: 6500, 'back-office': 4000, 'tech-support': 7200 });
  });

  it('names the cell of a value the scenario refuses, and of a column it cannot place', async () => {
    const book = await xlsx('rates.xlsx', 'Rates', [
      ['country', 'cost_per_hour'],
      ['FR', 'cheap'],
      ['RO', '1,200'],
    ]);
    const r = await runMain(['plan', telecom, '--data', book]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${book} Rates!B2: countries.FR.cost_per_hour: expected a positive cost per hour`);
    expect(r.stderr).toContain(
      `${book} Rates!B3: countries.RO.cost_per_hour: expected a positive cost per hour (got "1,200": write 1200 for thousands, or 1.2 if the comma is a decimal one)`,
    );
    const bad = await xlsx('bad.xlsx', 'Rates', [
      ['country', 'cost_per_hour', 'margin'],
      ['FR', 30, 0.1],
    ]);
    const b = await runMain(['plan', telecom, '--data', bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(
      `${bad} Rates!C1: unknown column "margin": expected one of cost_per_hour, capacity_hours, fixed_cost, seats, hours_per_fte`,
    );
  });

  it('refuses a file it cannot read, or with no table, as a usage error', async () => {
    expect((await runMain(['plan', telecom, '--data', join(dir, 'none.xlsx')])).code).toBe(2);
    const r = await runMain(['plan', telecom, '--data', write('notes.csv', 'hello;world\r\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no table found');
    expect((await runMain(['plan', telecom, '--data', write('x.txt', 'country,rate\r\nFR,30\r\n')])).stderr).toContain(
      'expected an .xlsx or .csv file',
    );
  });
});

describe('numbers as a sheet writes them', () => {
  it('reads French text numbers, leaves the ambiguous ones as text', () => {
    expect(['33,5', '1 200', '12 000,50', '7', '0,125', '1,200', '80%', 'x'].map(sheetNumber)).toEqual([
      33.5,
      1200,
      12000.5,
      7,
      0.125,
      '1,200',
      '80%',
      'x',
    ]);
  });
});

describe('--data against hostile workbooks', () => {
  it('refuses a workbook that would unpack past 64 MiB, without unpacking it', async () => {
    const { zipSync } = await import('fflate');
    const bomb = write('bomb.xlsx', '');
    // 80 MiB of zeros compress to a few tens of KiB.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bomb, zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 }));
    const r = await runMain(['plan', telecom, '--data', bomb]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the workbook unpacks to 83886080 bytes; the limit is 67108864 bytes (64 MiB)');
  });

  it('a file that is no workbook is a usage error, not a crash', async () => {
    const r = await runMain(['plan', telecom, '--data', write('fake.xlsx', 'not a zip')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read it as an Excel workbook (.xlsx)');
  });
});
