import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';
import { scratch } from './support/inProcess.js';

const { dir } = scratch('bestshore-signals-');
const PRELOAD = join(ROOT, 'test/support/slowRename.cjs');

/** Run `bestshore schema -o FILE` with renames held back; stop it with `signal` once its temporary file is written. */
async function interrupted(
  signal: NodeJS.Signals,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; temp: string; out: string }> {
  const out = join(dir, `schema-${signal}-${Object.keys(env).length}.json`);
  const child = spawn(process.execPath, ['--require', PRELOAD, BIN, 'schema', '-o', out], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  let stderr = '';
  const temp = await new Promise<string>((found, failed) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /renaming (\S+)\n/.exec(stderr);
      if (m?.[1] !== undefined) found(m[1]);
    });
    child.on('exit', () => failed(new Error(`exited before the rename: ${stderr}`)));
  });
  expect(existsSync(temp)).toBe(true);
  const code = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
  child.kill(signal);
  return { code: await code, temp, out };
}

describe('an interrupted write leaves no temporary file', () => {
  it('SIGINT (Ctrl-C) between the write and the rename: the temporary file is removed, exit 130', async () => {
    const r = await interrupted('SIGINT');
    expect(r.code).toBe(130);
    expect(existsSync(r.temp)).toBe(false);
    expect(existsSync(r.out)).toBe(false);
  }, 20_000);

  it('SIGTERM (a cancelled CI job): the same, exit 143', async () => {
    const r = await interrupted('SIGTERM');
    expect(r.code).toBe(143);
    expect(existsSync(r.temp)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 20_000);
});
