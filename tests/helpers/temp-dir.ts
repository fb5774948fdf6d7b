import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh folder for one test's files; tests never write into the repository. */
export function tempDir(prefix = 'opfolgning-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
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
