import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { plainTable } from './plainTable.js';

describe('plainTable', () => {
  it('draws exactly what cli-table3 draws (compact style), accents and alignment included', () => {
    const head = ['Activité', 'Pays', 'Heures'];
    const rows = [
      ['accueil-été', 'FR', '1 234'],
      ['back-office', 'RO', '12'],
      ['Total', '', '1 246'],
    ];
    const reference = new Table({
      head,
      style: { head: [], border: [], compact: true },
      colAligns: ['left', 'left', 'right'],
    });
    rows.forEach((r) => reference.push(r));
    expect(plainTable(head, rows, ['left', 'left', 'right'])).toBe(reference.toString());
  });

  it('stays linear: 5,000 rows draw at once', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`a${i}`, 'FR', String(i)]);
    const lines = plainTable(['a', 'c', 'h'], rows).split('\n');
    expect(lines.length).toBe(5000 + 4);
    expect(new Set(lines.slice(3, -1).map((l) => l.length)).size).toBe(1);
  });
});

describe('plainTable fitted to a width', () => {
  const head = ['Activity', 'Country', 'Contacts', 'AHT s', 'Peak agents', 'Agent hours', 'Service level', 'Occupancy'];
  const rows = [
    ['level1-billing', 'RO', '29,973', '360', '31', '3,657', '84.4%', '82.0%'],
    ['level1-billing', 'MA', '45,027', '360', '31', '5,486', '84.4%', '82.1%'],
  ];

  it('splits into tables that each fit and repeat the name columns, every column shown once', () => {
    const text = plainTable(head, rows, [], { width: 50, keep: 2 });
    const lines = text.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(50);
    const heads = lines.filter((l) => l.startsWith('│ Activity'));
    expect(heads.length).toBeGreaterThan(1);
    const shown = heads.flatMap((h) =>
      h
        .split('│')
        .map((c) => c.trim())
        .filter(Boolean)
        .slice(2),
    );
    expect(shown).toEqual(head.slice(2));
    heads.forEach((h) => expect(h).toMatch(/^│ Activity\s+│ Country\s+│/));
  });

  it('keeps units of columns together (a value and its Δ)', () => {
    const h = ['', 'ref', 'a', 'Δ', 'b', 'Δ'];
    const text = plainTable(h, [['Total cost', '450,220', '463,233', '+13,013', '466,740', '+16,520']], [], {
      width: 48,
      keep: 2,
      unit: 2,
    });
    const heads = text.split('\n').filter((l) => l.includes('ref'));
    expect(
      heads.map((l) =>
        l
          .split('│')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ).toEqual([
      ['ref', 'a', 'Δ'],
      ['ref', 'b', 'Δ'],
    ]);
  });

  it('stacks each row as "Head: value" lines when one column beside the names is too wide', () => {
    expect(
      plainTable(
        ['Country', 'Note'],
        [
          ['FR', 'x'.repeat(40)],
          ['RO', ''],
        ],
        [],
        { width: 30 },
      ),
    ).toBe(`FR\n  Note: ${'x'.repeat(40)}\n\nRO`);
  });

  it('is drawn as before when it fits', () => {
    expect(plainTable(head, rows, [], { width: 200 })).toBe(plainTable(head, rows));
  });
});
