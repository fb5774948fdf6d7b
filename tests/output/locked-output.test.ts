import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/terminal.js';
import { EnvironmentError } from '../../src/errors.js';
import { RETRY_DELAYS_MS, writeFileAtomic } from '../../src/output/atomic-write.js';
import { nodeFileSystem } from '../../src/output/file-system.js';
import { LockedFileError } from '../../src/output/locked-files.js';
import { render } from '../../src/pipeline/render.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { failingFileSystem, systemError } from '../helpers/system-error.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * A report open in Acrobat or Edge on Windows cannot be replaced: the rename
 * onto it fails with EPERM or EBUSY (EACCES on some versions) until the
 * program lets go. The failing rename is injected at the output's file-system
 * facade, as the error Node throws there; everything else is the real disk.
 */

const CAUSE = 'Er filen åben i et andet program? Luk den og kør igen.';
const milestone = '          1:\n            tekst: Noget.\n            smiley: glad\n';
const round1 =
  header(1) +
  initiative('1.1', milestone) +
  initiative('1.2', milestone).replace('udvalg: Social- og Sundhedsudvalget', 'udvalg: Økonomiudvalget');
/** What `render --all` writes for round1, and what each file held before the run. */
const FILES = ['runde-1.html', 'runde-1-social-og-sundhedsudvalget.html', 'runde-1-oekonomiudvalget.html'];
const fast = { retryDelaysMs: [1, 1] };

function project(): { root: string; data: string; out: string } {
  const root = tempTree({
    'data/2019/runde-1.yaml': round1,
    ...Object.fromEntries(FILES.map((f) => [`out/2019/${f}`, `forrige ${f}`])),
  });
  return { root, data: join(root, 'data'), out: join(root, 'out') };
}

const held = (name: string) => (_from: string, to: string) => to.endsWith(join('2019', name));

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('writeFileAtomic onto a file another program holds open', () => {
  it('tries again for a moment, then says which file and why, and leaves the previous file whole', async () => {
    const { out } = project();
    const target = join(out, '2019', 'runde-1.html');
    const fs = failingFileSystem('rename', 'EBUSY');
    const failure = await writeFileAtomic(target, 'ny', { fs, ...fast }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LockedFileError);
    expect((failure as LockedFileError).exitCode).toBe(3);
    expect((failure as Error).message).toBe(`${target} kan ikke erstattes (EBUSY). ${CAUSE}`);
    expect(fs.calls).toHaveLength(3);
    expect(readFileSync(target, 'utf8')).toBe('forrige runde-1.html');
    expect(readdirSync(join(out, '2019')).sort()).toEqual([...FILES].sort());
  });

  it('retries about 1.5 s by default (a virus scanner lets go; Acrobat does not)', () => {
    expect(RETRY_DELAYS_MS.length).toBeGreaterThanOrEqual(3);
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(total).toBeLessThanOrEqual(2000);
  });

  it.each(['EPERM', 'EACCES'])('takes %s for a locked file too', async (code) => {
    const { out } = project();
    const target = join(out, '2019', 'runde-1.html');
    await expect(writeFileAtomic(target, 'ny', { fs: failingFileSystem('rename', code), ...fast })).rejects.toThrow(
      `kan ikke erstattes (${code}). ${CAUSE}`,
    );
  });

  it('replaces the file once a lock held briefly is gone', async () => {
    const { out } = project();
    const target = join(out, '2019', 'runde-1.html');
    let failures = 2;
    const fs = failingFileSystem('rename', 'EPERM', () => failures-- > 0);
    await writeFileAtomic(target, 'ny', { fs, ...fast });
    expect(fs.calls).toHaveLength(3);
    expect(readFileSync(target, 'utf8')).toBe('ny');
    expect(readdirSync(join(out, '2019')).sort()).toEqual([...FILES].sort());
  });

  it('does not wait on a failure that is no lock (a full disk): one attempt, the code in the message', async () => {
    const { out } = project();
    const fs = failingFileSystem('rename', 'ENOSPC');
    const failure = await writeFileAtomic(join(out, '2019', 'runde-1.html'), 'ny', { fs, ...fast }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EnvironmentError);
    expect(failure).not.toBeInstanceOf(LockedFileError);
    expect((failure as Error).message).toMatch(/^kan ikke skrive .*runde-1\.html \(ENOSPC\)$/);
    expect(fs.calls).toHaveLength(1);
  });
});

