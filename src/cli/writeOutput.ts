import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import type { FileId } from '../files/readInput.js';
import { errorCode, systemErrorWords } from '../files/systemError.js';
import type { Io } from './io.js';
import { cannotWrite, outputTarget } from './outputTarget.js';
import { releaseTemp, trackTemp } from './tempFiles.js';

/** Failures of the disk rather than of the path given: the command line was right (exit 3). */
const DEVICE_FAILURES: readonly string[] = ['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG'];

/**
 * The one way the CLI writes an output (`-o`, `--junit`, golden results): to stdout when
 * `name` is absent or `-`, else as outputTarget decides. Regular files are replaced
 * atomically — a temporary file beside the target, flushed, then renamed over it — so a reader
 * sees the old content or the whole new one and a failed run leaves the old file intact.
 * `inputs`: the files this run read, never overwritten. Returns the file written, if any.
 */
export async function writeOutput(
  io: Io,
  name: string | undefined,
  content: string | Uint8Array,
  inputs: readonly FileId[] = [],
): Promise<FileId | undefined> {
  if (name === undefined) {
    io.out(content);
    return undefined;
  }
  const target = await outputTarget(name, inputs, io.isStdout);
  try {
    switch (target.kind) {
      case 'stdout':
        io.out(content);
        return undefined;
      case 'in-place':
        await writeInPlace(target.path, content);
        return undefined;
      case 'new':
        return await replaceAtomically(target.path, content, undefined);
      case 'replace':
        return await replaceAtomically(target.path, content, target);
    }
  } catch (e) {
    if (e instanceof ExitError) throw e;
    const code = errorCode(e);
    const why = code === 'ENOENT' ? 'the folder does not exist' : systemErrorWords(e);
    throw code !== undefined && DEVICE_FAILURES.includes(code)
      ? new ExitError(EXIT.internal, `cannot write ${name}: ${why}`)
      : cannotWrite(name, why);
  }
}

/** Does the output go to stdout (no `-o`, or `-o -`)? Colour is for stdout only. */
export const toStdout = (name: string | undefined): boolean => name === undefined || name === '-';

/** A device or a pipe: opened for writing as it is (never created, truncated or replaced). */
async function writeInPlace(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

type Kept = { readonly mode: number; readonly uid: number; readonly gid: number };

/** Write beside `path`, flush, rename over it; `kept`: the mode and owner of the file replaced. */
async function replaceAtomically(path: string, content: string | Uint8Array, kept: Kept | undefined): Promise<FileId> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  trackTemp(temp);
  try {
    // A replacement starts private: the content is not readable by others before the mode is set.
    handle = await open(temp, 'wx', kept === undefined ? 0o666 : 0o600);
    await handle.writeFile(content);
    if (kept !== undefined) {
      const own = await handle.stat();
      if (own.uid !== kept.uid || own.gid !== kept.gid) await handle.chown(kept.uid, kept.gid).catch(() => undefined);
      await handle.chmod(kept.mode);
    }
    await handle.sync();
    const written = await handle.stat();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
    return { dev: written.dev, ino: written.ino, path };
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  } finally {
    releaseTemp(temp);
  }
}
