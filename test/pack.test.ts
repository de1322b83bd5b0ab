/**
 * The package as a user gets it: `npm pack`, then installed from the tarball into a temporary
 * global prefix and into a temporary project, with the npm registry for its dependencies (as
 * for any user). Slow (an install), so one test file, spawned commands only.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'bestshore-pack-'));
const prefix = join(scratch, 'global');
const project = join(scratch, 'project');
const work = join(scratch, 'work');
/** npm runs on the Node.js running the tests (its engine checks too). */
const env = {
  ...process.env,
  NO_COLOR: '1',
  PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function sh(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 64 << 20, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

let installLog = '';
const bin = join(prefix, 'bin', 'bestshore');
const installed = join(prefix, 'lib', 'node_modules', 'bestshore');

beforeAll(() => {
  const packed = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT });
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = join(scratch, readdirSync(scratch).find((n) => n.endsWith('.tgz')) ?? 'none');
  const global = sh('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', tarball], { cwd: scratch });
  expect(global.status, global.stderr).toBe(0);
  sh('mkdir', ['-p', project, work]);
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const local = sh('npm', ['install', '--prefer-offline', tarball], { cwd: project });
  expect(local.status, local.stderr).toBe(0);
  installLog = global.stderr + local.stderr;
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('installed from the packed tarball', () => {
  it('installs without a warning (no EBADENGINE, no install script to approve)', () => {
    expect(installLog).not.toMatch(/warn/i);
  });

  it('ships the bundle, the declarations, the docs, the samples and the licence; no tests', () => {
    for (const f of [
      'dist/bestshore.js',
      'dist/index.js',
      'dist/index.d.ts',
      'docs/scenario.md',
      'scenarios/telecom.yaml',
      'templates/starter.yaml',
      'LICENSE',
      'README.md',
    ]) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(
      readdirSync(join(installed, 'dist'), { recursive: true }).filter((n) => String(n).includes('.test.')),
    ).toEqual([]);
  });

  it('--help says where the installed docs and samples are', () => {
    const r = sh(bin, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Documentation: ${join(installed, 'docs')}`);
    expect(r.stdout).toContain(`Samples:       ${join(installed, 'scenarios')}`);
  });

  it('init --from telecom writes a scenario whose $schema line finds its schema, and it plans', () => {
    const r = sh(bin, ['init', '--from', 'telecom'], { cwd: work });
    expect(r.status, r.stderr).toBe(0);
    const first = readFileSync(join(work, 'scenario.yaml'), 'utf8').split('\n')[0] ?? '';
    const schema = /\$schema=(\S+)/.exec(first)?.[1] ?? 'none';
    const written = JSON.parse(readFileSync(join(work, schema), 'utf8')) as { title?: string };
    expect(written.title).toBe('bestshore scenario');
    const plan = sh(bin, ['plan', 'scenario.yaml', '--format', 'json'], { cwd: work });
    expect(plan.status, plan.stderr).toBe(0);
    const sample = sh(bin, ['plan', join(installed, 'scenarios/telecom.yaml'), '--format', 'json']);
    expect(JSON.parse(plan.stdout).total_cost).toBe(JSON.parse(sample.stdout).total_cost);
  });

  it("import('bestshore') plans as the CLI does, and its types compile", () => {
    const script = [
      "import { read, plan, render } from 'bestshore';",
      "const r = await read('node_modules/bestshore/scenarios/energy.yaml');",
      "if (!r.ok) throw new Error('not read');",
      'const o = await plan(r.scenario);',
      'process.stdout.write(render(o, "json"));',
    ].join('\n');
    writeFileSync(join(project, 'use.mjs'), script);
    const lib = sh(process.execPath, ['use.mjs'], { cwd: project });
    expect(lib.status, lib.stderr).toBe(0);
    const cli = sh(bin, ['plan', join(installed, 'scenarios/energy.yaml'), '--format', 'json']);
    expect(lib.stdout).toBe(cli.stdout);
    // A wrong call must fail to compile: the declarations are really read.
    writeFileSync(
      join(project, 'use.ts'),
      `${script}\nconst cost: number = o.status === 'infeasible' ? 0 : o.totalCost;\nconst wrong: string = o.status === 'infeasible' ? '' : o.totalCost;\nexport { cost, wrong };\n`,
    );
    const tsc = sh(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        'use.ts',
      ],
      { cwd: project },
    );
    expect(tsc.stdout.match(/error TS\d+/g)).toEqual(['error TS2322']);
    expect(tsc.stdout).toContain('use.ts(7,7): error TS2322');
  });
});
