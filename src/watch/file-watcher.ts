import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { readSource } from '../load/read-source.js';

/*
 * Calls back with a file's new text after each save. The folder is watched,
 * not the file: editors that save by writing a new file and renaming it over
 * the old one replace the inode a file watch would follow. Events are
 * debounced (one save fires several), and a save that leaves the text as it
 * was is skipped.
 *
 * File events do not arrive everywhere: on an SMB share (a municipality's
 * network drive), in some virtual machines' shared folders and on network
 * file systems a save can pass unseen, and fs.watch may fail outright
 * (ENOSYS, or too many watches). So the file is also looked at every
 * POLL_MS, its size and time compared with the last look; where the watch
 * cannot be made at all, that look is all there is.
 */

export interface FileWatcher {
  close(): void;
}

export interface WatchFileOptions {
  debounceMs?: number;
  /** The text already handled, so an event that leaves it so is skipped. */
  initialText?: string | null;
  onError?: (error: Error) => void;
  /** How often the file is looked at besides the events. */
  pollMs?: number;
  /** node:fs's watch; a test passes one that fails or stays silent, as on a network drive. */
  watch?: typeof fsWatch;
}

export const DEBOUNCE_MS = 150;
export const POLL_MS = 1000;

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
      text = await readWatched(path);
    } catch {
      return; // between the delete and the rename of a save: the next event brings the file
    }
    if (closed || text === last) return;
    last = text;
    onChange(text);
  };
  const changed = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void readNow(), delay);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = (options.watch ?? fsWatch)(dirname(path), { persistent: true }, (_event, filename) => {
      if (filename !== null && filename !== undefined && String(filename) !== name) return;
      changed();
    });
    watcher.on('error', (e) => options.onError?.(e));
  } catch {
    watcher = null; // no events here: the look every POLL_MS carries the watch
  }

  const poll = pollFile(path, options.pollMs ?? POLL_MS, changed);

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      poll.close();
      watcher?.close();
    },
  };
}

/**
 * Calls `changed` when the file's size, time or identity differs from the
 * last look. The first look always calls it: a save between the caller's
 * read of the text and that look is caught, and the text comparison after
 * it skips the call when nothing changed.
 */
function pollFile(path: string, everyMs: number, changed: () => void): FileWatcher {
  const signature = async () => {
    try {
      const s = await stat(path);
      return `${s.size}:${s.mtimeMs}:${s.ino}`;
    } catch {
      return 'missing';
    }
  };
  let seen: string | null = null;
  let busy = false;
  const interval = setInterval(() => {
    if (busy) return;
    busy = true;
    void signature().then((now) => {
      busy = false;
      if (now === seen) return;
      seen = now;
      if (now !== 'missing') changed();
    });
  }, everyMs);
  return { close: () => clearInterval(interval) };
}

/**
 * The file's text as check reads it (never blocking on a FIFO); a file that
 * cannot be read as a round file gives its problem, so a change to it still
 * triggers a run that reports the problem.
 */
export async function readWatched(path: string): Promise<string> {
  const source = await readSource(path, path);
  return source.ok ? source.text : `\u0000${source.problem.message}`;
}
