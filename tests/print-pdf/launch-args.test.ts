import { describe, expect, it } from 'vitest';
import { chromiumCommandLine, launchArgs, needsNoSandbox } from '../../src/print-pdf/launch-args.js';
import { PRINT_MS_PER_HTML_MIB } from '../../src/limits.js';
import { danishSeconds, DEFAULT_LAUNCH_TIMEOUT_MS, DEFAULT_PRINT_TIMEOUT_MS, timeoutsFromEnv } from '../../src/print-pdf/timeouts.js';

describe('launch arguments', () => {
  it('--no-sandbox only as root or with OPFOLGNING_NO_SANDBOX=1', () => {
    expect(needsNoSandbox({}, 0)).toBe(true);
    expect(needsNoSandbox({}, 1000)).toBe(false);
    expect(needsNoSandbox({}, undefined)).toBe(false);
    expect(needsNoSandbox({ OPFOLGNING_NO_SANDBOX: '1' }, 1000)).toBe(true);
    expect(needsNoSandbox({ OPFOLGNING_NO_SANDBOX: '0' }, 1000)).toBe(false);
    expect(launchArgs({ env: {}, uid: 1000, userDataDir: '/tmp/x' })).not.toContain('--no-sandbox');
    expect(launchArgs({ env: {}, uid: 0, userDataDir: '/tmp/x' })).toContain('--no-sandbox');
  });

  it('always keeps Chromium off the network and uses the given profile directory', () => {
    const args = launchArgs({ env: {}, uid: 1000, userDataDir: '/tmp/profile-1' });
    for (const a of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu']) {
      expect(args).toContain(a);
    }
    expect(args).toContain('--user-data-dir=/tmp/profile-1');
    expect(args).toContain('--proxy-server=127.0.0.1:9');
  });
});

describe('timeouts', () => {
  it('default to 30 s launch and 60 s print, overridable by environment', () => {
    expect(timeoutsFromEnv({})).toEqual({ launchMs: DEFAULT_LAUNCH_TIMEOUT_MS, printMs: DEFAULT_PRINT_TIMEOUT_MS, printMsPerMib: PRINT_MS_PER_HTML_MIB });
    expect(timeoutsFromEnv({ OPFOLGNING_TIMEOUT_MS: '1', OPFOLGNING_LAUNCH_TIMEOUT_MS: '5000', OPFOLGNING_TIMEOUT_PER_MIB_MS: '0' })).toEqual({
      launchMs: 5000,
      printMs: 1,
      printMsPerMib: 0,
    });
    expect(timeoutsFromEnv({ OPFOLGNING_TIMEOUT_MS: 'abc' }).printMs).toBe(DEFAULT_PRINT_TIMEOUT_MS);
  });

  it('longer than setTimeout can wait are cut to its ceiling, not fired at once', () => {
    expect(timeoutsFromEnv({ OPFOLGNING_TIMEOUT_MS: '99999999999' }).printMs).toBe(2 ** 31 - 1);
  });

  it('are said in Danish', () => {
    expect(danishSeconds(60_000)).toBe('60 s');
    expect(danishSeconds(1500)).toBe('1,5 s');
    expect(danishSeconds(1)).toBe('0,001 s');
    expect(danishSeconds(1040)).toBe('1 s');
    expect(danishSeconds(10_020)).toBe('10 s');
    expect(danishSeconds(1999)).toBe('2 s');
  });
});

describe('the Chromium command line', () => {
  const ours = launchArgs({ env: {}, uid: 1000, userDataDir: '/tmp/p' });
  it('talks over the DevTools pipe, headless in the right mode, with tagged PDF and outline support', () => {
    const shell = chromiumCommandLine({ path: '/usr/bin/chromium-headless-shell', headlessShell: true, source: 'installed' }, ours);
    expect(shell).toContain('--headless');
    expect(shell).toContain('--remote-debugging-pipe');
    expect(shell).toContain('--export-tagged-pdf');
    expect(shell).toContain('--generate-pdf-document-outline');
    expect(shell.at(-1)).toBe('about:blank');
    const chrome = chromiumCommandLine({ path: '/usr/bin/google-chrome', headlessShell: false, source: 'installed' }, ours);
    expect(chrome).toContain('--headless=new');
  });

  it('merges every --disable-features into one switch (Chromium reads only the last)', () => {
    const line = chromiumCommandLine({ path: '/x', headlessShell: true, source: 'installed' }, [...ours, '--disable-features=Foo']);
    const disable = line.filter((a) => a.startsWith('--disable-features='));
    expect(disable).toHaveLength(1);
    expect(disable[0]).toContain('Translate');
    expect(disable[0]).toContain('OptimizationHints');
    expect(disable[0]).toContain('Foo');
    for (const a of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--user-data-dir=/tmp/p']) expect(line).toContain(a);
  });
});
