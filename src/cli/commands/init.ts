import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT, UsageError, type ExitCode } from '../../errors.js';
import { readInput } from '../../files/readInput.js';
import { scenarioJsonSchema } from '../../model/ruleSchema.js';
import { terminalText } from '../../text/escape.js';
import type { Io } from '../io.js';
import type { InitOptions } from '../options.js';
import { packageRoot } from '../packageRoot.js';
import { writeOutput } from '../writeOutput.js';
import { localeOf } from '../locale.js';
import { cliWords, type CliWords } from '../words.js';
import { SAMPLES, SCHEMA_FILE } from './initNames.js';

/** The editor's schema line (yaml-language-server), pointing to the schema beside the file. */
const SCHEMA_LINE = /^# yaml-language-server: \$schema=\S*/;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The starter (or a sample) with its `$schema` line pointing to the schema written beside it. */
async function template(from: string | undefined, w: CliWords): Promise<string> {
  if (from !== undefined && !SAMPLES.some((name) => name === from))
    throw new UsageError(w.initFrom(SAMPLES.join(', '), from));
  const file =
    from === undefined
      ? join(packageRoot(), 'templates', 'starter.yaml')
      : join(packageRoot(), 'scenarios', `${from}.yaml`);
  const read = await readInput(file, 1 << 20);
  if (!read.ok) throw new Error(`${file}: ${read.reason} (the installed package is incomplete)`);
  const text = new TextDecoder().decode(read.bytes);
  const line = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;
  return SCHEMA_LINE.test(text) ? text.replace(SCHEMA_LINE, line) : `${line}\n${text}`;
}

/**
 * `bestshore init [file]`: write a commented starter scenario (or a copy of a sample with
 * --from) and the JSON Schema of the format next to it, so that an editor checks the file as
 * it is typed. An existing scenario is kept unless --force; the schema is always rewritten
 * (it is generated, and must match this version).
 */
export async function initCommand(file: string, opts: InitOptions, io: Io): Promise<ExitCode> {
  const w = cliWords(localeOf(opts.locale, io));
  if (basename(file) === SCHEMA_FILE) throw new UsageError(w.initSchemaName(file));
  if ((await exists(file)) && opts.force !== true) throw new UsageError(w.initExists(file));
  const text = await template(opts.from, w);
  const schema = join(dirname(file), SCHEMA_FILE);
  await writeOutput(io, schema, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  await writeOutput(io, file, text);
  io.err(`bestshore: ${w.initWrote(terminalText(file), terminalText(schema))}`);
  return EXIT.ok;
}
