import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';
import { scratch } from './support/inProcess.js';

/** Run the binary with stdout or stderr on /dev/full (every write fails: no space left). */
function intoFull(stream: 'stdout' | 'stderr', args: readonly string[]) {
  const full = openSync('/dev/full', 'w');
  try {
    const stdio = stream === 'stdout' ? (['ignore', full, 'pipe'] as const) : (['ignore', 'pipe', full] as const);
    return spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      stdio: [...stdio],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
  } finally {
    closeSync(full);
  }
}

describe('standard streams that fail', () => {
  it('stdout on a full disk: one line on stderr and exit 3, never 1 ("no plan") nor a stack trace', () => {
    for (const args of [['schema'], ['plan', 'scenarios/telecom.yaml']]) {
      const r = intoFull('stdout', args);
      expect(r.status).toBe(3);
      expect(r.stderr).toBe('bestshore: cannot write to standard output: no space left on the device\n');
    }
  });

  it('stderr on a full disk keeps the exit code', () => {
    expect(intoFull('stderr', ['schema', '--bogus']).status).toBe(2);
    expect(intoFull('stderr', ['plan', 'test/fixtures/cli/health-capacity.yaml']).status).toBe(1);
  });
});

describe('the launcher without a build', () => {
  it('says to build, in one line, and exits 3', () => {
    const { dir } = scratch('bestshore-unbuilt-');
    mkdirSync(join(dir, 'bin'));
    for (const f of ['bestshore.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(dir, 'bin', f));
    const r = spawnSync(process.execPath, [join(dir, 'bin/bestshore.js'), 'plan', 'x.yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('bestshore: the CLI is not built: run npm run build (npm install does it)\n');
    expect(r.stdout).toBe('');
  });
});
