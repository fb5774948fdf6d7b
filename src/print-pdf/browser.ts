import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, ConnectOptions, Page } from 'puppeteer';
import { EnvironmentError } from '../errors.js';
import { killTree, spawnChromium, type ChromiumProcess } from './chromium-process.js';
import { discoverBrowser, noBrowserMessage, type FoundBrowser } from './find-browser.js';
import { launchArgs, startupFailureMessage } from './launch-args.js';
import { makeProfileDir, removeProfileNow, removeStaleProfiles } from './profile-dir.js';
import { killAtExit } from './termination.js';
import { danishSeconds, longestPrintMs, timeoutsFromEnv, withTimeout, type Timeouts } from './timeouts.js';

export interface BrowserOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Replaces discovery (tests: "no browser installed"). */
  discover?: () => Promise<FoundBrowser | null>;
  /**
   * Kill the browser when the process exits and on killBrowsersNow()
   * (default). Off in a worker thread: the main thread does it there, told
   * the pid by onSpawn. Signals are the CLI's business (src/cli/signals.ts).
   */
  killAtExit?: boolean;
  /** Asked just before Chromium is spawned; false stops the launch (the run is being stopped). */
  mayStart?: () => boolean;
  /** Chromium's pid, synchronously as it is spawned; undefined when the spawn failed. */
  onSpawn?: (pid: number | undefined) => void;
  /** The profile folder to use (made by the caller with makeProfileDir); by default one is made here. */
  userDataDir?: string;
  /** Runs on every fresh page once it is locked down, before it is used (and ahead of time for a prewarmed page). */
  setUpPage?: (page: Page) => Promise<void>;
}

