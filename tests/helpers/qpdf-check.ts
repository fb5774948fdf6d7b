import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

/*
 * `qpdf --check` on every PDF a test writes: the structure (cross-reference
 * sections, the incremental update, stream lengths, compressed data) must be
 * sound, whatever else the test looks at.
 */

/** Throws with qpdf's output unless `qpdf --check` finds the file clean. */
export function qpdfCheck(file: string): void {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (r.status !== 0 || !/No syntax or stream encoding errors found/.test(r.stdout)) {
    throw new Error(`qpdf --check ${file} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  }
}

/** The same for a PDF in memory (written to a temp file first). */
export function qpdfCheckBytes(bytes: Uint8Array, name = 'checked.pdf'): void {
  const file = join(tempDir('opfolgning-qpdf-'), name);
  writeFileSync(file, bytes);
  qpdfCheck(file);
}
