import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/*
 * Calls back with a file's new text after each save. The folder is watched,
 * not the file: editors that save by writing a new file and renaming it over
 * the old one replace the inode a file watch would follow. Events are
 * debounced (one save fires several), and a save that leaves the text as it
 * was is skipped.
 */

export interface FileWatcher {
  close(): void;
}

export interface WatchFileOptions {
  debounceMs?: number;
  /** The text already handled, so an event that leaves it so is skipped. */
  initialText?: string | null;
  onError?: (error: Error) => void;
}

export const DEBOUNCE_MS = 150;

export function watchFile(path: string, onChange: (text: string) => void, options: WatchFileOptions = {}): FileWatcher {
  const name = basename(path);
  const delay = options.debounceMs ?? DEBOUNCE_MS;
  let last: string | null = options.initialText ?? null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const readNow = async () => {
    timer = null;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return; // between the delete and the rename of a save: the next event brings the file
    }
    if (closed || text === last) return;
    last = text;
    onChange(text);
  };

  const watcher: FSWatcher = watch(dirname(path), { persistent: true }, (_event, filename) => {
    if (closed) return;
    if (filename !== null && filename !== undefined && String(filename) !== name) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void readNow(), delay);
  });
  watcher.on('error', (e) => options.onError?.(e));

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      watcher.close();
    },
  };
}
