import { EXIT, type ExitCode } from '../../errors.js';
import { scenarioJsonSchema } from '../../model/ruleSchema.js';
import type { Io } from '../io.js';
import type { SchemaOptions } from '../options.js';
import { writeOutput } from '../writeOutput.js';

/** `bestshore schema`: the JSON Schema of the scenario format, for editors and CI linters. */
export async function schemaCommand(opts: SchemaOptions, io: Io): Promise<ExitCode> {
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  await writeOutput(io, opts.output, text);
  return EXIT.ok;
}
