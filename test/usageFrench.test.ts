import { describe, expect, it } from 'vitest';
import { runMain } from './support/inProcess.js';

const NB = '\u00a0';
const T = 'scenarios/telecom.yaml';

/** commander's usage errors in French under --locale fr or a French environment; exit 2 as in English. */
describe('usage errors in French', () => {
  it('an invalid choice, an unknown option with its suggestion, a missing argument', async () => {
    const choice = await runMain(['plan', T, '--format', 'xls', '--locale', 'fr']);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toBe(
      `erreur${NB}: option '-f, --format <format>'${NB}: la valeur 'xls' n'est pas admise. Valeurs possibles${NB}: table, json, csv, md, xlsx.\n`,
    );
    const unknown = await runMain(['plan', T, '--fromat', 'json'], { locale: 'fr' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`erreur${NB}: option inconnue '--fromat'\n(Vouliez-vous dire --format${NB}?)\n`);
    const missing = await runMain(['plan', '--locale=fr']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`erreur${NB}: argument obligatoire manquant${NB}: 'scenario'\n`);
    const many = await runMain(['plan', 'a', 'b'], { locale: 'fr' });
    expect(many.stderr).toBe(`erreur${NB}: trop d'arguments pour 'plan'${NB}: 1 attendu, 2 reçus.\n`);
    const command = await runMain(['plann', 'x'], { locale: 'fr' });
    expect(command.stderr).toBe(`erreur${NB}: commande inconnue 'plann'\n(Vouliez-vous dire plan${NB}?)\n`);
  });

  it('--locale en wins over a French environment; English stays as commander writes it', async () => {
    const r = await runMain(['plan', T, '--bogus', '--locale', 'en'], { locale: 'fr' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: unknown option '--bogus'\n");
  });
});
