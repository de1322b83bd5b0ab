import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './helpers.js';

const run = (args: readonly string[], env: NodeJS.ProcessEnv = {}, node: readonly string[] = []) =>
  spawnSync(process.execPath, [...node, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });

describe('launcher', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bestshore-launcher-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs the bundle (dist/bestshore.js), which prints what the compiled modules print', () => {
    const args = ['plan', 'scenarios/energy.yaml', '--format', 'json'];
    const bundled = runCli(args);
    const modules = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { main } from ${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}; process.exitCode = await main(${JSON.stringify(args)});`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(bundled.code).toBe(0);
    expect(modules.status).toBe(0);
    expect(JSON.parse(bundled.stdout).status).toBe('optimal');
    expect(bundled.stdout).toBe(modules.stdout);
  });

  it('the same plan whichever compiler tier the WebAssembly runs in (--liftoff-only or not)', () => {
    const args = ['plan', 'scenarios/energy.yaml', '--format', 'json', '--solver', 'highs'];
    const baseline = run(args, {}, ['--liftoff-only']);
    const tiered = run(args, {}, ['--no-liftoff-only']);
    expect(baseline.status).toBe(0);
    expect(JSON.parse(baseline.stdout).engine).toBe('highs');
    expect(tiered.stdout).toBe(baseline.stdout);
  });

  // Node's compile cache exists from Node 22.1; on Node 20 the launcher runs without it.
  it.runIf('enableCompileCache' in nodeModule)(
    "fills Node's compile cache, and a cache folder that cannot be written only costs time",
    () => {
      const cache = join(scratch, 'cache');
      expect(run(['validate', 'scenarios/telecom.yaml'], { NODE_COMPILE_CACHE: cache }).status).toBe(0);
      expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
      const r = run(['validate', 'scenarios/telecom.yaml'], { NODE_COMPILE_CACHE: '/proc/no-such-folder' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
    },
  );
});
