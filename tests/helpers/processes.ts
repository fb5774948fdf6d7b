import { existsSync, readdirSync, readFileSync } from 'node:fs';

/*
 * Linux /proc helpers for the browser tests: which processes belong to
 * one test run's Chromium (found by its --user-data-dir under the run's own
 * TMPDIR, and every descendant of those), so they can be checked and killed.
 * Elsewhere a check throws (the tests that check are skipped there; see
 * platform-skips.ts), so none can pass by finding nothing.
 */

/** Whether processes can be looked up here (Linux). */
export const HAS_PROC = existsSync('/proc/self/stat');

interface Proc {
  pid: number;
  ppid: number;
  state: string;
  cmdline: string;
}

function processes(): Proc[] {
  if (!HAS_PROC) throw new Error('processes are looked up through /proc, which only Linux has');
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ...; comm may hold spaces and parentheses.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid: Number(rest[1]), state: rest[0] ?? '?', cmdline });
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** Live (not zombie) processes whose command line names `marker` (a folder only this run uses), and their descendants. */
export function processesOf(marker: string): number[] {
  const all = processes().filter((p) => p.state !== 'Z');
  const found = new Set(all.filter((p) => p.cmdline.includes(marker) && !p.cmdline.includes('vitest')).map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** Chromium processes started with a --user-data-dir under `tmpRoot`. */
export function chromiumUnder(tmpRoot: string): number[] {
  return processesOf(`--user-data-dir=${tmpRoot}`);
}

/** SIGKILLs every given process; returns how many were still there. */
export function killAll(pids: number[]): number {
  let killed = 0;
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      /* already gone */
    }
  }
  return killed;
}

export async function waitFor(condition: () => boolean, timeoutMs: number, stepMs = 25): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return condition();
}
