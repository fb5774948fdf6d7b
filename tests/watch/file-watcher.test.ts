import { renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchFile } from '../../src/watch/file-watcher.js';
import { serialRunner } from '../../src/watch/serial-runner.js';
import { systemError } from '../helpers/system-error.js';
import { tempTree } from '../helpers/temp-dir.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(ok: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

describe('watchFile', () => {
  it('one callback per save (debounced), none for a save with the same text, follows rename saves, ignores other files', async () => {
    const root = tempTree({ 'runde-1.yaml': 'a' });
    const path = join(root, 'runde-1.yaml');
    const seen: string[] = [];
    const watcher = watchFile(path, (text) => seen.push(text), { initialText: 'a', debounceMs: 100 });
    try {
      writeFileSync(path, 'b');
      writeFileSync(path, 'bb');
      writeFileSync(path, 'bbb');
      await until(() => seen.length === 1);
      writeFileSync(path, 'bbb');
      writeFileSync(join(root, 'runde-2.yaml'), 'other');
      await sleep(400);
      expect(seen).toEqual(['bbb']);
      rmSync(path);
      writeFileSync(join(root, 'tmp'), 'c');
      renameSync(join(root, 'tmp'), path);
      await until(() => seen.length === 2);
      expect(seen).toEqual(['bbb', 'c']);
    } finally {
      watcher.close();
    }
    writeFileSync(path, 'after close');
    await sleep(300);
    expect(seen).toEqual(['bbb', 'c']);
  });
});

/*
 * Where file events never arrive (an SMB share, a VM's shared folder) or
 * fs.watch cannot be made (ENOSYS, too many watches), the file is still
 * looked at every pollMs. Both are injected as node:fs's watch would behave.
 */
describe('watchFile without file events', () => {
  const cases: Array<[string, typeof watch]> = [
    [
      'fs.watch fails (ENOSYS)',
      ((dir: string) => {
        throw systemError('ENOSYS', 'watch', dir);
      }) as unknown as typeof watch,
    ],
    ['events never arrive', ((dir: string, options: { persistent: boolean }) => watch(dir, options)) as unknown as typeof watch],
  ];

  it.each(cases)('%s: every save is still seen, by looking at the file', async (_name, silentWatch) => {
    const root = tempTree({ 'runde-1.yaml': 'a' });
    const path = join(root, 'runde-1.yaml');
    const seen: string[] = [];
    const errors: Error[] = [];
    const watcher = watchFile(path, (text) => seen.push(text), {
      initialText: 'a',
      debounceMs: 10,
      pollMs: 50,
      watch: silentWatch,
      onError: (e) => errors.push(e),
    });
    try {
      writeFileSync(path, 'bb');
      await until(() => seen.length === 1);
      writeFileSync(join(root, 'tmp'), 'ccc');
      renameSync(join(root, 'tmp'), path);
      await until(() => seen.length === 2);
      expect(seen).toEqual(['bb', 'ccc']);
      expect(errors).toEqual([]);
    } finally {
      watcher.close();
    }
  });
});

describe('serialRunner', () => {
  it('never runs twice at once; requests while running become one more run', async () => {
    let running = 0;
    let max = 0;
    let runs = 0;
    const runner = serialRunner(async () => {
      running++;
      max = Math.max(max, running);
      await sleep(30);
      runs++;
      running--;
    });
    runner.request();
    runner.request();
    runner.request();
    await runner.idle();
    expect(max).toBe(1);
    expect(runs).toBe(2);
  });
});
