import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

/** The launcher runs the bundle the build made (one file + V8 code cache) instead of the modules. */
function codeCacheOf(launcherDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(launcherDir, 'loadCli.js'))}).loadCli().then((l) => console.log(l.codeCache))`], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

describe('launcher', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bestshore-launcher-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs the bundle with the code cache the build wrote (V8 accepts it)', () => {
    expect(codeCacheOf(join(ROOT, 'bin'))).toBe('accepted');
  });

  it('the bundle and the compiled modules print the same plan', () => {
    const args = ['plan', 'scenarios/energy.yaml', '--format', 'json'];
    const bundled = runCli(args);
    const modules = spawnSync(process.execPath, [join(ROOT, 'bin/bestshore.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BESTSHORE_MODULES: '1' } });
    expect(codeCacheOf(join(ROOT, 'bin'), { ...process.env, BESTSHORE_MODULES: '1' })).toBe('modules');
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout).status).toBe('optimal');
    expect(bundled.stdout).toBe(modules.stdout);
  });

  it('a code cache V8 refuses (another Node.js version) only costs time: the plan is the same', () => {
    mkdirSync(join(scratch, 'bin'));
    mkdirSync(join(scratch, 'dist'));
    for (const f of ['bin/bestshore.js', 'bin/loadCli.js', 'bin/package.json', 'dist/bestshore.bundle.js']) copyFileSync(join(ROOT, f), join(scratch, f));
    writeFileSync(join(scratch, 'dist/bestshore.bundle.js.cache'), Buffer.from('not a code cache of this V8'));
    expect(codeCacheOf(join(scratch, 'bin'))).toBe('rejected');
    const args = ['plan', join(ROOT, 'scenarios/telecom.yaml')];
    const r = spawnSync(process.execPath, [join(scratch, 'bin/bestshore.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(runCli(args).stdout);
  });
});
