import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { plainTable } from './plainTable.js';

describe('plainTable', () => {
  it('draws exactly what cli-table3 draws (compact style), accents and alignment included', () => {
    const head = ['Activité', 'Pays', 'Heures'];
    const rows = [['accueil-été', 'FR', '1 234'], ['back-office', 'RO', '12'], ['Total', '', '1 246']];
    const reference = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: ['left', 'left', 'right'] });
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
