import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLATFORM_SKIPS, skippedHere } from '../helpers/platform-skips.js';
import { REPO } from '../helpers/run-cli.js';

/*
 * The list of tests that do not run on Windows or macOS, each with its
 * reason, checked against the skips the test files actually make: every
 * entry is a skip in its file, every skip in a file is an entry, and no test
 * file looks at the platform by itself.
 */

function testFiles(dir = 'tests'): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(`${dir}/${e.name}`) : e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : [],
  );
}

const source = (file: string) => readFileSync(join(REPO, file), 'utf8');
const SKIP_CALL = /\bskippedHere\(import\.meta\.url(?:, '([^']+)')?\)/g;
const label = (file: string, part: string | undefined) => (part === undefined ? file : `${file} (${part})`);

describe('the tests skipped on Windows or macOS', () => {
  it.each(PLATFORM_SKIPS.map((s) => [label(s.file, s.part), s.on.join(' and '), s.reason, s] as const))(
    '%s is skipped on %s: %s',
    (_label, _on, _reason, skip) => {
      expect(skip.reason.length).toBeGreaterThan(20);
      expect(skip.on.length).toBeGreaterThan(0);
      const calls = [...source(skip.file).matchAll(SKIP_CALL)].map((m) => m[1]);
      expect(calls, 'the file makes this skip').toContain(skip.part);
      const url = pathToFileURL(join(REPO, skip.file)).href;
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        expect(skippedHere(url, skip.part, platform), platform).toBe((skip.on as readonly string[]).includes(platform));
      }
    },
  );

  it('lists every platform skip a test file makes, and each once', () => {
    const made = testFiles().flatMap((file) => [...source(file).matchAll(SKIP_CALL)].map((m) => label(file, m[1])));
    const listed = PLATFORM_SKIPS.map((s) => label(s.file, s.part));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...new Set(made)].sort()).toEqual([...listed].sort());
  });

  it('leaves no test file deciding on the platform by itself', () => {
    const own = testFiles().filter((file) => /process\.platform|\bplatform\(\)|\bskippedHere\((?!import\.meta\.url)/.test(source(file)));
    expect(own.filter((f) => f !== 'tests/platform/platform-skips.test.ts')).toEqual([]);
  });

  it('refuses a skip that is not in the list', () => {
    const here = import.meta.url;
    expect(() => skippedHere(here, 'not listed')).toThrow(/is not in tests\/helpers\/platform-skips\.ts/);
  });
});
