import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeNewFile } from '../../src/new-round/write-new-file.js';
import { failingFileSystem } from '../helpers/system-error.js';
import { tempTree } from '../helpers/temp-dir.js';

describe('writeNewFile', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const root = tempTree({});
    await writeNewFile(join(root, 'runde-2.yaml'), 'ny\n');
    expect(readFileSync(join(root, 'runde-2.yaml'), 'utf8')).toBe('ny\n');
    expect(readdirSync(root)).toEqual(['runde-2.yaml']);
  });

  it('never replaces a file that exists, even one created after any earlier check', async () => {
    const root = tempTree({ 'runde-2.yaml': 'gammel\n' });
    await expect(writeNewFile(join(root, 'runde-2.yaml'), 'ny\n', 'data/2019/runde-2.yaml')).rejects.toThrow(
      new UsageError('data/2019/runde-2.yaml findes allerede; den overskrives ikke'),
    );
    expect(readFileSync(join(root, 'runde-2.yaml'), 'utf8')).toBe('gammel\n');
    expect(readdirSync(root)).toEqual(['runde-2.yaml']);
  });

  /*
   * FAT and exFAT (a USB stick) and SMB shares (a municipality's network
   * drive) have no hard links: link() fails with EPERM or ENOTSUP, across
   * volumes with EXDEV. The failing link() is injected at the output's
   * file-system facade; the exclusive create (`wx`) that replaces it is real.
   */
  describe.each(['EPERM', 'ENOTSUP', 'EXDEV'])('where link() fails with %s', (code) => {
    it('creates the file all the same, and leaves no temporary file', async () => {
      const root = tempTree({});
      const fs = failingFileSystem('link', code);
      await writeNewFile(join(root, 'runde-2.yaml'), 'ny\n', 'data/2019/runde-2.yaml', fs);
      expect(fs.calls).toHaveLength(1);
      expect(readFileSync(join(root, 'runde-2.yaml'), 'utf8')).toBe('ny\n');
      expect(readdirSync(root)).toEqual(['runde-2.yaml']);
    });

    it('still never replaces a file that exists', async () => {
      const root = tempTree({ 'runde-2.yaml': 'gammel\n' });
      const fs = failingFileSystem('link', code);
      await expect(writeNewFile(join(root, 'runde-2.yaml'), 'ny\n', 'data/2019/runde-2.yaml', fs)).rejects.toThrow(
        new UsageError('data/2019/runde-2.yaml findes allerede; den overskrives ikke'),
      );
      expect(fs.calls).toHaveLength(1);
      expect(readFileSync(join(root, 'runde-2.yaml'), 'utf8')).toBe('gammel\n');
      expect(readdirSync(root)).toEqual(['runde-2.yaml']);
    });
  });

  it('a link() failure that is not about links (a full disk) is an environment error, and nothing is left', async () => {
    const root = tempTree({});
    await expect(writeNewFile(join(root, 'runde-2.yaml'), 'ny\n', 'runde-2.yaml', failingFileSystem('link', 'ENOSPC'))).rejects.toThrow(
      /kan ikke skrive .*runde-2\.yaml \(ENOSPC\)$/,
    );
    expect(readdirSync(root)).toEqual([]);
  });
});
