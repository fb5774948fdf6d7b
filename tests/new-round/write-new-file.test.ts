import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeNewFile } from '../../src/new-round/write-new-file.js';
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
});
