import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { errorCode, systemErrorWords } from '../files/systemError.js';

/**
 * Write a file so that readers see either the old content or the whole new one:
 * write a temporary file beside it, flush it to disk, then rename it over the target.
 */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new UsageError(`cannot write ${file}: ${errorCode(e) === 'ENOENT' ? 'the folder does not exist' : systemErrorWords(e)}`);
  }
}
