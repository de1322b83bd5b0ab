import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { diagnosticIn } from '../../src/scenario/diagnostic.js';

/** What a command wrote and returned, run in process through main(argv, io) with a fake Io. */
export type InProcessRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/**
 * Run `bestshore <argv>` in this process: stdout and stderr captured, no colour, no progress bar,
 * no standard input, as through a pipe. `extra` adds or replaces Io members: `width` (the columns
 * of the terminal stdout stands for), `stdin` (what the scenario "-" reads), `color`, `progress`…
 */
export async function runMain(argv: readonly string[], extra: Partial<Io> = {}): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    color: false,
    out: (text) => {
      out.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'));
    },
    err: (line) => {
      err.push(`${line}\n`);
    },
    // As processIo does: one formatted line per warning.
    warn: (ds, locale) => {
      ds.forEach((d) => err.push(`${diagnosticIn(locale ?? 'en')(d)}\n`));
    },
    ...extra,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A scratch folder for scenario files; `write` returns the file's path. */
export function scratch(prefix: string): {
  readonly dir: string;
  write(name: string, text: string | Uint8Array): string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, text) {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
  };
}

/** A small valid scenario (one country, one activity), with optional extra top-level YAML. */
export const SMALL =
  'name: Small\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 100 }\n';

/** Control characters a terminal acts on (C0 but LF, DEL, C1) and bidi overrides: none may reach it. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The CLI's JSON answer; throws with stderr when it exited with another code. */
export async function jsonOf(argv: readonly string[], expected = 0): Promise<Record<string, unknown>> {
  const r = await runMain(argv);
  if (r.code !== expected) throw new Error(`bestshore ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
