import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skippedHere } from '../helpers/platform-skips.js';
import { REPO } from '../helpers/run-cli.js';
import { filesUnder, tempDir } from '../helpers/temp-dir.js';

/*
 * Proof without GitHub: the push job's own `run:` steps, read from
 * .github/workflows/reports.yml, run one after another in a fresh clone as a
 * non-root user (as GitHub's `runner`), each the way the runner runs it
 * (bash --noprofile --norc -eo pipefail, with the step's env, GITHUB_ACTIONS
 * and GITHUB_STEP_SUMMARY set). The `uses:` steps are GitHub's own actions:
 * checkout is the clone, setup-node is this machine's Node, the cache is
 * empty, and the upload is checked by its paths matching the reports.
 *
 * One step is skipped, by id: `install-browser` downloads Chrome for Testing
 * from Google's storage, which this machine cannot reach. Without it the
 * browser is found as cli.md's lookup order says (here Debian's
 * chromium-headless-shell); on GitHub it is the downloaded one, in
 * Puppeteer's cache.
 */

const SKIPPED: Record<string, string> = {
  'install-browser': "downloads Chrome for Testing (no access to Google's storage here)",
};
const USER = 'opfolgning-ci';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string | number | boolean>;
  with?: Record<string, string>;
}

const workflow = parse(readFileSync(join(REPO, '.github/workflows/reports.yml'), 'utf8')) as {
  env?: Record<string, string>;
  jobs: { reports: { steps: Step[]; env?: Record<string, string> } };
};
const steps = workflow.jobs.reports.steps;

const isRoot = process.getuid?.() === 0;

function userExists(name: string): boolean {
  return spawnSync('id', ['-u', name]).status === 0;
}

/** A non-root user to run as: ourselves, or (as root) one made with useradd. Null where there can be none. */
function nonRootUser(): { name: string | null; why?: string } {
  if (!isRoot) return { name: null };
  if (!userExists(USER)) {
    spawnSync('useradd', ['--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/bin/bash', USER]);
    if (!userExists(USER)) return { name: null, why: `running as root, and useradd could not make the user ${USER}` };
  }
  if (spawnSync('runuser', ['--help']).error) return { name: null, why: 'running as root without runuser to switch user' };
  return { name: USER };
}

function runAsync(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A fresh clone of this repository owned by `user` (or ourselves), with a home, a runner temp folder and a step summary file. */
function freshClone(user: string | null) {
  const root = tempDir('opfolgning-workflow-');
  chmodSync(root, 0o755);
  const clone = join(root, 'repo');
  const home = join(root, 'home');
  const temp = join(root, 'runner-temp');
  const summary = join(root, 'step-summary.md');
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPO, clone]);
  mkdirSync(home);
  mkdirSync(temp);
  writeFileSync(summary, '');
  // npm's cache from this machine's own install, so npm ci need not fetch every package again.
  const npmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();
  if (existsSync(join(npmCache, '_cacache'))) cpSync(join(npmCache, '_cacache'), join(home, '.npm', '_cacache'), { recursive: true });
  if (user) execFileSync('chown', ['-R', `${user}:`, root]);

  const baseEnv: Record<string, string> = {
    HOME: home,
    PATH: [dirname(process.execPath), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(':'),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
    ...workflow.env,
    ...workflow.jobs.reports.env,
  };
  // Asynchronous: a step takes minutes, and a blocked worker misses vitest's own messages.
  const asUser = (command: string[], env: Record<string, string> = baseEnv) =>
    user
      ? runAsync('runuser', ['-u', user, '--', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...command], { cwd: clone })
      : runAsync(command[0]!, command.slice(1), { cwd: clone, env });
  // Removed by the test itself: node_modules and npm's cache take longer than the after-all hook may.
  const remove = () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  return { clone, summary, temp, baseEnv, asUser, remove };
}

