import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, scratch, SMALL } from './support/inProcess.js';

// A scenario folder, and beside it a folder with a secret no scenario error may ever echo.
const { dir, write } = scratch('bestshore-extends-');
mkdirSync(join(dir, 'scenarios', 'bases'), { recursive: true });
mkdirSync(join(dir, 'private'));
const SECRET = write('private/creds.yaml', 'api_token: hunter2\npassword: s3cret\n');
write('scenarios/base.yaml', SMALL);
write('scenarios/bases/small.yaml', SMALL);
const child = (name: string, target: string): string =>
  write(`scenarios/${name}.yaml`, `extends: ${target}\nname: Child\n`);
const stdinOf = (text: string) => async () => ({ ok: true as const, bytes: new TextEncoder().encode(text) });
const noSecret = (text: string): void => {
  for (const s of ['api_token', 'hunter2', 'password', 's3cret']) expect(text).not.toContain(s);
};

describe("extends stays in the scenario's folder tree", () => {
  it('bases in the folder and below it are read', async () => {
    expect((await runMain(['validate', child('same', 'base.yaml'), child('below', 'bases/small.yaml')])).code).toBe(0);
    symlinkSync('bases/small.yaml', join(dir, 'scenarios', 'link-inside.yaml'));
    expect((await runMain(['validate', child('via-link', 'link-inside.yaml')])).code).toBe(0);
  });

  it('a base outside — ../, an absolute path, a link out — is refused without being read', async () => {
    symlinkSync(SECRET, join(dir, 'scenarios', 'innocent.yaml'));
    for (const target of ['../private/creds.yaml', SECRET, 'innocent.yaml']) {
      const file = child(`out-${target.length}`, target);
      const r = await runMain(['validate', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file}:1:1 extends: cannot use "${target}": it is outside the scenario's folder`);
      expect(r.stderr).toContain('--allow-extends-outside allows it');
      noSecret(r.stderr);
    }
  });

  it('--allow-extends-outside reads it; a file that is no scenario is refused without quoting it', async () => {
    const ok = write('elsewhere.yaml', SMALL);
    expect((await runMain(['validate', child('allowed', '../elsewhere.yaml'), '--allow-extends-outside'])).code).toBe(
      0,
    );
    const file = child('secret', '../private/creds.yaml');
    const r = await runMain(['plan', file, '--allow-extends-outside']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `cannot use "../private/creds.yaml": it is not a scenario file (keys that are not scenario keys;`,
    );
    noSecret(r.stderr);
    expect(ok).toBeTruthy();
  });

  it('a device outside, even allowed, is not read', async () => {
    const r = await runMain(['validate', child('zero', '/dev/zero'), '--allow-extends-outside']);
    expect(r.stderr).toContain('cannot use "/dev/zero": is a device, not a scenario file');
    expect((await runMain(['validate', child('zero2', '/dev/zero')])).stderr).toContain(
      "it is outside the scenario's folder",
    );
  }, 10_000);

  it('check: nothing of a file that is no scenario reaches the output or the JUnit report', async () => {
    const folder = join(dir, 'ci');
    mkdirSync(folder);
    write('ci/pr.yaml', `extends: ${SECRET}\nname: PR\n`);
    const junit = join(dir, 'junit.xml');
    const r = await runMain(['check', folder, '--junit', junit, '--allow-extends-outside']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('it is not a scenario file');
    noSecret(r.stdout + r.stderr + readFileSync(junit, 'utf8'));
  });

  it('a base in the folder that is not YAML of a scenario is refused in a few words', async () => {
    write('scenarios/README.md', '# Notes\nsome: [unclosed\n');
    write('scenarios/list.yaml', '- a\n- b\n');
    expect((await runMain(['validate', child('readme', 'README.md')])).stderr).toMatch(
      /it is not a scenario file \(not valid YAML at line \d+;/,
    );
    expect((await runMain(['validate', child('list-child', 'list.yaml')])).stderr).toContain(
      'it is not a scenario file (not a mapping of scenario keys;',
    );
  });

  it('a base with a typo is still a scenario: its errors are reported as usual', async () => {
    write('scenarios/typo.yaml', SMALL.replace('name:', 'nme:'));
    const r = await runMain(['validate', child('typo-child', 'typo.yaml')]);
    expect(r.stderr).toContain('unknown key "nme" (did you mean "name"?)');
  });

  it('check: a base in the folder given is allowed for scenarios in its sub-folders', async () => {
    const folder = join(dir, 'tree');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    write('tree/base.yaml', SMALL + 'expect: { status: optimal, total_cost: 3000 }\n');
    const sub = write('tree/sub/variant.yaml', 'extends: ../base.yaml\nname: Variant\n');
    const r = await runMain(['check', folder]);
    expect(r.stdout).toContain(`ok      ${sub}`);
    expect(r.code).toBe(0);
    // Given alone, the sub-folder is its folder: the base is outside.
    expect((await runMain(['check', sub])).stdout).toContain("it is outside the scenario's folder");
  });

  it('plan -: bases are relative to, and inside, the current folder', async () => {
    const r = await runMain(['plan', '-', '-f', 'json'], { stdin: stdinOf('extends: scenarios/telecom.yaml\n') });
    expect(r.code).toBe(0);
    const out = await runMain(['validate', '-'], { stdin: stdinOf('extends: ../anything.yaml\n') });
    expect(out.stderr).toContain(
      '<stdin>:1:1 extends: cannot use "../anything.yaml": it is outside the scenario\'s folder',
    );
  });
});

describe('check: files found by walking a folder are held to the rules of a base', () => {
  it('a link out of the folder is not read; a YAML file that is no scenario is not quoted', async () => {
    const folder = join(dir, 'walked');
    mkdirSync(folder);
    write('walked/good.yaml', `${SMALL}expect: { status: optimal, total_cost: 3000 }\n`);
    write('walked/compose.yaml', 'services:\n  db: { image: "postgres", password: s3cret }\n');
    symlinkSync(SECRET, join(folder, 'leak.yaml'));
    const junit = join(dir, 'walked.xml');
    const r = await runMain(['check', folder, '--junit', junit]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`ok      ${join(folder, 'good.yaml')}`);
    expect(r.stdout).toContain(`${join(folder, 'leak.yaml')}:1:1 not read: it is outside the folder given`);
    expect(r.stdout).toContain(
      `${join(folder, 'compose.yaml')}:1:1 is not a scenario file (keys that are not scenario keys;`,
    );
    noSecret(r.stdout + r.stderr + readFileSync(junit, 'utf8'));
    expect(r.stdout).not.toContain('services');
  });
});
