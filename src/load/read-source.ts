import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { error, type Problem } from '../problems/problem.js';

import { MAX_FILE_BYTES } from '../limits.js';

export { MAX_FILE_BYTES };

export type SourceResult = { ok: true; text: string } | { ok: false; problem: Problem };

/**
 * Decodes the bytes of a round file: refuses files over the size limit and
 * invalid UTF-8 (with the byte offset), and drops a UTF-8 byte order mark.
 */
export function decodeSource(file: string, bytes: Uint8Array): SourceResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: tooLarge(file, bytes.length) };
  // Node's native check first; the byte-by-byte scan only to find where a bad file goes wrong.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder().decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    const at = { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
    return { ok: false, problem: error(file, at, `filen er ikke gyldig UTF-8 (byte ${bad}); gem den som UTF-8`) };
  }
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/**
 * Reads a round file without ever blocking on it: anything that is not a
 * regular file (a FIFO, a device, a socket, a folder) is refused before it is
 * opened, the open itself is non-blocking, and the opened handle is checked
 * again, so a file swapped for a FIFO in between is refused too. Reads at most
 * one chunk past the size limit, so an oversized file is never read into memory.
 */
export async function readSource(file: string, absolutePath: string): Promise<SourceResult> {
  try {
    return await readBounded(file, absolutePath);
  } catch (e) {
    // No permission, gone meanwhile: bad input, said like any other problem.
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: error(file, { line: 1, col: 1 }, `filen kan ikke læses${code ? ` (${code})` : ''}`) };
  }
}

/** Not a regular file: what it is, in Danish, and what to do. */
function notRegular(file: string, s: { isDirectory(): boolean; isFIFO(): boolean }): SourceResult {
  const what = s.isDirectory() ? 'en mappe' : s.isFIFO() ? 'en navngiven pipe (FIFO)' : 'en speciel fil (enhed eller socket)';
  return { ok: false, problem: error(file, { line: 1, col: 1 }, `${what}, ikke en almindelig fil; gem rundefilen som en almindelig YAML-fil`) };
}

async function readBounded(file: string, absolutePath: string): Promise<SourceResult> {
  const before = await stat(absolutePath);
  if (!before.isFile()) return notRegular(file, before);
  const handle = await open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return notRegular(file, opened);
    const size = opened.size;
    if (size > MAX_FILE_BYTES) return { ok: false, problem: tooLarge(file, size) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(Math.max(size + 1, 64 * 1024), MAX_FILE_BYTES + 1));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_FILE_BYTES) return { ok: false, problem: tooLarge(file, total, true) };
    }
    return decodeSource(file, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, bytes: number, atLeast = false): Problem {
  const mib = (MAX_FILE_BYTES / 1024 / 1024).toFixed(0);
  return error(file, { line: 1, col: 1 }, `filen er for stor (${atLeast ? 'over ' : ''}${bytes} byte); grænsen er ${mib} MiB`);
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
