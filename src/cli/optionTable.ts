import { UsageError } from '../errors.js';

/**
 * One option of a command, declared once: its flags and help line for commander, its default,
 * and how the value commander collected (a string, `true`, a list of strings, or nothing) is read.
 */
export type Opt<T> = {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  /** Shown in the help and given to the reader when the option is absent. */
  readonly defaultValue?: string;
  /** May be given several times: the values come as a list. */
  readonly repeatable?: boolean;
  readonly read: (raw: unknown) => T;
};

/**
 * A command's options, keyed by the name commander gives each value (the long flag, camel-cased:
 * `--time-limit` → `timeLimit`); the order is the order of the help.
 */
export type OptionTable = Readonly<Record<string, Opt<unknown>>>;

type ValueOf<O> = O extends Opt<infer T> ? T : never;
/** The values of a table's options: an option that may be absent is an optional key. */
export type OptionValues<T extends OptionTable> = {
  readonly [K in keyof T as undefined extends ValueOf<T[K]> ? never : K]: ValueOf<T[K]>;
} & { readonly [K in keyof T as undefined extends ValueOf<T[K]> ? K : never]?: Exclude<ValueOf<T[K]>, undefined> };

type Help = { readonly flags: string; readonly description: string };

/** `--output FILE`, `--date DAY`…: the text as given, or absent. */
export const text = (help: Help): Opt<string | undefined> => ({
  ...help,
  read: (raw) => (typeof raw === 'string' ? raw : undefined),
});

/** A text option with a default: always a string. */
export const textOr = (help: Help, defaultValue: string): Opt<string> => ({
  ...help,
  defaultValue,
  read: (raw) => (typeof raw === 'string' ? raw : defaultValue),
});

/** A switch (`--force`): given or not. */
export const flag = (help: Help): Opt<boolean> => ({ ...help, read: (raw) => raw === true });

/** A repeatable option (`--set`, `--data`): every value in order, none when absent. */
export const list = (help: Help): Opt<readonly string[]> => ({
  ...help,
  repeatable: true,
  read: (raw) => (Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : []),
});

/** One of `choices` (commander refuses any other), `defaultValue` when absent. */
export function choice<C extends string>(help: Help, choices: readonly C[], defaultValue: C): Opt<C> {
  return {
    ...help,
    choices,
    defaultValue,
    read: (raw) => {
      if (raw === undefined) return defaultValue;
      const found = choices.find((c) => c === raw);
      if (found === undefined)
        throw new UsageError(`${help.flags}: expected one of ${choices.join(', ')}, got "${String(raw)}"`);
      return found;
    },
  };
}

/** One of `choices` (commander refuses any other), or absent: the command decides what absent means. */
export function choiceOrAbsent<C extends string>(help: Help, choices: readonly C[]): Opt<C | undefined> {
  return {
    ...help,
    choices,
    read: (raw) => {
      if (raw === undefined) return undefined;
      const found = choices.find((c) => c === raw);
      if (found === undefined)
        throw new UsageError(`${help.flags}: expected one of ${choices.join(', ')}, got "${String(raw)}"`);
      return found;
    },
  };
}

/** One of `choices`, or absent (no default). */
export function choiceOrNone<C extends string>(help: Help, choices: readonly C[]): Opt<string | undefined> {
  return { ...help, choices, read: (raw) => (typeof raw === 'string' ? raw : undefined) };
}

/**
 * The values of `table` read from what commander collected. The one place the table's typing
 * meets commander's untyped record: each key is read by its own option's reader, so the object
 * built has the type OptionValues<T> says (TypeScript cannot follow a loop over keys).
 */
export function readOptions<T extends OptionTable>(table: T, raw: Readonly<Record<string, unknown>>): OptionValues<T> {
  const values: Record<string, unknown> = {};
  for (const [key, opt] of Object.entries(table)) {
    const value = opt.read(raw[key]);
    if (value !== undefined) values[key] = value;
  }
  return values as OptionValues<T>;
}