describe.skipIf(skippedHere(import.meta.url))("the push job's run steps, in a fresh clone as a non-root user", () => {
  const who = nonRootUser();
  const impossible = isRoot && who.name === null;

  it.runIf(impossible)(`cannot run here: ${who.why}`, () => {
    expect(who.name).toBeNull();
  });

  it.skipIf(impossible)('pass, produce the reports the upload takes, fill the job summary, and leave the clone clean', async () => {
    const { clone, summary, temp, baseEnv, asUser, remove } = freshClone(who.name);
    try {

      const ran: string[] = [];
      const skipped: string[] = [];
      for (const [i, step] of steps.entries()) {
        if (step.run === undefined) continue;
        const label = step.name ?? step.id ?? step.run.split('\n')[0]!;
        if (step.id !== undefined && step.id in SKIPPED) {
          skipped.push(`${step.id}: ${SKIPPED[step.id]}`);
          continue;
        }
        expect(step.run, `step "${label}" uses an expression this test cannot evaluate`).not.toContain('${{');
        const script = join(temp, `step-${i}.sh`);
        writeFileSync(script, step.run, { mode: 0o644 });
        const env = { ...baseEnv, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, String(v)])) };
        const bash = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script];
        const r = await asUser(bash, env);
        expect(r.status, `step "${label}" failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
        ran.push(label);
      }
      // Every run step but the stated one ran.
      expect(skipped).toEqual(['install-browser: ' + SKIPPED['install-browser']]);
      expect(ran).toEqual(expect.arrayContaining(['Build', 'Check every round file (warnings fail)', 'Render every report', 'Samlet overblik in the job summary']));
      expect(ran.length + skipped.length).toBe(steps.filter((s) => s.run !== undefined).length);

      // As that user: the steps really ran without root.
      if (who.name) expect(execFileSync('stat', ['-c', '%U', join(clone, 'out', '2019', 'runde-2.pdf')], { encoding: 'utf8' }).trim()).toBe(who.name);

      // The upload step's paths find the reports: the whole report of each round and one per committee.
      const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
      expect(upload.with!.path!.split('\n').filter(Boolean)).toEqual(['out/**/*.pdf', 'out/**/*.html']);
      const out = filesUnder(join(clone, 'out')).filter((f) => f !== '.gitkeep');
      for (const f of ['2019/runde-1.pdf', '2019/runde-1.html', '2019/runde-2.pdf', '2019/runde-2.html']) expect(out).toContain(f);
      expect(out.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(2);
      expect(out.filter((f) => f.endsWith('.pdf')).length).toBe(out.filter((f) => f.endsWith('.html')).length);
      for (const f of out.filter((f) => f.endsWith('.pdf'))) expect(readFileSync(join(clone, 'out', f)).subarray(0, 5).toString()).toBe('%PDF-');

      // The job summary: the counts of each round.
      const md = readFileSync(summary, 'utf8');
      expect(md.startsWith('## Samlet overblik\n')).toBe(true);
      expect(md.match(/^\| \*\*I alt\*\* \|/gm)).toHaveLength(2);

      // Nothing the steps did shows in git: the reports and the build are ignored, the lock file untouched.
      expect(execFileSync('git', ['-c', `safe.directory=${clone}`, 'status', '--porcelain'], { cwd: clone, encoding: 'utf8' })).toBe('');
    } finally {
      remove();
    }
  }, 900_000);

  it.skipIf(impossible)("leaves git status clean after the README's first command (bash scripts/setup.sh)", async () => {
    const { clone, asUser, remove } = freshClone(who.name);
    try {
      // The system packages are installed here, so setup.sh needs no root: npm ci and the build.
      const r = await asUser(['bash', 'scripts/setup.sh']);
      expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
      expect(existsSync(join(clone, 'dist/bundle/opfolgning.mjs'))).toBe(true);
      expect((await asUser(['git', '-c', `safe.directory=${clone}`, 'status', '--porcelain'])).stdout).toBe('');
    } finally {
      remove();
    }
  }, 900_000);
});
