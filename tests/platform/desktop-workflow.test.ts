import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-cli.js';

/*
 * What the desktop workflow must hold to prove anything for Windows and
 * macOS; actionlint checks the rest of its form. It cannot run here.
 */

interface Step {
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
}

const text = readFileSync(join(REPO, '.github/workflows/desktop.yml'), 'utf8');
const workflow = parse(text) as {
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; 'timeout-minutes': number; strategy: { matrix: { os: string[] } }; steps: Step[] }>;
};
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((j) => j.steps);

describe('.github/workflows/desktop.yml', () => {
  it('runs every job on ubuntu, windows and macos, read-only, with a time limit', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of jobs) {
      expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      expect(job['timeout-minutes']).toBeGreaterThan(0);
    }
  });

  it('installs with npm ci, runs npm test and one render --all on each system', () => {
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.some((r) => /^npm ci\b/m.test(r))).toBe(true);
    expect(runs.filter((r) => /^npm test$/m.test(r))).toHaveLength(2); // once in bash, once in PowerShell
    expect(runs.filter((r) => /opfolgning\.js render --all$/m.test(r))).toHaveLength(2);
  });

  it('gives every system-specific script the shell it is written for', () => {
    for (const s of steps.filter((s) => s.run !== undefined && s.if !== undefined)) {
      const windows = /runner\.os == 'Windows'/.test(s.if!);
      expect(s.shell, s.name).toBe(windows ? 'pwsh' : 'bash');
      if (windows) expect(s.run, s.name).not.toMatch(/\.\/bin|&&|\btest -/);
    }
  });

  it('says where the list of platform skips is', () => {
    expect(text).toContain('tests/helpers/platform-skips.ts');
  });
});