describe('render with one output file locked', () => {
  it('writes every other document, then fails with the locked file named (exit 3)', async () => {
    const { data, out } = project();
    const fs = failingFileSystem('rename', 'EPERM', held('runde-1-oekonomiudvalget.html'));
    const written: string[] = [];
    const failure = await render({
      dataDir: data,
      outDir: out,
      formats: ['html'],
      perCommittee: true,
      fileSystem: fs,
      onDocument: (d) => written.push(d.path),
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LockedFileError);
    expect((failure as LockedFileError).exitCode).toBe(3);
    expect(written.sort()).toEqual([join(out, '2019', 'runde-1-social-og-sundhedsudvalget.html'), join(out, '2019', 'runde-1.html')]);
    expect(readFileSync(join(out, '2019', 'runde-1.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(out, '2019', 'runde-1-social-og-sundhedsudvalget.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(out, '2019', 'runde-1-oekonomiudvalget.html'), 'utf8')).toBe('forrige runde-1-oekonomiudvalget.html');
    expect(readdirSync(join(out, '2019')).sort()).toEqual([...FILES].sort());
  });

  it('names every locked file in one message', async () => {
    const { data, out } = project();
    const fs = failingFileSystem('rename', 'EBUSY', (_from, to) => !to.endsWith(join('2019', 'runde-1.html')));
    const failure = await render({ dataDir: data, outDir: out, formats: ['html'], perCommittee: true, fileSystem: fs }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EnvironmentError);
    expect((failure as Error).message).toBe(
      [
        '2 filer kan ikke erstattes; de øvrige er skrevet:',
        `  ${join(out, '2019', 'runde-1-oekonomiudvalget.html')} (EBUSY)`,
        `  ${join(out, '2019', 'runde-1-social-og-sundhedsudvalget.html')} (EBUSY)`,
        'Er filerne åbne i et andet program? Luk dem og kør igen.',
      ].join('\n'),
    );
    expect(readFileSync(join(out, '2019', 'runde-1.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('a locked PDF, printed in real Chromium: the HTML and the other PDFs are written', async () => {
    const { data, out } = project();
    const fs = failingFileSystem('rename', 'EBUSY', held('runde-1.pdf'));
    const failure = await render({
      dataDir: data,
      outDir: out,
      formats: ['html', 'pdf'],
      perCommittee: true,
      fileSystem: fs,
      startPrinter: () => new ChromiumPdfPrinter(),
    }).catch((e: unknown) => e);
    expect((failure as Error).message).toBe(`${join(out, '2019', 'runde-1.pdf')} kan ikke erstattes (EBUSY). ${CAUSE}`);
    expect(existsSync(join(out, '2019', 'runde-1.pdf'))).toBe(false);
    for (const f of ['runde-1-social-og-sundhedsudvalget.pdf', 'runde-1-oekonomiudvalget.pdf']) {
      expect(readFileSync(join(out, '2019', f)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    for (const f of FILES) expect(readFileSync(join(out, '2019', f), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe('opfolgning render with a report open in another program', () => {
  it('prints the Danish message with the file and exits 3; the other reports are written', async () => {
    const { data, out } = project();
    const locked = join(out, '2019', 'runde-1.html');
    const realRename = nodeFileSystem.rename;
    vi.spyOn(nodeFileSystem, 'rename').mockImplementation(async (from, to) => {
      if (to === locked) throw systemError('EBUSY', 'rename', from, to);
      return realRename(from, to);
    });
    const lines = { out: [] as string[], err: [] as string[] };
    const plain = new Chalk({ level: 0 });
    const output: Output = {
      out: (l) => lines.out.push(l),
      err: (l) => lines.err.push(l),
      outColour: plain,
      errColour: plain,
      interactive: false,
      env: {},
    };
    await main(['node', 'opfolgning', 'render', '--all', '--format', 'html', '--data', data, '--out', out], output);
    expect(process.exitCode).toBe(3);
    expect(lines.err).toEqual([`fejl: ${locked} kan ikke erstattes (EBUSY). ${CAUSE}`]);
    expect(lines.out.filter((l) => l.startsWith('skrevet: '))).toHaveLength(2);
    expect(readFileSync(locked, 'utf8')).toBe('forrige runde-1.html');
    expect(readFileSync(join(out, '2019', 'runde-1-oekonomiudvalget.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});