/** Only what never touches the network: inlined data and the blank start page. */
export function isAllowedUrl(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

type Connect = (options: ConnectOptions) => Promise<Browser>;

/**
 * Only `connect` is needed (Chromium is started here), so the light entry of
 * puppeteer-core (the one Puppeteer documents for running in a browser; the
 * exact version `puppeteer` itself depends on) is loaded: about a third of
 * the time of the full package, on the path to the first PDF. Falls back to
 * the full package.
 */
async function loadPuppeteer(): Promise<{ connect: Connect }> {
  try {
    const light = (await import(LIGHT_ENTRY)) as { connect: Connect };
    if (typeof light.connect === 'function') return light;
  } catch {
    /* fall back */
  }
  const { default: full } = await import('puppeteer');
  return { connect: (o) => full.connect(o) };
}
const LIGHT_ENTRY = 'puppeteer-core/lib/esm/puppeteer/puppeteer-core-browser.js';


function firstLine(e: unknown): string {
  return e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
}

/**
 * One Chromium per run, started at once in the background. Every page runs
 * with JavaScript off, offline, and every request refused; the browser and
 * its profile directory are gone after close(), at exit, and on killBrowsersNow().
 */
export class BrowserSession {
  readonly timeouts: Timeouts;
  readonly userDataDir: string;
  #env: Readonly<Record<string, string | undefined>>;
  #discover: () => Promise<FoundBrowser | null>;
  #launch: Promise<Browser> | null = null;
  #browser: Browser | null = null;
  #proc: ChromiumProcess | null = null;
  #closed = false;
  /** Pages still being worked on, also after their print timed out. */
  #inflight = new Set<Promise<unknown>>();
  /** A page prepared ahead of the first print (prewarm). */
  #spare: Promise<{ context: BrowserContext; page: Page }> | null = null;
  /** Unregisters from killAtExit; a no-op when not registered. */
  #unsubscribe: () => void = () => undefined;
  #onSpawn: ((pid: number | undefined) => void) | undefined;
  #mayStart: () => boolean;
  #setUpPage: (page: Page) => Promise<void>;

  constructor(options: BrowserOptions = {}) {
    this.#env = options.env ?? process.env;
    this.#discover = options.discover ?? (() => discoverBrowser(this.#env));
    this.timeouts = timeoutsFromEnv(this.#env);
    this.userDataDir = options.userDataDir ?? makeProfileDir();
    this.#onSpawn = options.onSpawn;
    this.#mayStart = options.mayStart ?? (() => true);
    this.#setUpPage = options.setUpPage ?? (async () => undefined);
    if (options.killAtExit ?? true) this.#unsubscribe = killAtExit(() => this.killNow());
  }

  /** Starts the launch (once); failures surface from browser(), never here. */
  start(): this {
    if (this.#launch === null) {
      this.#launch = this.#doLaunch();
      this.#launch.catch(() => undefined);
      // While Chromium starts: the profile folders of killed runs.
      void removeStaleProfiles();
    }
    return this;
  }

  browser(): Promise<Browser> {
    if (this.#closed) return Promise.reject(new EnvironmentError('browseren er allerede lukket'));
    return this.start().#launch!;
  }

  async #doLaunch(): Promise<Browser> {
    // Puppeteer loads while Chromium starts.
    const puppeteer = loadPuppeteer();
    puppeteer.catch(() => undefined);
    const found = await this.#discover();
    if (!found) throw new EnvironmentError(noBrowserMessage());
    if (this.#closed) throw new EnvironmentError('browseren er allerede lukket');
    const ms = this.timeouts.launchMs;
    if (!this.#mayStart()) throw new EnvironmentError('browseren er allerede lukket');
    let pid: number | undefined;
    let proc: ChromiumProcess;
    try {
      proc = spawnChromium(found, launchArgs({ env: this.#env, uid: process.getuid?.(), userDataDir: this.userDataDir }));
      pid = proc.child.pid;
    } finally {
      // Told whatever happens, so a thread waiting for the pid is never left waiting.
      this.#onSpawn?.(pid);
    }
    this.#proc = proc;
    const spawnFailed = new Promise<never>((_, reject) => {
      proc.child.once('error', (e) => reject(new EnvironmentError(`browseren (${found.path}) kunne ikke starte: ${firstLine(e)}`)));
      void proc.exited.then(() =>
        reject(new EnvironmentError(startupFailureMessage(found.path, proc.stderrTail()))),
      );
    });
    spawnFailed.catch(() => undefined);
    const connecting = (async () => {
      const pp = await puppeteer;
      if (this.#closed || proc.child.exitCode !== null || proc.child.signalCode !== null) throw new EnvironmentError('browseren er allerede lukket');
      return pp.connect({ transport: proc.transport, defaultViewport: null, protocolTimeout: Math.max(longestPrintMs(this.timeouts), ms) + 5_000 });
    })();
    connecting.catch(() => undefined);
    try {
      const browser = await withTimeout(
        Promise.race([connecting, spawnFailed]),
        ms,
        () => new EnvironmentError(`browseren (${found.path}) startede ikke inden for ${danishSeconds(ms)}`),
      );
      if (this.#closed) throw new EnvironmentError('browseren er allerede lukket');
      this.#browser = browser;
      // The start-up tab's renderer (~30 MB) is not needed: every print opens its own page.
      void browser
        .pages()
        .then((pages) => Promise.all(pages.map((p) => p.close())))
        .catch(() => undefined);
      return browser;
    } catch (e) {
      killTree(proc.child);
      if (e instanceof EnvironmentError) throw e;
      throw new EnvironmentError(`browseren (${found.path}) kunne ikke starte: ${firstLine(e)}`);
    }
  }

  /** Synchronous: for signals and exit. */
  killNow(): void {
    this.#closed = true;
    if (this.#proc) killTree(this.#proc.child);
    removeProfileNow(this.userDataDir);
    this.#unsubscribe();
  }


  /**
   * Opens the page the first print will use, now: its renderer starts and
   * its settings travel while Node is still checking the data and making the
   * HTML, instead of after. One at most; close() disposes of it if unused.
   */
  prewarm(): this {
    if (this.#spare === null && !this.#closed) {
      const spare = this.#preparePage();
      this.#spare = spare;
      // close() waits for it like for a print, so it never races the browser's close.
      const settled = spare.then(
        () => undefined,
        () => undefined,
      );
      this.#inflight.add(settled);
      void settled.then(() => this.#inflight.delete(settled));
    }
    return this;
  }

  /** A fresh page with JavaScript disabled, offline, and every request except inlined data refused. */
  async #preparePage(): Promise<{ context: BrowserContext; page: Page }> {
    const browser = await this.browser();
    // A context of its own gives the page a fresh renderer process: the
    // DOM node ids Chromium writes into the structure tree then start
    // from the same number for every print, so the bytes repeat.
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setOfflineMode(true);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (isAllowedUrl(request.url())) void request.continue().catch(() => undefined);
        else void request.abort('blockedbyclient').catch(() => undefined);
      });
      await this.#setUpPage(page);
      return { context, page };
    } catch (e) {
      await context.close().catch(() => undefined);
      throw e;
    }
  }

  /**
   * Runs `fn` on a fresh page with JavaScript disabled, the network offline
   * and every request except inlined data refused; the page is closed
   * afterwards. The whole thing is limited to `ms`, by default the print timeout.
   */
  async withPage<T>(fn: (page: Page) => Promise<T>, ms = this.timeouts.printMs): Promise<T> {
    await this.browser(); // the launch has its own timeout and messages
    // The page made ready while the YAML was read, if there is one.
    const ready = this.#spare ?? this.#preparePage();
    this.#spare = null;
    let context: BrowserContext | null = null;
    const work = (async () => {
      const prepared = await ready;
      context = prepared.context;
      return fn(prepared.page);
    })();
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#inflight.add(settled);
    void settled.then(() => this.#inflight.delete(settled));
    try {
      return await withTimeout(work, ms, () => new EnvironmentError(`browseren svarede ikke inden for ${danishSeconds(ms)}`));
    } catch (e) {
      if (e instanceof EnvironmentError) throw e;
      throw new EnvironmentError(`browseren fejlede under udskrivningen: ${firstLine(e)}`);
    } finally {
      const c = context as BrowserContext | null;
      if (c) await withTimeout(c.close(), 5_000, () => new Error('context close')).catch(() => undefined);
    }
  }

  /** Closes the browser (killing it if it does not close in time) and removes its profile. */
  async close(): Promise<void> {
    this.#closed = true;
    // Still starting: stop it rather than wait for it.
    if (!this.#browser && this.#proc) killTree(this.#proc.child);
    await this.#launch?.catch(() => null);
    const proc = this.#proc;
    if (proc) {
      if (this.#browser) {
        // Let Puppeteer finish what a timed-out print left half done (opening
        // a page…), so that no timer of it outlives the browser and keeps the
        // run from ending; a browser that does not answer is not waited for.
        await withTimeout(Promise.all(this.#inflight), 2_000, () => new Error('inflight')).catch(() => undefined);
        await withTimeout(this.#browser.close(), 3_000, () => new Error('close')).catch(() => undefined);
        await withTimeout(proc.exited, 2_000, () => new Error('exit')).catch(() => undefined);
      }
      killTree(proc.child);
      await withTimeout(proc.exited, 2_000, () => new Error('exit')).catch(() => undefined);
    }
    this.#unsubscribe();
    await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 }).catch(() => undefined);
  }
}
