import { findRoundFile, type RoundFileRef } from '../data-files/round-files.js';
import { render, type RenderResult } from '../pipeline/render.js';
import { readWatched, watchFile, type FileWatcher } from './file-watcher.js';
import { serialRunner } from './serial-runner.js';

/*
 * watch: the HTML of one round rendered at start and again after every save
 * of its file. Invalid saves are reported and the watch goes on; stop() ends it.
 */

export interface WatchOptions {
  dataDir: string;
  outDir: string;
  round: number;
  year?: number;
  strict?: boolean;
}

export interface WatchEvents {
  /** After every render attempt: the problems, and the HTML written (if any). */
  rendered(result: RenderResult, ref: RoundFileRef): void;
  /** A run that failed outright (file missing, output not writable; an OpfolgningError, or an internal error). */
  failed(error: unknown, ref: RoundFileRef): void;
}

export interface WatchSession {
  ref: RoundFileRef;
  /** Closes the watcher and waits for a render in progress. */
  stop(): Promise<void>;
}

export async function watchRound(options: WatchOptions, events: WatchEvents): Promise<WatchSession> {
  const ref = await findRoundFile(options.dataDir, options.round, options.year);
  const runner = serialRunner(async () => {
    try {
      const result = await render({
        dataDir: options.dataDir,
        outDir: options.outDir,
        year: ref.year,
        round: ref.round,
        formats: ['html'],
        strict: options.strict === true,
      });
      events.rendered(result, ref);
    } catch (e) {
      events.failed(e, ref);
    }
  });
  const initialText = await readWatched(ref.path).catch(() => null);
  let watcher: FileWatcher | null = watchFile(ref.path, () => runner.request(), {
    initialText,
    // A watch that can no longer see the folder says so rather than sit there looking alive.
    onError: (e) => events.failed(e, ref),
  });
  runner.request();
  return {
    ref,
    async stop() {
      watcher?.close();
      watcher = null;
      await runner.idle();
    },
  };
}
