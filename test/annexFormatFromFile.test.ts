import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

const telecom = join(ROOT, 'scenarios/telecom.yaml');

describe('annex -o FILE without --format: the format the extension names', () => {
  it('-o annexe.docx writes a Word file (a zip), -o annexe.md Markdown, any other name HTML', async () => {
    const { dir } = scratch('bestshore-annex-ext-');
    const docx = join(dir, 'annexe.DOCX');
    expect((await runMain(['annex', telecom, '-o', docx])).code).toBe(0);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    const md = join(dir, 'annexe.md');
    expect((await runMain(['annex', telecom, '-o', md])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe((await runMain(['annex', telecom, '--format', 'md'])).stdout);
    const other = join(dir, 'annexe.txt');
    expect((await runMain(['annex', telecom, '-o', other])).code).toBe(0);
    expect(readFileSync(other, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  }, 60_000);

  it('an extension that contradicts --format is a usage error, and nothing is written', async () => {
    const { dir } = scratch('bestshore-annex-ext-');
    const r = await runMain(['annex', telecom, '--format', 'html', '-o', join(dir, 'annexe.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the file's extension says docx, --format says html");
  });
});
