import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputTarget } from '../src/cli/outputTarget.js';
import { BIN, ROOT } from './helpers.js';
import { runMain, scratch, SMALL } from './support/inProcess.js';

const { dir, write } = scratch('bestshore-write-');
const scenario = write('s.yaml', SMALL);
const temps = (): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp'));
const schema = (output: string, ...more: string[]) => runMain(['schema', '-o', output, ...more]);

describe('regular files are replaced atomically, keeping what they were', () => {
  it('keeps the mode of the file replaced (0600 stays 0600)', async () => {
    const out = write('private.json', 'old');
    chmodSync(out, 0o600);
    expect((await schema(out)).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).$schema).toBeDefined();
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner of the file replaced (as root)', async () => {
    const out = write('theirs.json', 'old');
    chownSync(out, 1234, 1234);
    expect((await schema(out)).code).toBe(0);
    expect([statSync(out).uid, statSync(out).gid]).toEqual([1234, 1234]);
  });

  it('refuses a read-only file, even as root, and leaves it and no temporary file', async () => {
    const out = write('locked.json', 'keep me');
    chmodSync(out, 0o444);
    const r = await schema(out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `bestshore: cannot write ${out}: the file is read-only; make it writable or choose another file\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(temps()).toEqual([]);
  });

  it('writes through a link to the file it points at; the link stays a link', async () => {
    mkdirSync(join(dir, 'real'));
    const real = write('real/plan.json', 'old');
    symlinkSync(real, join(dir, 'link.json'));
    expect((await schema(join(dir, 'link.json'))).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('$schema');
    symlinkSync('real/new.json', join(dir, 'dangling.json'));
    expect((await schema(join(dir, 'dangling.json'))).code).toBe(0);
    expect(readlinkSync(join(dir, 'dangling.json'))).toBe('real/new.json');
    expect(readFileSync(join(dir, 'real/new.json'), 'utf8')).toContain('$schema');
  });

  it('a folder is refused in words', async () => {
    expect((await schema(dir)).stderr).toContain(`cannot write ${dir}: it is a folder`);
  });
});

describe('an output never overwrites what the run read', () => {
  it('-o naming the scenario (or a link to it, or its base) is refused; the scenario is intact', async () => {
    symlinkSync('s.yaml', join(dir, 'alias.yaml'));
    const child = write('child.yaml', 'extends: s.yaml\nname: Child\n');
    for (const [file, out] of [
      [scenario, scenario],
      [scenario, join(dir, 'alias.yaml')],
      [child, scenario],
    ] as const) {
      const r = await runMain(['plan', file, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `cannot write ${out}: it is (an input|the same file as .*s\\.yaml), read by this run; choose another output file`,
        ),
      );
    }
    expect(readFileSync(scenario, 'utf8')).toBe(SMALL);
  });

  it('--junit naming a scenario or the golden result just written is refused', async () => {
    mkdirSync(join(dir, 'ci'));
    const s = write('ci/a.yaml', SMALL);
    const intoScenario = await runMain(['check', s, '--junit', s]);
    expect(intoScenario.code).toBe(2);
    expect(readFileSync(s, 'utf8')).toBe(SMALL);
    const golden = join(dir, 'ci/a.expected.json');
    const update = await runMain(['check', s, '--update', '--junit', golden]);
    expect(update.stderr).toContain(`cannot write ${golden}: it is an input, read by this run`);
    expect(JSON.parse(readFileSync(golden, 'utf8')).total_cost).toBe(3000);
  });

  it('check --update writes through a linked scenario: the link stays a link', async () => {
    mkdirSync(join(dir, 'linked'));
    const real = write('linked/real.yaml', `${SMALL}expect: { status: optimal, total_cost: 1 }\n`);
    symlinkSync('real.yaml', join(dir, 'linked/link.yaml'));
    const r = await runMain(['check', join(dir, 'linked/link.yaml'), '--update']);
    expect(r.stdout).toContain('updated');
    expect(lstatSync(join(dir, 'linked/link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('total_cost: 3000');
  });
});

describe('anything else is written in place', () => {
  it('-o - is stdout', async () => {
    const r = await schema('-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBeDefined();
  });

  it('devices are written as they are, never replaced', async () => {
    expect(await outputTarget('/dev/null', [])).toEqual({ kind: 'in-place', path: '/dev/null' });
    expect((await schema('/dev/null')).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a named pipe is written to its reader and stays a pipe', async () => {
    const fifo = join(dir, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => {
      read += d.toString();
    });
    const closed = new Promise((done) => reader.on('close', done));
    try {
      expect((await schema(fifo)).code).toBe(0);
      await closed;
      expect(JSON.parse(read).$schema).toBeDefined();
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      reader.kill();
    }
  }, 10_000);

  it('-o /dev/stdout and --junit /dev/stdout go to standard output (spawned), appended where stdout appends', () => {
    const log = write('log.txt', 'HEADER\n');
    const fd = openSync(log, 'a');
    try {
      const r = spawnSync(process.execPath, [BIN, 'schema', '-o', '/dev/stdout'], {
        cwd: ROOT,
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith('HEADER\n{')).toBe(true);
    const junit = spawnSync(process.execPath, [BIN, 'check', 'scenarios/telecom.yaml', '--junit', '/dev/stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(junit.status).toBe(0);
    expect(junit.stdout).toMatch(/^ok {6}scenarios\/telecom\.yaml\n1 passed, 0 failed\n<\?xml/);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    writeFileSync(join(dir, 'marker'), '');
    expect(temps()).toEqual([]);
  });
});

describe('an empty output name', () => {
  it('is a usage error, not "the folder does not exist"', async () => {
    const r = await schema('');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bestshore: cannot write "": expected a file name (or - for stdout)\n');
  });
});
