import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer';
import type { FoundBrowser } from './find-browser.js';
import { chromiumCommandLine } from './launch-args.js';

/*
 * Chromium is spawned directly, the moment the run starts, and Puppeteer is
 * loaded meanwhile and connects over the DevTools pipe (fds 3 and 4): the
 * browser's start-up overlaps Node loading Puppeteer and reading the YAML.
 */

/** Puppeteer's transport over Chromium's DevTools pipe: NUL-terminated JSON messages. */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  #onclose: (() => void) | undefined;
  #pending: Buffer[] = [];
  #closed = false;

  get onclose(): (() => void) | undefined {
    return this.#onclose;
  }

  /** Set after the pipe already closed (a browser that died early): told at once. */
  set onclose(fn: (() => void) | undefined) {
    this.#onclose = fn;
    if (this.#closed && fn) setImmediate(fn);
  }

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.on('data', (chunk: Buffer) => this.#receive(chunk));
    input.on('close', () => {
      if (!this.#closed) {
        this.#closed = true;
        this.#onclose?.();
      }
    });
    // A dying browser resets its pipes: never an uncaught error.
    input.on('error', () => undefined);
    out.on('error', () => undefined);
  }

  #receive(chunk: Buffer): void {
    if (this.#closed) return;
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      const message = Buffer.concat([...this.#pending, chunk.subarray(start, end)]).toString('utf8');
      this.#pending = [];
      // Like Puppeteer's own transport: dispatch outside the stream's callback.
      // Nothing is delivered once closed: a late message would make Puppeteer start new calls (and timers) on a dead connection.
      setImmediate(() => {
        if (!this.#closed) this.onmessage?.(message);
      });
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }

  send(message: string): void {
    if (this.#closed || this.out.destroyed) return;
    this.out.write(message);
    this.out.write('\0');
  }

  close(): void {
    this.#closed = true;
  }
}

export interface ChromiumProcess {
  child: ChildProcess;
  transport: PipeTransport;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** The last lines Chromium wrote to stderr (for error messages). */
  stderrTail: () => string;
}

export function spawnChromium(found: FoundBrowser, args: readonly string[]): ChromiumProcess {
  const child = spawn(found.path, chromiumCommandLine(found, args), {
    // Its own process group, so the whole tree (zygote, renderers) can be killed at once.
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  let tail = '';
  child.stderr?.on('data', (d: Buffer) => {
    // Enough for a fatal line followed by its stack trace ("No usable sandbox!" is read from it).
    tail = (tail + d.toString('utf8')).slice(-8000);
  });
  child.stderr?.on('error', () => undefined);
  // Once Chromium is gone its pipes are of no use; open, they would keep Node running.
  child.once('exit', () => {
    for (const stream of child.stdio) stream?.destroy();
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
  return { child, transport, exited, stderrTail: () => tail };
}

/**
 * Kills the Chromium spawned with this pid and everything it started,
 * synchronously (its own process group on Unix). For the main thread, which
 * knows only the pid when a worker thread runs the browser. False when there
 * was nothing to kill.
 */
export function killPidTree(pid: number): boolean {
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

/** Kills Chromium and everything it started, synchronously. */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  const exited = child.exitCode !== null || child.signalCode !== null;
  // On Unix the group is killed even after its leader exited: a zygote or renderer may linger.
  if (exited && process.platform === 'win32') return;
  if (killPidTree(child.pid) || exited) return;
  try {
    child.kill('SIGKILL');
  } catch {
    /* already gone */
  }
}
