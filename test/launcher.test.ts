import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

/** How the launcher in `root`/bin loads the CLI: the bundle with its code cache taken or not, or the modules. */
function codeCacheOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(root, 'bin/loadCli.js'))}).loadCli().then((l) => console.log(l.codeCache))`], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const plan = (root: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [join(root, 'bin/bestshore.js'), 'plan', join(ROOT, 'scenarios/telecom.yaml')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

describe('launcher', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bestshore-launcher-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** A copy of the launcher and the bundle (no compiled modules), with the given code cache. */
  const copy = (name: string, cache: Buffer): string => {
    const root = join(scratch, name);
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    for (const f of ['bin/bestshore.js', 'bin/loadCli.js', 'bin/package.json', 'dist/bestshore.bundle.js']) copyFileSync(join(ROOT, f), join(root, f));
    writeFileSync(join(root, 'dist/bestshore.bundle.js.cache'), cache);
    return root;
  };
  const cache = readFileSync(join(ROOT, 'dist/bestshore.bundle.js.cache'));
  const expected = runCli(['plan', join(ROOT, 'scenarios/telecom.yaml')]).stdout;

  it('runs the bundle with the code cache the build wrote (V8 accepts it)', () => {
    expect(codeCacheOf(ROOT)).toBe('accepted');
  });

  it('the bundle and the compiled modules print the same plan', () => {
    const args = ['plan', 'scenarios/energy.yaml', '--format', 'json'];
    const bundled = runCli(args);
    const modules = spawnSync(process.execPath, [join(ROOT, 'bin/bestshore.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BESTSHORE_MODULES: '1' } });
    expect(codeCacheOf(ROOT, { ...process.env, BESTSHORE_MODULES: '1' })).toBe('modules');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout).status).toBe('optimal');
    expect(bundled.stdout).toBe(modules.stdout);
  });

  it('a cache V8 refuses (another Node.js version) only costs time: the plan is the same', () => {
    // The right build id, then bytes that are no code cache of this V8.
    const root = copy('refused', Buffer.concat([cache.subarray(0, 16), Buffer.from('not a code cache of this V8')]));
    expect(codeCacheOf(root)).toBe('rejected');
    expect(plan(root).status).toBe(0);
    expect(plan(root).stdout).toBe(expected);
  });

  it('a cache made for another build is not used, even one V8 would take', () => {
    // A real cache of this V8 under another build id: V8 compares only the source length.
    const root = copy('stale', Buffer.concat([Buffer.from('0123456789abcdef', 'latin1'), cache.subarray(16)]));
    expect(codeCacheOf(root)).toBe('stale');
    expect(plan(root).stdout).toBe(expected);
  });

  it('modules rebuilt by tsc after the bundle are run instead of the older bundle', () => {
    const root = copy('newer-modules', cache);
    mkdirSync(join(root, 'dist/cli'));
    writeFileSync(join(root, 'dist/cli/main.js'), "export async function main() { process.stdout.write('modules\\n'); return 0; }\n");
    writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'dist/cli/main.js'), later, later);
    expect(codeCacheOf(root)).toBe('modules');
    expect(plan(root).stdout).toBe('modules\n');
  });
});
