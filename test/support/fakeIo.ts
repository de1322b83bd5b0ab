import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { formatDiagnostic } from '../../src/scenario/diagnostic.js';

/** What one in-process run of the CLI gave: its exit code, stdout and stderr. */
export type Ran = { readonly code: number; readonly out: string; readonly err: string };

/** Run `bestshore …argv` in this process through main() with a fake Io; `extra` adds or replaces Io members. */
export async function runMain(argv: readonly string[], extra: Partial<Io> = {}): Promise<Ran> {
  let out = '';
  let err = '';
  const io: Io = {
    color: false,
    out: (text) => { out += typeof text === 'string' ? text : new TextDecoder().decode(text); },
    err: (line) => { err += `${line}\n`; },
    warn: (ds) => ds.forEach((d) => { err += `${formatDiagnostic(d)}\n`; }),
    ...extra,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A fresh scratch folder and a writer of files into it. */
export function scratch(prefix: string): { readonly dir: string; write(name: string, text: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write: (name, text) => {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
  };
}

/** A small valid scenario (one country, one activity), with optional extra top-level YAML. */
export const SMALL = 'name: Small\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 100 }\n';
