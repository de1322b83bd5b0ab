import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '../api/read.js';
import { buildModel } from '../model/buildModel.js';
import { relaxUnit, STEPPED } from '../model/ruleCatalogue.js';
import { pathKey } from '../scenario/path.js';
import type { Scenario } from '../scenario/types.js';
import { leversOf } from './levers.js';
import { ruleField } from './ruleValues.js';

const FOLDERS = ['scenarios', 'test/fixtures/valid', 'test/fixtures/infeasible', 'test/fixtures/sites'];

async function scenarios(): Promise<Scenario[]> {
  const files = FOLDERS.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(d, f)),
  );
  const read_ = await Promise.all(files.map((f) => read(f)));
  return read_.flatMap((r) => (r.ok ? [r.scenario] : []));
}

describe('the numbers behind the rules (ruleValues.ts)', () => {
  it('reads and writes the number of every rule the catalogue relaxes by steps, and of no other', async () => {
    const levers = (await scenarios()).flatMap((s) => leversOf(s, buildModel(s)).map((l) => ({ s, l })));
    const seen = new Set<string>();
    const wrong: string[] = [];
    const rowsOf = (s: Scenario, key: string): string =>
      JSON.stringify(buildModel(s).rows.filter((r) => pathKey(r.source) === key));
    for (const { s, l } of levers) {
      const field = ruleField(l.path);
      const unit = relaxUnit(l.kind);
      if (field?.unit !== unit) wrong.push(`${l.key}: ${field?.unit ?? 'none'} for ${unit ?? 'none'}`);
      const value = field?.get(s);
      if (field === undefined || value === undefined) continue;
      seen.add(l.kind);
      // A share is a number in [0, 1]; a quantity may be more.
      if (unit === 'share' && !(value >= 0 && value <= 1)) wrong.push(`${l.key}: ${value} is no share`);
      // Written, it is read back, and it is that rule's number: its own model rows change.
      const edited = field.set(s, unit === 'share' ? value / 2 : value + 1);
      if (field.get(edited) === value) wrong.push(`${l.key}: not written`);
      if (l.lift === undefined && rowsOf(edited, l.key) === rowsOf(s, l.key)) wrong.push(`${l.key}: rows unchanged`);
    }
    expect(wrong).toEqual([]);
    // The samples and fixtures meet all but the risk exposure and the carbon price: the check is not vacuous.
    expect([...seen].sort()).toEqual(
      STEPPED.map((k) => k.kind)
        .filter((k) => k !== 'global-max-risk' && k !== 'carbon-price')
        .sort(),
    );
  });
});
