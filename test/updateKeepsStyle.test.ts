import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMain, scratch, SMALL } from './support/inProcess.js';

const { write } = scratch('bestshore-update-style-');

describe("check --update rewrites an expect: block in the file's own style", () => {
  it('a scenario saved with a BOM and CRLF line ends keeps both, and its comments', async () => {
    const text = `\uFEFF# saved on Windows\n${SMALL}expect: { status: optimal, total_cost: 1 } # stale\n`.replace(
      /\n/g,
      '\r\n',
    );
    const file = write('windows.yaml', text);
    const r = await runMain(['check', file, '--update']);
    expect(r.stdout).toContain(`updated ${file}`);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF# saved on Windows\r\n')).toBe(true);
    expect(after).toContain('total_cost: 3000');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect((await runMain(['check', file])).code).toBe(0);
  });

  it('a scenario with LF line ends and no BOM stays so', async () => {
    const file = write('unix.yaml', `${SMALL}expect: { status: optimal, total_cost: 1 }\n`);
    await runMain(['check', file, '--update']);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('name: Small\n')).toBe(true);
    expect(after).not.toContain('\r');
  });
});
