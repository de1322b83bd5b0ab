import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../src/report/jsonDocument.js';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

const telecom = join(ROOT, 'scenarios/telecom.yaml');

describe('--format json: one JSON document on stdout, whatever happens', () => {
  it('every JSON output starts with format_version', async () => {
    const runs = [
      ['plan', telecom, '-f', 'json'],
      ['compare', telecom, join(ROOT, 'scenarios/tourism.yaml'), '--format', 'json'],
      ['sweep', telecom, '--vary', 'countries.MA.cost_per_hour=15..19:3', '--format', 'json'],
      ['erlang', '--volume', '100', '--aht', '180', '--format=json'],
      ['validate', telecom, '--format', 'json'],
      ['alternatives', telecom, '--count', '1', '--format', 'json'],
    ];
    for (const argv of runs) {
      const r = await runMain(argv);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.startsWith(`{\n  "format_version": ${FORMAT_VERSION},\n`), argv[0]).toBe(true);
    }
  }, 120_000);

  it('an invalid scenario: status invalid, every problem with file, line, field; the text on stderr too', async () => {
    const { write } = scratch('bestshore-json-errors-');
    const file = write(
      'bad.yaml',
      'name: x\ncountries:\n  FR: { cost_per_hour: -3, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 10 }\n',
    );
    const r = await runMain(['plan', file, '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      format_version: number;
      status: string;
      exit_code: number;
      errors: { file: string; line: number; path: string }[];
    };
    expect(doc).toMatchObject({ format_version: FORMAT_VERSION, status: 'invalid', exit_code: 2 });
    expect(doc.errors).toContainEqual(expect.objectContaining({ file, line: 3, path: 'countries.FR.cost_per_hour' }));
    expect(r.stderr).toContain(`${file}:3:`);
  });

  it('a usage error is status usage; the same error in text mode leaves stdout empty', async () => {
    const r = await runMain(['plan', telecom, '--format', 'json', '--time-limit', '-1']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'usage',
      exit_code: 2,
      message: expect.stringContaining('--time-limit'),
    });
    const text = await runMain(['plan', telecom, '--time-limit', '-1']);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
  });

  it('validate --format json: a verdict per file, diagnostics with their lines, exit 2 if any is invalid', async () => {
    const { write } = scratch('bestshore-json-validate-');
    const bad = write('bad.yaml', 'name: x\n');
    const r = await runMain(['validate', telecom, bad, '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      valid: boolean;
      invalid: number;
      files: { file: string; valid: boolean; activities?: number; diagnostics: { line: number; path: string }[] }[];
    };
    expect(doc.valid).toBe(false);
    expect(doc.invalid).toBe(1);
    expect(doc.files.map((f) => [f.file, f.valid])).toEqual([
      [telecom, true],
      [bad, false],
    ]);
    expect(doc.files[0]?.activities).toBe(4);
    expect(doc.files[1]?.diagnostics.map((d) => d.path)).toContain('countries');
    expect(r.stderr).toBe('bestshore: 1 of 2 files invalid\n');
  });
});
