/**
 * Plain words for the errors the operating system gives on files, so no message shows a raw
 * code such as EBUSY or ELOOP. One table, used by every read and write of the CLI; callers say
 * what they were doing ("cannot write plan.json: …") and may word ENOENT for their case.
 */
const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'symbolic link loop',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EEXIST: 'the file already exists',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EFBIG: 'the file is too large',
  EIO: 'input/output error',
  ENXIO: 'no such device, or nothing reading at the other end',
  ENODEV: 'no such device',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EAGAIN: 'the resource is temporarily unavailable',
  EINVAL: 'invalid operation for this file',
  EXDEV: 'not on the same file system',
  ENOTEMPTY: 'the folder is not empty',
  EPIPE: 'the reader closed the pipe',
};

/** The system error code of an error (ENOENT…), if it has one. */
export function errorCode(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object' || !('code' in e)) return undefined;
  return typeof e.code === 'string' ? e.code : undefined;
}

/** What went wrong, in plain words: the code's words, else the error's own first line. */
export function systemErrorWords(e: unknown): string {
  const code = errorCode(e);
  const words = code === undefined ? undefined : WORDS[code];
  if (words !== undefined) return words;
  if (code !== undefined) return `unexpected system error (${code})`;
  return e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
}
