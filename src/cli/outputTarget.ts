import { constants } from 'node:fs';
import { access, lstat, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { sameFile, type FileId, type Identity } from '../files/readInput.js';
import { errorCode, systemErrorWords } from '../files/systemError.js';

/**
 * Where an output named on the command line goes, decided before anything is written:
 * - `stdout`: `-`, or a path that is this process's standard output (`/dev/stdout`, or the file
 *   stdout is redirected to): written there, in order with the rest of stdout;
 * - `new`: nothing there yet (a dangling link: where it points): created atomically;
 * - `replace`: a regular file (through links: the file they point at, the links kept): replaced
 *   atomically, its mode and owner kept;
 * - `in-place`: anything else that can be written — a device, a named pipe — opened and written
 *   as it is, never replaced (as `>` would).
 * Refused (usage errors): a folder, a read-only file, a file this run read (`inputs`).
 */
export type OutputTarget =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'new'; readonly path: string }
  | {
      readonly kind: 'replace';
      readonly path: string;
      readonly mode: number;
      readonly uid: number;
      readonly gid: number;
    }
  | { readonly kind: 'in-place'; readonly path: string };

/** Links followed at most, as the system does, before a chain is a loop. */
const MAX_LINKS = 40;

export const cannotWrite = (name: string, why: string): UsageError => new UsageError(`cannot write ${name}: ${why}`);

export async function outputTarget(
  name: string,
  inputs: readonly FileId[],
  isStdout: (id: Identity) => boolean = () => false,
): Promise<OutputTarget> {
  if (name === '-') return { kind: 'stdout' };
  if (name === '') throw cannotWrite('""', 'expected a file name (or - for stdout)');
  let info;
  try {
    info = await stat(name);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return { kind: 'new', path: await whereLinksLead(name, name) };
    throw cannotWrite(name, systemErrorWords(e));
  }
  const input = inputs.find((f) => sameFile(f, info));
  if (input !== undefined)
    throw cannotWrite(
      name,
      `it is ${input.path === name ? 'an input' : `the same file as ${input.path}`}, read by this run; choose another output file`,
    );
  if (isStdout(info)) return { kind: 'stdout' };
  if (info.isDirectory()) throw cannotWrite(name, 'it is a folder');
  if (!info.isFile()) return { kind: 'in-place', path: name };
  // Root may write anything: a file nobody may write is refused all the same.
  if ((info.mode & 0o222) === 0)
    throw cannotWrite(name, 'the file is read-only; make it writable or choose another file');
  try {
    await access(name, constants.W_OK);
    return { kind: 'replace', path: await realpath(name), mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch (e) {
    throw cannotWrite(name, systemErrorWords(e));
  }
}

/** The path a chain of links ends at when its last target does not exist yet: the file is created there. */
async function whereLinksLead(name: string, path: string, hops = 0): Promise<string> {
  let link: string;
  try {
    if (!(await lstat(path)).isSymbolicLink()) return path;
    link = await readlink(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return path;
    throw cannotWrite(name, systemErrorWords(e));
  }
  if (hops >= MAX_LINKS) throw cannotWrite(name, systemErrorWords({ code: 'ELOOP' }));
  return whereLinksLead(name, resolve(dirname(path), link), hops + 1);
}
