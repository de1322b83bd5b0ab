/**
 * The command transcripts of README.md and docs/ are the CLI's real output: each `$ bestshore …`
 * (or `$ npx bestshore …`) in a code block is run in process, and the lines under it must appear
 * in its output (stdout, then stderr), in order; a line `…` stands for lines left out. `$ echo $?`
 * after a command checks its exit code. Transcripts that need a shell (pipes, a file the
 * repository does not have) are not run; the count of those that are is checked below.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain } from './support/inProcess.js';

type Transcript = {
  readonly where: string;
  readonly argv: readonly string[];
  readonly expected: readonly string[];
  readonly exit?: number;
};

/** Shell words of a command line: plain words and "double-quoted" ones (no expansion). */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

/** Can this command run without a shell: no pipe or redirection, every named file in the repository? */
function runnable(argv: readonly string[]): boolean {
  if (argv.some((w) => /^[|<>]|^\d?>/.test(w))) return false;
  return argv.filter((w) => /\.(ya?ml|csv|xlsx)$/.test(w) && !w.includes('=')).every((f) => existsSync(join(ROOT, f)));
}

function transcripts(file: string): Transcript[] {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const out: Transcript[] = [];
  let inBlock = false;
  let current: { where: string; argv: string[]; expected: string[]; exit?: number } | undefined;
  const close = (): void => {
    if (current && runnable(current.argv)) out.push(current);
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (line.startsWith('```')) {
      if (inBlock) close();
      inBlock = !inBlock;
      return;
    }
    if (!inBlock) return;
    const command = /^\$ (?:npx )?bestshore (.*)$/.exec(line);
    if (command) {
      close();
      current = { where: `${file}:${i + 1}`, argv: words(command[1] ?? ''), expected: [] };
      return;
    }
    if (line.startsWith('$ echo $?')) {
      // The exit code of the command above (still `current`: it closes at the next command).
      if (current) current.exit = Number(lines[i + 1]);
      return;
    }
    if (line.startsWith('$ ')) {
      close();
      return;
    }
    if (current && !(lines[i - 1] ?? '').startsWith('$ echo $?')) current.expected.push(line);
  });
  return out;
}

/** Are the expected lines in the output, in order, each run between `…` contiguous? */
function shows(output: readonly string[], expected: readonly string[]): string | undefined {
  const runs: string[][] = [[]];
  for (const line of expected) {
    if (line.trim() === '…') runs.push([]);
    else runs.at(-1)?.push(line.trimEnd());
  }
  let from = 0;
  for (const run of runs.filter((r) => r.length > 0)) {
    let at = -1;
    for (let k = from; k + run.length <= output.length && at < 0; k++) {
      if (run.every((l, j) => output[k + j] === l)) at = k;
    }
    if (at < 0) return run.join('\n');
    from = at + run.length;
  }
  return undefined;
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const all = DOCS.flatMap(transcripts);

describe('command transcripts in README.md and docs/', () => {
  it('finds the transcripts', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  for (const t of all) {
    it(`${t.where}: bestshore ${t.argv.join(' ')}`, async () => {
      const r = await runMain(t.argv);
      const output = `${r.stdout}${r.stderr}`.split('\n').map((l) => l.trimEnd());
      expect(shows(output, t.expected), `not in the output:\n${output.join('\n')}`).toBeUndefined();
      if (t.exit !== undefined) expect(r.code).toBe(t.exit);
    });
  }
});
