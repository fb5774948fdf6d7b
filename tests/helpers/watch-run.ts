import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BIN } from './run-cli.js';

/** Polls `ok` every 50 ms until it holds; fails the test, naming `what`, after `timeoutMs`. */
export async function until(what: string, ok: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `opfolgning watch --round N` on `<root>/data` into `<root>/out`, with its output collected. */
export function startWatch(root: string, round: number) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'watch', '--round', String(round), '--data', join(root, 'data'), '--out', join(root, 'out')], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += d));
  child.stderr!.on('data', (d) => (output.stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output, exited };
}
