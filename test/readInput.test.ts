import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, readStream } from '../src/files/readInput.js';
import { MAX_SCENARIO_BYTES } from '../src/scenario/parseYaml.js';
import { BIN, ROOT } from './helpers.js';
import { runMain, scratch, SMALL } from './support/inProcess.js';

const { dir, write } = scratch('bestshore-read-');
const mkfifo = (name: string): string => {
  const p = join(dir, name);
  expect(spawnSync('mkfifo', [p]).status).toBe(0);
  return p;
};
const stdinOf = (text: string) => async () => ({ ok: true as const, bytes: new TextEncoder().encode(text) });

describe('readInput: regular files only, at most the limit, read once', () => {
  it('refuses devices, named pipes and folders without reading them (a pipe without writer does not hang)', async () => {
    expect(await readInput('/dev/zero', MAX_SCENARIO_BYTES)).toEqual({
      ok: false,
      reason: 'is a device, not a scenario file',
      notFound: false,
    });
    expect(await readInput(mkfifo('pipe.yaml'), MAX_SCENARIO_BYTES)).toMatchObject({
      ok: false,
      reason: 'is a named pipe, not a scenario file',
    });
    expect(await readInput(dir, MAX_SCENARIO_BYTES)).toMatchObject({
      ok: false,
      reason: 'is a directory, not a scenario file',
    });
    expect(await readInput(join(dir, 'none.yaml'), MAX_SCENARIO_BYTES)).toEqual({
      ok: false,
      reason: 'file not found',
      notFound: true,
    });
  }, 10_000);

  it('a link to a device is judged by what it points at', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    const r = await runMain(['plan', join(dir, 'zero.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'zero.yaml')}:1:1 is a device, not a scenario file`);
  }, 10_000);

  it('reads a regular file once and gives its identity', async () => {
    const r = await readInput(write('small.yaml', SMALL), MAX_SCENARIO_BYTES);
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe(SMALL);
    expect(r.ok && r.id.ino).toBeGreaterThan(0);
    expect(await readInput(write('big.yaml', 'x'.repeat(11)), 10)).toMatchObject({
      ok: false,
      reason: 'file is 11 bytes; the limit is 10 bytes',
    });
  });

  it('a stream is read up to the limit and no further', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(64 * 1024);
      }
    }
    const r = await readStream(endless(), MAX_SCENARIO_BYTES);
    expect(r).toEqual({
      ok: false,
      reason: `file is more than ${MAX_SCENARIO_BYTES} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`,
    });
    expect(pulled).toBe(17);
  });
});

describe('hostile inputs through the CLI', () => {
  it('a named pipe as a base is refused at the extends line instead of hanging', async () => {
    mkdirSync(join(dir, 'fifo'));
    mkfifo('fifo/base.yaml');
    const child = write('fifo/child.yaml', 'extends: base.yaml\nname: C\n');
    const r = await runMain(['validate', child]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${child}:1:1 extends: cannot use "base.yaml": is a named pipe, not a scenario file`);
  }, 10_000);

  it('a golden result that is a device is invalid, not read', async () => {
    mkdirSync(join(dir, 'golden'));
    const scenario = write('golden/s.yaml', SMALL);
    symlinkSync('/dev/null', join(dir, 'golden/s.expected.json'));
    const r = await runMain(['check', scenario]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('s.expected.json: is a device, not a golden result file');
  });

  it('plan - reads the scenario from standard input', async () => {
    const r = await runMain(['plan', '-', '-f', 'json'], { stdin: stdinOf(SMALL) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).total_cost).toBe(3000);
  });

  it('errors in a scenario from standard input are located in <stdin>', async () => {
    const r = await runMain(['validate', '-'], { stdin: stdinOf(SMALL.replace('hours: 100', 'hours: -1')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^<stdin>:5:22 activities\.a\.hours: /m);
  });

  it('plan - < /dev/zero stops at 1 MiB (spawned: the real standard input)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'plan', '-'], {
        cwd: ROOT,
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(
        `<stdin>:1:1 file is more than ${MAX_SCENARIO_BYTES} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes (1 MiB)`,
      );
    } finally {
      closeSync(zero);
    }
  });
});
