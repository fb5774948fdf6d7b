import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const created: string[] = [];

/**
 * A fresh folder for one test's files; tests never write into the
 * repository. Every folder made here is removed after its test file
 * (tests/setup/remove-temp-dirs.ts), whether or not the test cleans up.
 */
export function tempDir(prefix = 'opfolgning-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Writes files (path → text) under a fresh temp folder and returns the folder. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Every file under `dir` (none if it does not exist), relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
