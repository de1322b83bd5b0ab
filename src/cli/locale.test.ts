import { describe, expect, it } from 'vitest';
import { localeFromEnv, localeOf } from './locale.js';

describe('localeFromEnv', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG: the first set and not empty decides', () => {
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'fr' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'fr_CA.utf8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_MESSAGES: 'fr_BE', LANG: 'en_US' })).toBe('fr');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR' })).toBe('fr');
  });

  it('names no language for C, POSIX, another language, or nothing set', () => {
    expect(localeFromEnv({})).toBeUndefined();
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(localeFromEnv({ LANG: 'POSIX' })).toBeUndefined();
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    // LC_ALL=C wins over a French LANG, as it does for every POSIX program.
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' })).toBeUndefined();
    // Not a prefix match: "french" or "frisian" (fy) are not fr.
    expect(localeFromEnv({ LANG: 'fy_NL' })).toBeUndefined();
  });
});

describe('localeOf', () => {
  it('--locale first, then the environment, then the fallback', () => {
    expect(localeOf('en', { locale: 'fr' })).toBe('en');
    expect(localeOf(undefined, { locale: 'fr' })).toBe('fr');
    expect(localeOf(undefined, {})).toBe('en');
    expect(localeOf(undefined, {}, 'fr')).toBe('fr');
    expect(localeOf(undefined, { locale: 'en' }, 'fr')).toBe('en');
  });
});
