import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { formatDiagnostic } from '../../src/scenario/diagnostic.js';

export type Run = { readonly code: number; readonly out: string; readonly err: string };

/** The CLI in this process, through main(argv, io): what it prints and its exit code. */
export async function runMain(argv: readonly string[]): Promise<Run> {
  let out = '';
  const err: string[] = [];
  const io: Io = { color: false, out: (t) => { out += t; }, err: (l) => { err.push(l); }, warn: (ds) => { for (const d of ds) err.push(formatDiagnostic(d)); } };
  const code = await main(argv, io);
  return { code, out, err: err.join('\n') };
}

/** The CLI's JSON answer; throws with stderr when it exited with another code. */
export async function jsonOf(argv: readonly string[], expected = 0): Promise<Record<string, unknown>> {
  const r = await runMain(argv);
  if (r.code !== expected) throw new Error(`bestshore ${argv.join(' ')} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as Record<string, unknown>;
}
