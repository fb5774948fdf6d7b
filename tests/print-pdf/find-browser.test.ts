import { describe, expect, it } from 'vitest';
import { findBrowser, installedCandidates, isHeadlessShell, noBrowserMessage, type CachedBrowser } from '../../src/print-pdf/find-browser.js';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

const cached: CachedBrowser[] = [
  { browser: 'chrome', buildId: '131.0.6778.85', executablePath: '/c/chrome/linux-131/chrome' },
  { browser: 'chrome-headless-shell', buildId: '130.0.1.1', executablePath: '/c/chs/linux-130/chrome-headless-shell' },
  { browser: 'chrome-headless-shell', buildId: '131.0.6778.85', executablePath: '/c/chs/linux-131/chrome-headless-shell' },
  { browser: 'firefox', buildId: 'stable_133', executablePath: '/c/firefox/firefox' },
];
const allCached = cached.map((c) => c.executablePath);

describe('findBrowser order', () => {
  it('OPFOLGNING_BROWSER beats everything', () => {
    const env = { OPFOLGNING_BROWSER: '/my/chrome', PUPPETEER_EXECUTABLE_PATH: '/pp/chrome' };
    const found = findBrowser({ env, platform: 'linux', exists: only('/my/chrome', '/pp/chrome', '/usr/bin/chromium-headless-shell', ...allCached), cached });
    expect(found).toEqual({ path: '/my/chrome', headlessShell: false, source: 'OPFOLGNING_BROWSER' });
  });

  it('then PUPPETEER_EXECUTABLE_PATH', () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/pp/chrome-headless-shell' };
    const found = findBrowser({ env, platform: 'linux', exists: only('/pp/chrome-headless-shell', '/usr/bin/chromium-headless-shell', ...allCached), cached });
    expect(found).toEqual({ path: '/pp/chrome-headless-shell', headlessShell: true, source: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('PUPPETEER_EXECUTABLE_PATH naming a missing file is skipped', () => {
    const env = { OPFOLGNING_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '/gone' };
    expect(findBrowser({ env, platform: 'linux', exists: only('/usr/bin/chromium') })?.path).toBe('/usr/bin/chromium');
  });

  it('OPFOLGNING_BROWSER naming a missing file is an error saying so, not another browser', () => {
    const env = { OPFOLGNING_BROWSER: '/nonexistent' };
    expect(() => findBrowser({ env, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow(
      'OPFOLGNING_BROWSER=/nonexistent, men der er ingen fil der (HTML-filerne er skrevet); ret stien til browseren, eller fjern variablen, så browseren findes af sig selv',
    );
  });

  it("then Puppeteer's downloads: newest chrome-headless-shell first, then chrome, never firefox", () => {
    const found = findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium-headless-shell', ...allCached), cached });
    expect(found).toEqual({ path: '/c/chs/linux-131/chrome-headless-shell', headlessShell: true, source: 'puppeteer-cache' });
    const noShell = findBrowser({ env: {}, platform: 'linux', exists: only('/c/chrome/linux-131/chrome', '/c/firefox/firefox'), cached });
    expect(noShell).toEqual({ path: '/c/chrome/linux-131/chrome', headlessShell: false, source: 'puppeteer-cache' });
  });

  it('on Linux: headless shell, then Chrome, Chromium, Edge', () => {
    const all = ['/usr/bin/chromium-headless-shell', '/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/microsoft-edge'];
    const order: string[] = [];
    let present = [...all];
    while (present.length > 0) {
      const f = findBrowser({ env: {}, platform: 'linux', exists: only(...present) });
      order.push(f!.path);
      present = present.filter((p) => p !== f!.path);
    }
    expect(order).toEqual(all);
    expect(findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium-headless-shell') })?.headlessShell).toBe(true);
  });

  it('on macOS: Chrome, Chromium, Edge app bundles (headless shell first)', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ env: { HOME: '/Users/x' }, platform: 'darwin', exists: only(edge, chrome) })?.path).toBe(chrome);
    expect(findBrowser({ env: { HOME: '/Users/x' }, platform: 'darwin', exists: only(edge) })?.path).toBe(edge);
    const c = installedCandidates('darwin', { HOME: '/Users/x' });
    expect(c.findIndex((p) => p.includes('headless-shell'))).toBeLessThan(c.indexOf(chrome));
  });

  it('on Windows: Chrome before Edge, under Program Files', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' };
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ env, platform: 'win32', exists: only(edge, chrome) })?.path).toBe(chrome);
    expect(findBrowser({ env, platform: 'win32', exists: only(edge) })).toEqual({ path: edge, headlessShell: false, source: 'installed' });
  });

  it('on Windows: Chrome for one user under LOCALAPPDATA, Program Files (x86), and the default folders without the variables', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\x\\AppData\\Local' };
    const perUser = 'C:\\Users\\x\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const x86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ env, platform: 'win32', exists: only(perUser, edge) })?.path).toBe(perUser);
    expect(findBrowser({ env, platform: 'win32', exists: only(x86, edge) })?.path).toBe(x86);
    expect(findBrowser({ env: {}, platform: 'win32', exists: only(edge) })?.path).toBe(edge);
    const c = installedCandidates('win32', env);
    for (const root of Object.values(env)) {
      for (const exe of ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe']) expect(c).toContain(`${root}\\${exe}`);
    }
  });

  it('on macOS: the bundles in ~/Applications too, Chrome before Chromium before Edge', () => {
    const home = '/Users/x/Applications';
    const chromium = `${home}/Chromium.app/Contents/MacOS/Chromium`;
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ env: { HOME: '/Users/x' }, platform: 'darwin', exists: only(edge, chromium) })?.path).toBe(chromium);
    expect(findBrowser({ env: { HOME: '/Users/x' }, platform: 'darwin', exists: only(`${home}/Google Chrome.app/Contents/MacOS/Google Chrome`, chromium) })?.path).toBe(
      `${home}/Google Chrome.app/Contents/MacOS/Google Chrome`,
    );
  });

  it('none found: null, and the message says how to install one on each system', () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: () => false, cached })).toBeNull();
    const msg = noBrowserMessage();
    expect(msg).toContain('apt-get install chromium-headless-shell');
    expect(msg).toContain('macOS');
    expect(msg).toContain('Windows');
    expect(msg).toContain('npx puppeteer browsers install chrome-headless-shell');
  });

  it('recognises headless shells by name', () => {
    expect(isHeadlessShell('/usr/bin/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('C:\\x\\chrome-headless-shell.exe')).toBe(true);
    expect(isHeadlessShell('/usr/lib/chromium/headless_shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
  });
});
