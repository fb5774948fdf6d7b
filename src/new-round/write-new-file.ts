import { UsageError } from '../errors.js';
import { AlreadyExistsError, writeFileAtomic } from '../output/atomic-write.js';
import type { OutputFileSystem } from '../output/file-system.js';

/** The refusal when the new round's file is there already (exit 2). */
export function alreadyThere(display: string): string {
  return `${display} findes allerede; den overskrives ikke`;
}

/**
 * Writes a file that must not exist yet, whole or not at all: a file
 * created in the meantime (another run, an editor) is never replaced.
 */
export async function writeNewFile(path: string, text: string, display = path, fs?: OutputFileSystem): Promise<void> {
  try {
    await writeFileAtomic(path, text, { exclusive: true, ...(fs === undefined ? {} : { fs }) });
  } catch (e) {
    if (e instanceof AlreadyExistsError) throw new UsageError(alreadyThere(display));
    throw e;
  }
}
