import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchMessage } from '../src/scenario/messagesFr.js';
import { FILES_FRENCH_CLAUSES, SET_FRENCH_CLAUSES } from '../src/scenario/messagesFrFiles.js';
import { runMain, scratch } from './support/inProcess.js';

/**
 * A scenario file that cannot be read, its `extends` and `--set` in French (messagesFrFiles.ts):
 * each clause against a message the loader really writes, and the French of each message
 * without English words (outside quoted values, paths and commands).
 */
const SCENARIO =
  'name: x\ncountries:\n  FR: { cost_per_hour: 30, languages: { fr: 0.9 } }\nactivities:\n  a: { language: fr, hours: 100 }\n';

async function englishMessages(): Promise<string[]> {
  const { dir, write } = scratch('bestshore-fr-files-');
  mkdirSync(join(dir, 'folder.yaml'));
  symlinkSync(join(dir, 'loop2'), join(dir, 'loop1'));
  symlinkSync(join(dir, 'loop1'), join(dir, 'loop2'));
  write('loop-a.yaml', `extends: loop-b.yaml\n${SCENARIO}`);
  write('loop-b.yaml', 'extends: loop-a.yaml\nname: y\n');
  write('not-scenario.yaml', 'foo: 1\n');
  // A chain of bases deeper than the loader follows (MAX_EXTENDS_DEPTH is 8).
  for (let i = 0; i < 12; i += 1)
    write(`deep${i}.yaml`, i === 11 ? SCENARIO : `extends: deep${i + 1}.yaml\nname: d${i}\n`);
  const files = [
    join(dir, 'loop-a.yaml'),
    join(dir, 'deep0.yaml'),
    write('bad-extends.yaml', `extends: 3\n${SCENARIO}`),
    write('missing-base.yaml', `extends: nope.yaml\n${SCENARIO}`),
    write('odd-base.yaml', `extends: not-scenario.yaml\n${SCENARIO}`),
    write('folder-base.yaml', `extends: folder.yaml\n${SCENARIO}`),
    write('outside.yaml', `extends: ../../../../../../etc/hostname\n${SCENARIO}`),
    join(dir, 'nothere.yaml'),
    join(dir, 'folder.yaml'),
    // The system's words: a path through a file, a name too long, a loop of links.
    join(write('plain.txt', 'x'), 'x.yaml'),
    join(dir, `${'n'.repeat(300)}.yaml`),
    join(dir, 'loop1'),
  ];
  const r = await runMain(['validate', '--format', 'json', ...files]);
  const doc = JSON.parse(r.stdout) as { files: { diagnostics: { message: string }[] }[] };
  const scenario = write('set.yaml', SCENARIO);
  const sets = await Promise.all(
    [['countries.XX.cost_per_hour=3'], ['name.x=1'], ['countries.FR.languages=[1]', 'countries.FR.languages.x=1']].map(
      (set) => runMain(['plan', scenario, ...set.flatMap((s) => ['--set', s]), '--format', 'json']),
    ),
  );
  const sheets = await Promise.all(
    ['pays;taux horaire\r\n;33\r\n', 'pays;bizarre\r\nFR;33\r\n'].map((csv, i) =>
      runMain(['plan', scenario, '--data', write(`rates${i}.csv`, csv), '--format', 'json']),
    ),
  );
  sets.push(...sheets);
  const more = sets.flatMap((s) =>
    (JSON.parse(s.stdout) as { errors: { message: string }[] }).errors.map((e) => e.message),
  );
  return [...doc.files.flatMap((f) => f.diagnostics.map((d) => d.message)), ...more];
}

describe('files, extends and --set in French', () => {
  it('every clause rewrites a message the loader writes; no English word left', async () => {
    const messages = await englishMessages();
    const unused = FILES_FRENCH_CLAUSES.filter((c) => !SET_FRENCH_CLAUSES.includes(c)).filter(
      ([p]) => !messages.some((m) => new RegExp(p.source).test(m)),
    );
    expect(unused.map(([p]) => p.source)).toEqual([]);
    const english =
      /\b(expected|must|the|such|of|is|are|or|and|see|with|for|has|not|to|be|cannot|file|it|its|says|more|allows)\b/;
    const left = messages
      .map((m) => frenchMessage(m))
      .filter((fr) =>
        english.test(
          fr
            .replace(/«[^»]*»/g, '')
            .replace(/`[^`]*`/g, '')
            .replace(/\S*[./]\S*/g, ''),
        ),
      );
    expect(left).toEqual([]);
  });

  it('a malformed --set: French under fr, the option as written', async () => {
    const scenario = scratch('bestshore-fr-set-').write('s.yaml', SCENARIO);
    const deep = `${Array(20).fill('a').join('.')}=1`;
    const bad = ['countries.MA.cost_per_hour', 'countries..x=1', 'name=', 'name=[', deep];
    const english = await Promise.all(bad.map((set) => runMain(['plan', scenario, '--set', set, '--format', 'json'])));
    const messages = english.map((r) => (JSON.parse(r.stdout) as { message: string }).message);
    expect(SET_FRENCH_CLAUSES.filter(([p]) => !messages.some((m) => new RegExp(p.source).test(m)))).toEqual([]);
    const french = await runMain(['plan', scenario, '--set', 'name=', '--locale', 'fr']);
    expect(french.code).toBe(2);
    expect(french.stderr).toContain(
      'bestshore: --set name=\u00a0: attendu une valeur après «\u00a0=\u00a0» (écrivez null pour supprimer le champ)',
    );
    // English stays as it was.
    expect((await runMain(['plan', scenario, '--set', 'name='])).stderr).toContain(
      'bestshore: --set name=: expected a value after "=" (write null to delete the field)',
    );
  });

  it('keeps the file name and the option as written', () => {
    expect(frenchMessage('cannot use "nope.yaml": file not found')).toBe(
      "impossible d'utiliser «\u00a0nope.yaml\u00a0»\u00a0: fichier introuvable",
    );
  });
});
