import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumCommandLine,
  launchArgs,
  needsNoSandbox,
  readUsernsRestriction,
  sandboxFailureMessage,
  startupFailureMessage,
} from '../../src/print-pdf/launch-args.js';
import { PRINT_MS_PER_HTML_MIB } from '../../src/limits.js';
import { tempDir } from '../helpers/temp-dir.js';
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

// What Chromium prints on a GitHub ubuntu-24.04 runner (quoted in issue 10 and Puppeteer's issue 12818).
const NO_SANDBOX =
  '[2273:2273:0214/215407.681740:FATAL:zygote_host_impl_linux.cc(126)] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.\n#0 0x5638b320a259 base::debug::CollectStackTrace()\n';

describe('the sandbox on a non-root runner (Ubuntu 23.10+, AppArmor)', () => {
  it('stays on for a non-root user even where AppArmor restricts user namespaces: the host is fixed, not the browser', () => {
    // The decision does not depend on the restriction: only root or OPFOLGNING_NO_SANDBOX=1 turn it off.
    expect(launchArgs({ env: {}, uid: 1001, userDataDir: '/tmp/x' })).not.toContain('--no-sandbox');
    expect(launchArgs({ env: { OPFOLGNING_NO_SANDBOX: '1' }, uid: 1001, userDataDir: '/tmp/x' })).toContain('--no-sandbox');
  });

  it('a browser that dies with "No usable sandbox!" under AppArmor gets the three ways out, in Danish', () => {
    const message = startupFailureMessage('/home/runner/.cache/puppeteer/chrome-headless-shell/x/chrome-headless-shell', NO_SANDBOX, () => '1\n');
    expect(message).toBe(sandboxFailureMessage('/home/runner/.cache/puppeteer/chrome-headless-shell/x/chrome-headless-shell', '1\n'));
    expect(message.split('\n')).toEqual([
      'browseren (/home/runner/.cache/puppeteer/chrome-headless-shell/x/chrome-headless-shell) kunne ikke starte sin sandkasse ("No usable sandbox!").',
      'AppArmor (Ubuntu 23.10 og nyere) tillader kun sandkassen for browsere med en AppArmor-profil. Gør én af disse:',
      '  giv browseren en profil, der tillader userns (se README, afsnittet om browseren, og .github/workflows/reports.yml),',
      '  brug Google Chrome installeret i /opt/google/chrome (Ubuntus egen profil dækker den): OPFOLGNING_BROWSER=/opt/google/chrome/chrome,',
      '  eller kør uden sandkasse med OPFOLGNING_NO_SANDBOX=1 (rapporten vises uden JavaScript og uden netværk).',
    ]);
  });

  it('without AppArmor\'s restriction the advice is the kernel switch; other failures keep Chromium\'s last line', () => {
    expect(startupFailureMessage('/b', NO_SANDBOX, () => undefined)).toContain('sudo sysctl -w kernel.unprivileged_userns_clone=1');
    expect(startupFailureMessage('/b', 'line one\nerror while loading shared libraries: libnss3.so\n', () => '1')).toBe(
      'browseren (/b) stoppede under opstarten: error while loading shared libraries: libnss3.so',
    );
    expect(startupFailureMessage('/b', '', () => '1')).toBe('browseren (/b) stoppede under opstarten');
  });

  it('reads the restriction from the kernel file, and nothing where there is none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'restrict'), '1\n');
    expect(readUsernsRestriction(join(dir, 'restrict'))).toBe('1\n');
    expect(readUsernsRestriction(join(dir, 'missing'))).toBeUndefined();
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
