import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skippedHere } from '../helpers/platform-skips.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fixtureRound } from './round-fixture.js';

/*
 * A browser that cannot start its sandbox (a downloaded Chrome headless shell
 * under Ubuntu 24.04's AppArmor, as on GitHub's runners) must end the run with
 * exit 3 and say what to do, not Chromium's last stack-trace line. The machine
 * that runs the tests allows the sandbox, so the browser here is a stand-in
 * that prints exactly what Chromium prints there and exits like it; every
 * test that prints a PDF uses the real Chromium.
 */
describe.skipIf(skippedHere(import.meta.url))('a browser without a usable sandbox', () => {
  it('ends the run with exit 3 and the sandbox advice, after writing the HTML', async () => {
    const root = tempDir('opfolgning-sandbox-');
    mkdirSync(join(root, 'data', '2019'), { recursive: true });
    writeFileSync(join(root, 'data', '2019', 'runde-1.yaml'), fixtureRound());
    const browser = join(root, 'chrome-headless-shell');
    writeFileSync(
      browser,
      [
        '#!/bin/sh',
        "echo '[2273:2273:0214/215407.681740:FATAL:zygote_host_impl_linux.cc(126)] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.' >&2",
        "i=0; while [ $i -lt 40 ]; do echo \"#$i 0x5638b320a259 base::debug::CollectStackTrace()\" >&2; i=$((i+1)); done",
        'exit 133',
      ].join('\n'),
    );
    chmodSync(browser, 0o755);
    const r = await runCli(['render', '--round', '1', '--data', join(root, 'data'), '--out', join(root, 'out')], {
      env: { OPFOLGNING_BROWSER: browser, OPFOLGNING_NO_SANDBOX: '' },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`fejl: browseren (${browser}) kunne ikke starte sin sandkasse ("No usable sandbox!").`);
    expect(r.stderr).toContain('OPFOLGNING_NO_SANDBOX=1');
    expect(r.stderr).not.toContain('CollectStackTrace');
    expect(r.stdout).toContain('runde-1.html');
  });
});
