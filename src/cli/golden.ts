import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { parseExpectedJson, toExpectation, type Expectation } from '../check/expectation.js';
import type { Scenario } from '../scenario/types.js';
import { writeAtomic } from './writeAtomic.js';

/** Where a scenario's golden result lives: an `expect:` block in it, or `<name>.expected.json` beside it. */
export const goldenPath = (file: string): string => file.replace(/\.ya?ml$/i, '') + '.expected.json';

export type Golden =
  | { readonly kind: 'found'; readonly expectation: Expectation; readonly where: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly message: string };

export async function readGolden(file: string, scenario: Scenario): Promise<Golden> {
  if (scenario.expect) return { kind: 'found', expectation: toExpectation(scenario.expect), where: `${file} (expect:)` };
  const path = goldenPath(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  const parsed = parseExpectedJson(text);
  return typeof parsed === 'string' ? { kind: 'invalid', message: `${path}: ${parsed}` } : { kind: 'found', expectation: parsed, where: path };
}

/** Rewrite a golden result where it lives (the YAML `expect:` block keeps the file's comments). */
export async function writeGolden(file: string, scenario: Scenario, golden: Record<string, unknown>): Promise<string> {
  if (scenario.expect) {
    const doc = parseDocument(await readFile(file, 'utf8'));
    doc.set('expect', doc.createNode(golden));
    await writeAtomic(file, doc.toString());
    return file;
  }
  const path = goldenPath(file);
  await writeAtomic(path, `${JSON.stringify(golden, null, 2)}\n`);
  return path;
}
