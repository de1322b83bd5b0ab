import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorCode, systemErrorWords } from './systemError.js';

/**
 * The one way the CLI reads an input file (a scenario, a base it extends, a golden result):
 * opened once, checked through the open handle to be a regular file (never a device, a pipe or
 * a folder, whatever a symbolic link points at), and read once, at most `maxBytes`.
 */

/** Which file a path named: two paths name the same file when both numbers match. */
export type Identity = { readonly dev: number; readonly ino: number };
/** A file read, and the path it was read by (for messages). */
export type FileId = Identity & { readonly path: string };

/** A stream's bytes: from no file (`id` is there only to read both kinds alike). */
export type StreamRead =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly id?: undefined }
  | { readonly ok: false; readonly reason: string };
/** A file's bytes, or why not (`notFound`: there is no file at that path). */
export type InputRead =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly id: FileId }
  | { readonly ok: false; readonly reason: string; readonly notFound: boolean };

export const sameFile = (a: Identity, b: Identity): boolean => a.dev === b.dev && a.ino === b.ino;

const tooLarge = (size: string, maxBytes: number): string =>
  `file is ${size} bytes; the limit is ${maxBytes} bytes${maxBytes % 1048576 === 0 ? ` (${maxBytes / 1048576} MiB)` : ''}`;

/** What a file that is not a regular one is, for the message. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `what` names the file expected, for messages: "is a device, not a scenario file". */
export async function readInput(path: string, maxBytes: number, what = 'scenario file'): Promise<InputRead> {
  let handle;
  try {
    // Non-blocking: opening a named pipe must not wait for a writer (it is refused just below).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: openFailure(e), notFound: errorCode(e) === 'ENOENT' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refused(`is ${kindOf(info)}, not a ${what}`);
    if (info.size > maxBytes) return refused(tooLarge(String(info.size), maxBytes));
    // The size may lie (files of /proc say 0) or change: read until the end, one byte past the limit at most.
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return refused(tooLarge(`more than ${maxBytes}`, maxBytes));
    }
    return { ok: true, bytes: buffer.subarray(0, length), id: { dev: info.dev, ino: info.ino, path } };
  } catch (e) {
    return refused(`cannot read the file: ${systemErrorWords(e)}`);
  } finally {
    await handle.close();
  }
}

const refused = (reason: string): InputRead => ({ ok: false, reason, notFound: false });

function openFailure(e: unknown): string {
  const code = errorCode(e);
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: cannot read the file';
  return `cannot read the file: ${systemErrorWords(e)}`;
}

/** Read a stream (standard input) to its end, at most `maxBytes`: beyond, it is refused unread. */
export async function readStream(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<StreamRead> {
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      length += bytes.byteLength;
      if (length > maxBytes) return { ok: false, reason: tooLarge(`more than ${maxBytes}`, maxBytes) };
      parts.push(bytes);
    }
  } catch (e) {
    return { ok: false, reason: `cannot read standard input: ${systemErrorWords(e)}` };
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return { ok: true, bytes: out };
}
