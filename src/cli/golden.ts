import { parseDocument } from 'yaml';
import { parseExpectedJson, toExpectation, type Expectation } from '../check/expectation.js';
import { UsageError } from '../errors.js';
import { readInput, type FileId } from '../files/readInput.js';
import { decodeUtf8, MAX_SCENARIO_BYTES } from '../scenario/parseYaml.js';
import type { Scenario } from '../scenario/types.js';
import { inStyle, textStyleOf } from '../text/lineEndings.js';
import type { Io } from './io.js';
import { writeOutput } from './writeOutput.js';

/** Where a scenario's golden result lives: an `expect:` block in it, or `<name>.expected.json` beside it. */
export const goldenPath = (file: string): string => file.replace(/\.ya?ml$/i, '') + '.expected.json';

/** `id`: the golden file read, when it is not the scenario itself. */
export type Golden =
  | { readonly kind: 'found'; readonly expectation: Expectation; readonly where: string; readonly id?: FileId }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly message: string };

export async function readGolden(file: string, scenario: Scenario): Promise<Golden> {
  if (scenario.expect)
    return { kind: 'found', expectation: toExpectation(scenario.expect), where: `${file} (expect:)` };
  const path = goldenPath(file);
  const read = await readInput(path, MAX_SCENARIO_BYTES, 'golden result file');
  if (!read.ok) return read.notFound ? { kind: 'missing' } : { kind: 'invalid', message: `${path}: ${read.reason}` };
  const decoded = decodeUtf8(path, read.bytes);
  if ('error' in decoded) return { kind: 'invalid', message: `${path}: ${decoded.error.message}` };
  const parsed = parseExpectedJson(decoded.text);
  return typeof parsed === 'string'
    ? { kind: 'invalid', message: `${path}: ${parsed}` }
    : { kind: 'found', expectation: parsed, where: path, id: read.id };
}

/**
 * Rewrite a golden result where it lives (the YAML `expect:` block keeps the file's comments,
 * byte-order mark and line ends);
 * `inputs`: the scenario's files, which a `.expected.json` must not be. Returns the file written.
 */
export async function writeGolden(
  io: Io,
  file: string,
  scenario: Scenario,
  golden: Record<string, unknown>,
  inputs: readonly FileId[],
): Promise<{ path: string; id: FileId | undefined }> {
  if (scenario.expect) {
    const read = await readInput(file, MAX_SCENARIO_BYTES);
    if (!read.ok) throw new UsageError(`cannot read ${file} again to update it: ${read.reason}`);
    const decoded = decodeUtf8(file, read.bytes);
    if ('error' in decoded) throw new UsageError(`cannot read ${file} again to update it: ${decoded.error.message}`);
    const doc = parseDocument(decoded.text);
    doc.set('expect', doc.createNode(golden));
    // The file keeps its byte-order mark and line ends (the serialiser writes LF, no BOM).
    return { path: file, id: await writeOutput(io, file, inStyle(doc.toString(), textStyleOf(read.bytes))) };
  }
  const path = goldenPath(file);
  return { path, id: await writeOutput(io, path, `${JSON.stringify(golden, null, 2)}\n`, inputs) };
}
