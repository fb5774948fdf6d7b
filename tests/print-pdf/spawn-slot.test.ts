import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { claimSpawn, settleSpawn, SPAWNING, STOPPED, stopSpawns } from '../../src/print-pdf/spawn-slot.js';

/*
 * The pid slot's handshake (src/print-pdf/spawn-slot.ts): a signal handled on
 * the main thread while the print worker is starting Chromium must get its
 * pid, and after it no Chromium may be started. The worker side runs in a
 * real worker thread, on the built module.
 */

const BUILT = fileURLToPath(new URL('../../dist/print-pdf/spawn-slot.js', import.meta.url));

const newSlot = () => new Int32Array(new SharedArrayBuffer(4));

/** A worker thread that claims the slot at once and settles it with `pid` after `afterMs`. */
function spawningWorker(slot: Int32Array, pid: number | null, afterMs: number): Promise<boolean> {
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(${JSON.stringify(BUILT)}).then((m) => {
      const slot = new Int32Array(workerData.buffer);
      const claimed = m.claimSpawn(slot);
      parentPort.postMessage(claimed);
      if (claimed) setTimeout(() => m.settleSpawn(slot, ${pid === null ? 'undefined' : pid}), ${afterMs});
    });`;
  const worker = new Worker(code, { eval: true, workerData: { buffer: slot.buffer } });
  return new Promise((resolve) => worker.once('message', (claimed: boolean) => resolve(claimed)));
}

describe('the pid slot shared with the print worker', () => {
  it('before any spawn: stopping returns no pid, and no spawn may begin afterwards', () => {
    const slot = newSlot();
    expect(stopSpawns(slot)).toBe(0);
    expect(slot[0]).toBe(STOPPED);
    expect(claimSpawn(slot)).toBe(false);
  });

  it('during a spawn in another thread: stopping waits for the pid, however late it comes', async () => {
    const slot = newSlot();
    expect(await spawningWorker(slot, 4242, 150)).toBe(true);
    expect(slot[0]).toBe(SPAWNING);
    // Synchronous, as in a signal handler: blocks this thread until the worker has the pid.
    expect(stopSpawns(slot)).toBe(4242);
  });

  it('a spawn that fails settles the slot: stopping returns no pid and forbids another attempt', async () => {
    const slot = newSlot();
    expect(await spawningWorker(slot, null, 50)).toBe(true);
    expect(stopSpawns(slot)).toBe(0);
    expect(claimSpawn(slot)).toBe(false);
  });

  it('a spawn that never settles does not hang the stop', () => {
    const slot = newSlot();
    expect(claimSpawn(slot)).toBe(true);
    expect(stopSpawns(slot, 50)).toBe(0);
  });

  it('after a spawn: stopping returns the pid', () => {
    const slot = newSlot();
    expect(claimSpawn(slot)).toBe(true);
    settleSpawn(slot, 77);
    expect(stopSpawns(slot)).toBe(77);
    expect(claimSpawn(slot)).toBe(false);
  });
});
