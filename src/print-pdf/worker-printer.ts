import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { EnvironmentError } from '../errors.js';
import type { PdfMeta, PdfPrinter } from '../pipeline/render.js';
import { killPidTree } from './chromium-process.js';
import { makeProfileDir, removeProfileNow } from './profile-dir.js';
import { stopSpawns } from './spawn-slot.js';
import { killAtExit } from './termination.js';
import { withTimeout } from './timeouts.js';
import type { FromWorker, ToWorker, WorkerStart } from './worker-messages.js';

interface Pending {
  resolve: (pdf: Uint8Array) => void;
  reject: (e: Error) => void;
}

/** How long close() waits for the worker to close the browser before killing it. */
const CLOSE_MS = 10_000;

/**
 * The PdfPrinter of the CLI: the browser session runs in a worker thread
 * (print-worker.ts), so it starts, connects and opens the first page while
 * this thread checks the data and renders the HTML. This thread keeps the
 * duty no worker can have: at exit (and on killBrowsersNow, which the CLI
 * calls on SIGINT/SIGTERM/SIGHUP) it kills Chromium by its pid and removes
 * its profile folder.
 */
export class WorkerPdfPrinter implements PdfPrinter {
  #worker: Worker;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  /** Chromium's pid, shared with the worker (the handshake is in spawn-slot.ts). */
  #pid = new Int32Array(new SharedArrayBuffer(4));
  /** Made here, so this thread knows it from the start. */
  #profile = makeProfileDir();
  #closing: Promise<void> | null = null;
  #closed: () => void = () => undefined;
  #gone: Promise<void>;
  #failure: Error | null = null;
  #unsubscribe: () => void;

  constructor(workerFile: URL) {
    const start: WorkerStart = { profileDir: this.#profile, pidSlot: this.#pid.buffer as SharedArrayBuffer };
    this.#worker = new Worker(workerFile, { workerData: start });
    this.#worker.on('message', (m: FromWorker) => this.#receive(m));
    this.#worker.on('error', (e) => this.#fail(new Error(`printeren fejlede: ${e.message.split('\n')[0]}`)));
    this.#gone = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    void this.#gone.then(() => this.#fail(new EnvironmentError(this.#closing ? 'browseren er allerede lukket' : 'printeren stoppede uventet')));
    this.#unsubscribe = killAtExit(() => this.killNow());
  }

  #receive(m: FromWorker): void {
    if (m.kind === 'closed') this.#closed();
    else {
      const p = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      if (!p) return;
      if (m.kind === 'printed') p.resolve(m.pdf);
      else p.reject(m.environment ? new EnvironmentError(m.message) : new Error(m.message));
    }
  }

  /** Rejects every print in flight, and every later one, with `e` (the first failure wins). */
  #fail(e: Error): void {
    this.#failure ??= e;
    for (const p of this.#pending.values()) p.reject(this.#failure);
    this.#pending.clear();
  }

  print(html: string, meta: PdfMeta): Promise<Uint8Array> {
    if (this.#closing) return Promise.reject(new EnvironmentError('browseren er allerede lukket'));
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#post({ kind: 'print', id, html, meta });
    });
  }

  #post(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      const closed = new Promise<void>((resolve) => (this.#closed = resolve));
      this.#post({ kind: 'close' });
      const orderly = await withTimeout(
        Promise.race([closed.then(() => true), this.#gone.then(() => false)]),
        CLOSE_MS,
        () => new Error('close'),
      ).catch(() => false);
      await this.#worker.terminate();
      // A print the worker never answered must not wait for ever.
      this.#fail(new EnvironmentError('browseren er allerede lukket'));
      // The worker closed the browser and removed its profile; otherwise it is done here.
      if (orderly) this.#unsubscribe();
      else this.killNow();
    })();
    return this.#closing;
  }

  /** Synchronous: kills the browser and removes its profile; for signals, exit and a failed close. */
  killNow(): void {
    const pid = stopSpawns(this.#pid);
    if (pid > 0) killPidTree(pid);
    removeProfileNow(this.#profile);
    this.#unsubscribe();
  }
}

/** The worker's file beside the bundled CLI, when the CLI runs from the bundle. */
export function printWorkerFile(): URL | null {
  const file = new URL('./print-worker.mjs', import.meta.url);
  return existsSync(file) ? file : null;
}
