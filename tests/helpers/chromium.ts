import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { discoverBrowser } from '../../src/print-pdf/find-browser.js';
import { launchArgs } from '../../src/print-pdf/launch-args.js';

/**
 * A real Chromium for tests that look at the HTML in a browser (axe-core),
 * found and started exactly as the tool does; closed by the caller.
 */
export async function launchTestBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const found = await discoverBrowser();
  if (!found) throw new Error('no browser found: run scripts/setup.sh');
  const userDataDir = mkdtempSync(join(tmpdir(), 'opfolgning-test-browser-'));
  const browser = await puppeteer.launch({
    executablePath: found.path,
    headless: found.headlessShell ? 'shell' : true,
    args: launchArgs({ env: process.env, uid: process.getuid?.(), userDataDir }),
    timeout: 30_000,
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      // maxRetries: on Windows, Chromium's last processes hold the profile a moment after close.
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
