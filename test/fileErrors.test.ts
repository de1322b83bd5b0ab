import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemErrorWords } from '../src/files/systemError.js';
import { MAX_EXTENDS_DEPTH } from '../src/scenario/loadLayers.js';
import { runMain, scratch, SMALL } from './support/inProcess.js';

const GOLDEN = 'expect: { status: optimal, total_cost: 3000 }\n';
const { dir, write } = scratch('bestshore-file-errors-');

describe('system errors are said in words', () => {
  it('maps the codes to words and never shows a known code', () => {
    for (const [code, words] of [
      ['ELOOP', 'symbolic link loop'],
      ['EBUSY', 'the file is busy'],
      ['ENOTDIR', 'a part of the path is not a folder'],
      ['ENOSPC', 'no space left on the device'],
    ]) {
      expect(systemErrorWords(Object.assign(new Error(`${code}: raw`), { code }))).toBe(words);
    }
    expect(systemErrorWords(Object.assign(new Error('x'), { code: 'EWHATEVER' }))).toBe(
      'unexpected system error (EWHATEVER)',
    );
  });

  it('plan: a path through a file and a looping link are said in words, not ENOTDIR/ELOOP', async () => {
    const file = write('small.yaml', SMALL);
    const through = await runMain(['plan', join(file, 'x.yaml')]);
    expect(through.code).toBe(2);
    expect(through.stderr).toContain('cannot read the file: a part of the path is not a folder');
    symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    const loop = await runMain(['plan', join(dir, 'loop.yaml')]);
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain('symbolic link loop');
    expect(loop.stderr).not.toMatch(/E[A-Z]{3,}/);
  });
});

describe('check and links', () => {
  it('a looping link in a folder is that file\'s error ("symbolic link loop"); the others are still checked', async () => {
    const folder = join(dir, 'loops');
    mkdirSync(folder);
    write('loops/good.yaml', SMALL + GOLDEN);
    symlinkSync('bad.yaml', join(folder, 'bad.yaml'));
    const r = await runMain(['check', folder]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`INVALID ${join(folder, 'bad.yaml')}`);
    expect(r.stdout).toContain('symbolic link loop');
    expect(r.stdout).toContain(`ok      ${join(folder, 'good.yaml')}`);
    expect(r.stdout).not.toContain('no such file or folder');
  });

  it('a looping link given on the command line is a usage error in words', async () => {
    const r = await runMain(['check', join(dir, 'loop.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'loop.yaml')}: symbolic link loop`);
  });

  it('a link to a parent folder is walked once: each scenario is checked once', async () => {
    const folder = join(dir, 'cyclic');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    write('cyclic/a.yaml', SMALL + GOLDEN);
    symlinkSync('..', join(folder, 'sub', 'up'));
    const r = await runMain(['check', folder]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`ok      ${join(folder, 'a.yaml')}\n1 passed, 0 failed\n`);
  });
});

describe(`extends goes ${MAX_EXTENDS_DEPTH} levels deep, as documented`, () => {
  /** top.yaml extends l1.yaml … extends l<levels>.yaml, the last one the whole scenario. */
  const chain = (name: string, levels: number): string => {
    mkdirSync(join(dir, name));
    for (let k = 1; k < levels; k++) write(`${name}/l${k}.yaml`, `extends: l${k + 1}.yaml\n`);
    write(`${name}/l${levels}.yaml`, SMALL);
    return write(`${name}/top.yaml`, 'extends: l1.yaml\n');
  };

  it(`${MAX_EXTENDS_DEPTH} levels are read`, async () => {
    const r = await runMain(['validate', chain('eight', MAX_EXTENDS_DEPTH)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it(`${MAX_EXTENDS_DEPTH + 1} levels are refused`, async () => {
    const r = await runMain(['validate', chain('nine', MAX_EXTENDS_DEPTH + 1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`too many levels of extends (limit ${MAX_EXTENDS_DEPTH})`);
  });
});
