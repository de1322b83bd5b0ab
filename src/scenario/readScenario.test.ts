import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.js';
import { readScenario, readScenarioText } from './readScenario.js';

const base = `name: t
countries:
  FR:
    cost_per_hour: 30
    languages: { fr: 0.9 }
activities:
  a1:
    language: fr
    hours: 100
`;

const errors = (text: string): string[] => {
  const r = readScenarioText('s.yaml', text);
  return r.ok ? [] : r.diagnostics.map(formatDiagnostic);
};

describe('readScenario', () => {
  it('normalises a minimal scenario with defaults from the country table', () => {
    const r = readScenarioText('s.yaml', base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fr = r.scenario.countries[0];
    expect(r.scenario.home).toBe('FR');
    expect(r.scenario.currency).toBe('EUR');
    expect(fr?.eu).toBe(true);
    // 35 h × 52/12 weeks × (1 − 0.30)
    expect(fr?.hoursPerFte).toBeCloseTo(((35 * 52) / 12) * 0.7, 9);
    expect(r.scenario.activities[0]?.data).toBe('personal');
  });

  it('reports an unknown key with its line, column and a suggestion', () => {
    const text = base.replace('languages: { fr: 0.9 }', 'langages: { fr: 0.9 }');
    const es = errors(text);
    expect(es).toContain('s.yaml:5:5 countries.FR.langages: unknown key "langages" (did you mean "languages"?)');
    expect(es.some((e) => e === 's.yaml:3:3 countries.FR.languages: missing required field "languages"')).toBe(true);
  });

  it('reports every problem of a file at once', () => {
    const text = base.replace('cost_per_hour: 30', 'cost_per_hour: -3').replace('hours: 100', 'hours: lots');
    const es = errors(text);
    expect(es).toEqual([
      's.yaml:4:5 countries.FR.cost_per_hour: expected a positive cost per hour',
      's.yaml:9:5 activities.a1.hours: expected a positive number of hours',
    ]);
  });

  it('rejects duplicate keys, with the line of the duplicate', () => {
    const es = errors(base + '  a1:\n    language: fr\n    hours: 3\n');
    expect(es[0]).toMatch(/^s\.yaml:10:3 duplicate key/);
  });

  it('rejects empty, non-UTF-8 and alias-bomb files', () => {
    expect(errors('# only a comment\n')[0]).toMatch(/file is empty/);
    const latin1 = Uint8Array.from([...Buffer.from('name: caf'), 0xe9, 0x0a]);
    const r = readScenario('s.yaml', latin1);
    expect(r.ok ? '' : formatDiagnostic(r.diagnostics[0]!)).toMatch(/^s\.yaml:1:\d+ file is not valid UTF-8/);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    expect(errors(bomb.join('\n'))[0]).toMatch(/alias bomb/);
  });

  it('applies semantic rules with locations', () => {
    const text = base
      .replace('name: t', 'name: t\nhome: MA')
      .replace('hours: 100', 'hours: 100\n    min_home_share: 0.6\n    max_share: 0.5\n    countries: [FR, RO]');
    const es = errors(text);
    expect(es).toContain('s.yaml:2:1 home: home country "MA" is not in countries');
    expect(es).toContain(
      's.yaml:11:5 activities.a1.min_home_share: min_home_share 0.6 is above max_share 0.5: no country may carry more than max_share, home included',
    );
    expect(es).toContain('s.yaml:13:21 activities.a1.countries.1: country "RO" is not in countries');
  });

  it('flags a language no country offers, with a suggestion', () => {
    const es = errors(base.replace('language: fr', 'language: fe'));
    expect(es).toEqual([
      's.yaml:8:5 activities.a1.language: no country offers language "fe" (did you mean "fr"?); offered: fr',
    ]);
  });
});
