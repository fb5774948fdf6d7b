import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.js';

/**
 * Where the browser comes from (README.md, "The browser"): OPFOLGNING_BROWSER,
 * PUPPETEER_EXECUTABLE_PATH, the browsers Puppeteer downloaded
 * (chrome-headless-shell first), then installed ones in the usual places:
 * a Chromium headless shell first, then Chrome, Chromium, Edge.
 */
export interface FoundBrowser {
  path: string;
  /** A headless shell: launched with Puppeteer's `headless: 'shell'`. */
  headlessShell: boolean;
  /** Where it was found, for messages and tests. */
  source: 'OPFOLGNING_BROWSER' | 'PUPPETEER_EXECUTABLE_PATH' | 'puppeteer-cache' | 'installed';
}

/** A browser in Puppeteer's cache, as @puppeteer/browsers reports it. */
export interface CachedBrowser {
  browser: string;
  buildId: string;
  executablePath: string;
}

export interface FindBrowserInput {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** Browsers in Puppeteer's cache directory (see `puppeteerCachedBrowsers`). */
  cached?: readonly CachedBrowser[];
}

/** Names that mark a headless shell: chrome-headless-shell, chromium-headless-shell, headless_shell. */
export function isHeadlessShell(path: string): boolean {
  const name = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  return /headless[-_]shell/.test(name);
}

/** Usual install locations, most preferred first: headless shell, Chrome, Chromium, Edge. */
export function installedCandidates(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? homedir(), 'Applications')];
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [
      '/opt/homebrew/bin/chromium-headless-shell',
      '/usr/local/bin/chromium-headless-shell',
      '/opt/homebrew/bin/chrome-headless-shell',
      '/usr/local/bin/chrome-headless-shell',
      ...bundles.flatMap((b) => apps.map((a) => `${a}/${b}`)),
      '/opt/homebrew/bin/chromium',
      '/usr/local/bin/chromium',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter(
      (r): r is string => r !== undefined && r !== '',
    );
    const under = (rel: string) => roots.map((r) => `${r}\\${rel}`);
    return [
      ...under('chrome-headless-shell\\chrome-headless-shell.exe'),
      ...under('Google\\Chrome\\Application\\chrome.exe'),
      ...under('Chromium\\Application\\chrome.exe'),
      ...under('Microsoft\\Edge\\Application\\msedge.exe'),
    ];
  }
  // Linux and the other Unixes.
  const bins = ['/usr/bin', '/usr/local/bin', '/snap/bin'];
  const inBins = (name: string) => bins.map((b) => `${b}/${name}`);
  return [
    ...inBins('chromium-headless-shell'),
    '/usr/lib/chromium/headless_shell',
    ...inBins('chrome-headless-shell'),
    ...inBins('google-chrome-stable'),
    ...inBins('google-chrome'),
    '/opt/google/chrome/chrome',
    ...inBins('chromium'),
    ...inBins('chromium-browser'),
    ...inBins('microsoft-edge-stable'),
    ...inBins('microsoft-edge'),
    '/opt/microsoft/msedge/msedge',
  ];
}

/** Newest build first; chrome-headless-shell before chrome before anything else. */
function orderCached(cached: readonly CachedBrowser[]): CachedBrowser[] {
  const rank = (b: string) => (b === 'chrome-headless-shell' ? 0 : b === 'chrome' ? 1 : b === 'chromium' ? 2 : 3);
  const version = (id: string) => id.split('.').map((p) => Number.parseInt(p, 10) || 0);
  return [...cached].sort((a, b) => {
    const r = rank(a.browser) - rank(b.browser);
    if (r !== 0) return r;
    const va = version(a.buildId);
    const vb = version(b.buildId);
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (vb[i] ?? 0) - (va[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
}

/**
 * The browser to use, or null when there is none. Pure over `exists`, env
 * and platform. OPFOLGNING_BROWSER is the user's own choice: when it names
 * no file, that is an error (a typo must not silently print with another
 * browser). PUPPETEER_EXECUTABLE_PATH, often set for other tools, is skipped
 * then, and the next place is tried.
 */
export function findBrowser(input: FindBrowserInput): FoundBrowser | null {
  const { env, exists } = input;
  const chosen = env.OPFOLGNING_BROWSER;
  if (chosen !== undefined && chosen !== '' && !exists(chosen)) {
    throw new EnvironmentError(
      `OPFOLGNING_BROWSER=${chosen}, men der er ingen fil der (HTML-filerne er skrevet); ret stien til browseren, eller fjern variablen, så browseren findes af sig selv`,
    );
  }
  for (const source of ['OPFOLGNING_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const path = env[source];
    if (path !== undefined && path !== '' && exists(path)) return { path, headlessShell: isHeadlessShell(path), source };
  }
  for (const b of orderCached(input.cached ?? [])) {
    if (b.browser !== 'chrome-headless-shell' && b.browser !== 'chrome' && b.browser !== 'chromium') continue;
    if (exists(b.executablePath)) {
      return { path: b.executablePath, headlessShell: b.browser === 'chrome-headless-shell' || isHeadlessShell(b.executablePath), source: 'puppeteer-cache' };
    }
  }
  for (const path of installedCandidates(input.platform, env)) {
    if (exists(path)) return { path, headlessShell: isHeadlessShell(path), source: 'installed' };
  }
  return null;
}

/** Puppeteer's cache directory, as Puppeteer computes it. */
export function puppeteerCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
}

/** The browsers Puppeteer downloaded; none when the cache is absent or unreadable. */
export async function puppeteerCachedBrowsers(cacheDir: string = puppeteerCacheDir()): Promise<CachedBrowser[]> {
  if (!existsSync(cacheDir)) return [];
  try {
    const { getInstalledBrowsers } = await import('@puppeteer/browsers');
    const installed = await getInstalledBrowsers({ cacheDir });
    return installed.map((b) => ({ browser: String(b.browser), buildId: b.buildId, executablePath: b.executablePath }));
  } catch {
    return [];
  }
}

/** findBrowser over the real file system, environment and Puppeteer cache. */
export async function discoverBrowser(env: Readonly<Record<string, string | undefined>> = process.env): Promise<FoundBrowser | null> {
  const first = findBrowser({ env, platform: process.platform, exists: existsSync });
  if (first && first.source !== 'installed') return first;
  const cached = await puppeteerCachedBrowsers(puppeteerCacheDir(env));
  return findBrowser({ env, platform: process.platform, exists: existsSync, cached });
}

/** The Danish message when no browser is found (exit 3). */
export function noBrowserMessage(): string {
  return [
    'der er ingen browser til at lave PDF med (HTML-filerne er skrevet).',
    'Installér en af disse, eller peg på en med OPFOLGNING_BROWSER=/sti/til/browser:',
    '  Debian/Ubuntu: sudo apt-get install chromium-headless-shell',
    '  macOS:         installér Google Chrome, eller kør: npx puppeteer browsers install chrome-headless-shell',
    '  Windows:       installér Google Chrome, eller kør: npx puppeteer browsers install chrome-headless-shell',
  ].join('\n');
}
