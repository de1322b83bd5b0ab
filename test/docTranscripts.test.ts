/**
 * The command transcripts of README.md and docs/ are the CLI's real output: each `$ bestshore …`
 * (or `$ npx bestshore …`) in a code block is run in process, and the lines under it must appear
 * in its output (stdout, then stderr), in order; a line `…` stands for lines left out. `$ echo $?`
 * after a command checks its exit code. A file a transcript names that the repository does not
 * have is taken from the docs: a ```yaml block after `<!-- file: NAME -->`, a `$ cat NAME`
 * transcript, or a sample of scenarios/ by its base name; those run in a scratch folder, with
 * the folder's path taken out of the output. `dir/*.yaml` is expanded as a shell would.
 * Transcripts that need a shell (pipes, redirections) are not run; the count of those that are
 * is checked below.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain, scratch } from './support/inProcess.js';

type Transcript = {
  readonly where: string;
  readonly argv: readonly string[];
  readonly expected: readonly string[];
  readonly exit?: number;
};

/** Shell words of a command line: plain words and "double-quoted" ones (no expansion). */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

const isFileWord = (w: string): boolean => /\.(ya?ml|csv|xlsx)$/.test(w) && !w.includes('=') && !w.includes('*');
const sample = (name: string): string => join(ROOT, 'scenarios', basename(name));

/** Files the docs define, by name: a ```yaml block after `<!-- file: NAME -->`, or `$ cat NAME` and the lines under it. */
function definedFiles(docs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const doc of docs) {
    const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
    let marked: string | undefined;
    let body: { name: string; lines: string[] } | undefined;
    const close = (): void => {
      if (body) files.set(body.name, `${body.lines.join('\n')}\n`);
      body = undefined;
    };
    for (const line of lines) {
      const marker = /^<!-- file: (\S+) -->$/.exec(line);
      if (marker) marked = marker[1];
      else if (line.startsWith('```')) {
        if (body) close();
        else if (marked && line.startsWith('```yaml')) body = { name: marked, lines: [] };
        marked = undefined;
      } else if (line.startsWith('$ ')) {
        if (body) close();
        const cat = /^\$ cat (\S+)$/.exec(line);
        if (cat?.[1]) body = { name: cat[1], lines: [] };
      } else body?.lines.push(line);
    }
  }
  return files;
}

/** `dir/*.ext` as a shell expands it (sorted), other words as they are. */
const expand = (argv: readonly string[]): string[] =>
  argv.flatMap((w) => {
    const glob = /^([\w./-]*)\/\*(\.\w+)$/.exec(w);
    if (!glob?.[1] || !glob[2]) return [w];
    const [dir, ext] = [glob[1], glob[2]];
    return readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => `${dir}/${f}`);
  });

function transcripts(file: string, defined: ReadonlyMap<string, string>): Transcript[] {
  /** Can this command run without a shell: no pipe or redirection, every named file known? */
  const runnable = (argv: readonly string[]): boolean =>
    !argv.some((w) => /^[|<>]|^\d?>/.test(w)) &&
    argv.filter(isFileWord).every((f) => existsSync(join(ROOT, f)) || defined.has(f) || existsSync(sample(f)));
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
      current = { where: `${file}:${i + 1}`, argv: expand(words(command[1] ?? '')), expected: [] };
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
const DEFINED = definedFiles(DOCS);
const all = DOCS.flatMap((doc) => transcripts(doc, DEFINED));

/**
 * Run a transcript: in the repository when it has every file, else in a scratch folder holding
 * the files the docs define and the samples (a defined file may extend one), paths rewritten.
 */
async function run(argv: readonly string[]): Promise<{ code: number; output: string }> {
  const missing = argv.filter(isFileWord).filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length === 0) {
    const r = await runMain(argv);
    return { code: r.code, output: `${r.stdout}${r.stderr}` };
  }
  const dir = scratch('bestshore-doc-');
  for (const f of readdirSync(join(ROOT, 'scenarios')).filter((n) => n.endsWith('.yaml')))
    copyFileSync(join(ROOT, 'scenarios', f), join(dir.dir, f));
  for (const [name, text] of DEFINED) if (dirname(name) === '.') dir.write(name, text);
  const r = await runMain(argv.map((w) => (missing.includes(w) ? join(dir.dir, w) : w)));
  return { code: r.code, output: `${r.stdout}${r.stderr}`.split(`${dir.dir}/`).join('') };
}

describe('command transcripts in README.md and docs/', () => {
  it('finds the transcripts', () => {
    expect(all.length).toBeGreaterThanOrEqual(34);
  });

  for (const t of all) {
    it(`${t.where}: bestshore ${t.argv.join(' ')}`, async () => {
      const r = await run(t.argv);
      // A CSV starts with a byte-order mark (for Excel), which a transcript cannot show.
      const output = r.output
        .replace(/^\uFEFF/, '')
        .split('\n')
        .map((l) => l.trimEnd());
      expect(shows(output, t.expected), `not in the output:\n${output.join('\n')}`).toBeUndefined();
      if (t.exit !== undefined) expect(r.code).toBe(t.exit);
    });
  }
});
