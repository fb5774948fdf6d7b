#!/usr/bin/env node
/*
 * Speed and memory, measured by hand (never in the test suite):
 *
 *   npm run build && node bench/run.mjs [--reps 7] [--only floor,html,scale,diff,all,mem]
 *                                       [--data data] [--year 2019] [--round 2] [--browser PATH]
 *
 * --before DIR: another checkout of opfolgning (built), run alternately with
 * this one in the floor, html, diff and mem sections: before and after in
 * one run, under the same load.
 *
 * Every comparison is made in the same run, alternating, so the machine's
 * load hits both sides alike; wall time and CPU time (user + system of the
 * whole process tree, sampled from /proc) are both shown: CPU time moves
 * much less with the load of other work on the machine than wall time.
 *
 * floor  `render --round 2 --format pdf` against the plain-text floor (the
 *        report's words as bare <p> paragraphs printed by a bare
 *        `chromium-headless-shell --print-to-pdf`) and against the same
 *        shell printing the report's own HTML. Target (issue 14): ≤ 2.0× the
 *        plain-text floor, median of the pairwise ratios.
 * html   `render --format html` and `check` of the real round: ≤ 0.25 s.
 * scale  rounds of 90, 300, 900 and 2,000 initiatives made from the real
 *        data (bench/scale-data.mjs): time per initiative at 900 ≤ 1.2× that
 *        at 90; 2,000 must render with the default settings.
 * diff   `diff 1 2` between two 900-initiative rounds: < 2 s.
 * all    `render --all --format pdf` per document ≤ 0.45× one floor run.
 * mem    peak PSS of the process tree of `render --round` ≤ 1.1× the shell
 *        printing the same HTML.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { plainTextHtml } from './plain-text.mjs';
import { writeScaledData } from './scale-data.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(REPO, 'bin', 'opfolgning.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const REPS = Number(arg('reps', '7'));
const DATA = resolve(REPO, arg('data', 'data'));
const YEAR = arg('year', '2019');
const ROUND = arg('round', '2');
const SHELL = arg('browser', process.env.OPFOLGNING_BROWSER ?? '/usr/bin/chromium-headless-shell');
const ONLY = new Set(arg('only', 'floor,html,scale,diff,all,mem').split(','));
const ROUND_FILE = join(DATA, YEAR, `runde-${ROUND}.yaml`);
const BEFORE = arg('before', null);
const BEFORE_BIN = BEFORE ? join(resolve(BEFORE), 'bin', 'opfolgning.js') : null;
if (BEFORE_BIN && !existsSync(BEFORE_BIN)) {
  console.log(`--before: ${BEFORE_BIN} findes ikke`);
  process.exit(1);
}

if (!existsSync(ROUND_FILE)) {
  console.log(`Ingen data: ${ROUND_FILE} findes ikke endnu. Benchmarken kræver den rigtige rundefil.`);
  process.exit(0);
}
if (!existsSync(join(REPO, 'dist', 'bundle', 'opfolgning.mjs'))) {
  console.log('programmet er ikke bygget: kør først npm run build');
  process.exit(1);
}
if (!existsSync(SHELL)) {
  console.log(`Ingen headless shell i ${SHELL} (angiv --browser STI).`);
  process.exit(1);
}

// ---- process tree memory -------------------------------------------------

function childrenMap() {
  const kids = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue;
    }
    // pid (comm) state ppid …: comm may contain spaces and parentheses.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid).push(Number(name));
  }
  return kids;
}

/** CPU ms (user + system) so far of every process in the tree, by pid. */
function treeCpu(root, into) {
  const kids = childrenMap();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 (here 11 and 12), in clock ticks (100 per second on Linux).
      into.set(pid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []));
  }
}

function treePssKb(root) {
  const kids = childrenMap();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
      if (m) total += Number(m[1]);
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

// ---- running ------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'opfolgning-bench-'));

/**
 * Runs a command; returns wall ms, CPU ms and, when sampled, the peak PSS of
 * its process tree in MB. CPU is the user + system time of every process of
 * the tree, read from /proc every 30 ms (Chromium does not wait for its
 * renderers, so rusage and /usr/bin/time miss them): a process loses what it
 * spent after its last sample, at most 30 ms.
 */
function timed(cmd, args, { sample = false, env = {}, stdout = 'ignore' } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const cpuByPid = new Map();
    const cpuTimer = setInterval(() => treeCpu(child.pid, cpuByPid), 30);
    const timer = sample
      ? setInterval(() => {
          peak = Math.max(peak, treePssKb(child.pid));
        }, 20)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      clearInterval(cpuTimer);
      const cpuMs = [...cpuByPid.values()].reduce((x, y) => x + y, 0);
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} → ${code}\n${stderr}`));
      else resolvePromise({ ms, cpuMs, peakMb: peak / 1024 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ok = (b) => (b ? 'OK' : 'OVER');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const pairRatio = (xs, ys, key = 'ms') => median(xs.map((x, i) => x[key] / ys[i][key]));
const summary = (runs) => `median ${fmt(median(runs.map((r) => r.ms)))} (CPU ${fmt(median(runs.map((r) => r.cpuMs)))})  [${runs.map((r) => fmt(r.ms)).join(', ')}]`;

const root = process.getuid?.() === 0;
const shellArgs = (html, out) => [
  '--headless',
  ...(root ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--no-pdf-header-footer',
  `--user-data-dir=${join(work, 'floor-profile')}`,
  `--print-to-pdf=${out}`,
  pathToFileURL(html).href,
];
const render = (data, out, extra, bin = BIN) => [bin, 'render', ...extra, '--year', YEAR, '--data', data, '--out', out];
const pagesOf = (pdf) => (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

console.log(`${new Date().toISOString()}, ${cpus().length} kerner, load ${load()} ved start, ${REPS} gentagelser`);
try {
  const outHtml = join(work, 'html');
  await timed(process.execPath, render(DATA, outHtml, ['--round', ROUND, '--format', 'html']));
  const html = join(outHtml, YEAR, `runde-${ROUND}.html`);
  const plain = join(work, 'plain.html');
  writeFileSync(plain, plainTextHtml(readFileSync(html, 'utf8')));
  // Warm the disk cache once for each.
  await timed(SHELL, shellArgs(plain, join(work, 'warm-plain.pdf')));
  await timed(SHELL, shellArgs(html, join(work, 'warm.pdf')));
  await timed(process.execPath, render(DATA, join(work, 'warm'), ['--round', ROUND, '--format', 'pdf']));
  const plainPages = pagesOf(join(work, 'warm-plain.pdf'));
  let plainFloor = [];
  let htmlFloor = [];

  if (ONLY.has('floor') || ONLY.has('all')) {
    const round = [];
    const before = [];
    for (let i = 0; i < REPS; i++) {
      plainFloor.push(await timed(SHELL, shellArgs(plain, join(work, `plain-${i}.pdf`))));
      round.push(await timed(process.execPath, render(DATA, join(work, `round-${i}`), ['--round', ROUND, '--format', 'pdf'])));
      htmlFloor.push(await timed(SHELL, shellArgs(html, join(work, `floor-${i}.pdf`))));
      if (BEFORE_BIN) before.push(await timed(process.execPath, render(DATA, join(work, `before-${i}`), ['--round', ROUND, '--format', 'pdf'], BEFORE_BIN)));
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    const pages = pagesOf(join(work, 'round-0', YEAR, `runde-${ROUND}.pdf`));
    const r = pairRatio(round, plainFloor);
    console.log(`\n[floor] runde ${ROUND} (${YEAR}), ${pages} sider; load ${load()}`);
    console.log(`  plain-text floor (${plainPages} sider):        ${summary(plainFloor)}`);
    console.log(`  shell printing the report's HTML:   ${summary(htmlFloor)}`);
    console.log(`  render --round ${ROUND} --format pdf:        ${summary(round)}`);
    console.log(`  render / plain-text floor: ${r.toFixed(2)}× wall, ${pairRatio(round, plainFloor, 'cpuMs').toFixed(2)}× CPU  (mål ≤ 2,0×) ${ok(r <= 2)}`);
    console.log(`  render / shell on the same HTML: ${pairRatio(round, htmlFloor).toFixed(2)}× wall, ${pairRatio(round, htmlFloor, 'cpuMs').toFixed(2)}× CPU`);
    if (BEFORE_BIN) {
      console.log(`  before (${BEFORE}):      ${summary(before)}`);
      console.log(`  before / plain-text floor: ${pairRatio(before, plainFloor).toFixed(2)}× wall, ${pairRatio(before, plainFloor, 'cpuMs').toFixed(2)}× CPU; after / before: ${pairRatio(round, before).toFixed(2)}× wall, ${pairRatio(round, before, 'cpuMs').toFixed(2)}× CPU`);
    }
    console.log(`  report HTML / plain text, both in the shell: ${pairRatio(htmlFloor, plainFloor).toFixed(2)}× wall, ${pairRatio(htmlFloor, plainFloor, 'cpuMs').toFixed(2)}× CPU`);
  }

  if (ONLY.has('html')) {
    const htmlRuns = [];
    const checkRuns = [];
    const bare = [];
    const htmlBefore = [];
    const checkBefore = [];
    for (let i = 0; i < REPS; i++) {
      htmlRuns.push(await timed(process.execPath, render(DATA, join(work, `h-${i}`), ['--round', ROUND, '--format', 'html'])));
      checkRuns.push(await timed(process.execPath, [BIN, 'check', '--round', ROUND, '--year', YEAR, '--data', DATA]));
      bare.push(await timed(process.execPath, ['-e', '0']));
      if (BEFORE_BIN) {
        htmlBefore.push(await timed(process.execPath, render(DATA, join(work, `hb-${i}`), ['--round', ROUND, '--format', 'html'], BEFORE_BIN)));
        checkBefore.push(await timed(process.execPath, [BEFORE_BIN, 'check', '--round', ROUND, '--year', YEAR, '--data', DATA]));
      }
    }
    const h = median(htmlRuns.map((x) => x.ms));
    const c = median(checkRuns.map((x) => x.ms));
    console.log(`\n[html] load ${load()}`);
    console.log(`  render --format html: ${summary(htmlRuns)}  (mål < 0,25 s) ${ok(h < 250)}`);
    console.log(`  check:                ${summary(checkRuns)}  (mål < 0,25 s) ${ok(c < 250)}`);
    console.log(`  node -e 0:            ${summary(bare)}`);
    if (BEFORE_BIN) {
      console.log(`  before: render --format html ${summary(htmlBefore)}`);
      console.log(`  before: check                ${summary(checkBefore)}`);
    }
  }

  if (ONLY.has('scale')) {
    console.log(`\n[scale] render --round 2 --format pdf of generated rounds; load ${load()}`);
    const perInitiative = {};
    for (const n of [90, 300, 900, 2000]) {
      const data = writeScaledData(ROUND_FILE, join(work, `scale-${n}`), n);
      const reps = n >= 900 ? Math.max(1, Math.ceil(REPS / 4)) : Math.max(1, Math.ceil(REPS / 2));
      const runs = [];
      let pages = 0;
      let failed = null;
      for (let i = 0; i < reps && !failed; i++) {
        const out = join(work, `scale-out-${n}-${i}`);
        try {
          runs.push(await timed(process.execPath, render(data, out, ['--round', '2', '--format', 'pdf'])));
          pages = pagesOf(join(out, YEAR, 'runde-2.pdf'));
        } catch (e) {
          failed = String(e.message).split('\n').slice(0, 3).join(' | ');
        }
      }
      if (failed) {
        console.log(`  ${String(n).padStart(5)} indsatser: FEJLEDE: ${failed}`);
        continue;
      }
      perInitiative[n] = { ms: median(runs.map((r) => r.ms)) / n, cpuMs: median(runs.map((r) => r.cpuMs)) / n };
      console.log(`  ${String(n).padStart(5)} indsatser, ${pages} sider: ${summary(runs)}; ${perInitiative[n].ms.toFixed(1)} ms (CPU ${perInitiative[n].cpuMs.toFixed(1)} ms) pr. indsats`);
    }
    if (perInitiative[90] && perInitiative[900]) {
      const w = perInitiative[900].ms / perInitiative[90].ms;
      const c = perInitiative[900].cpuMs / perInitiative[90].cpuMs;
      console.log(`  pr. indsats ved 900 / ved 90: ${w.toFixed(2)}× wall, ${c.toFixed(2)}× CPU  (mål ≤ 1,2×) ${ok(w <= 1.2)}`);
    }
  }

  if (ONLY.has('diff')) {
    const data = writeScaledData(ROUND_FILE, join(work, 'diff-900'), 900);
    const runs = [];
    const before = [];
    for (let i = 0; i < Math.max(3, Math.ceil(REPS / 2)); i++) {
      runs.push(await timed(process.execPath, [BIN, 'diff', '1', '2', '--year', YEAR, '--data', data]));
      if (BEFORE_BIN) before.push(await timed(process.execPath, [BEFORE_BIN, 'diff', '1', '2', '--year', YEAR, '--data', data], { sample: true }));
    }
    const d = median(runs.map((r) => r.ms));
    console.log(`\n[diff] diff 1 2, two rounds of 900 indsatser; load ${load()}`);
    console.log(`  ${summary(runs)}  (mål < 2 s) ${ok(d < 2000)}`);
    if (BEFORE_BIN) console.log(`  before: ${summary(before)}, peak PSS ${median(before.map((r) => r.peakMb)).toFixed(0)} MB`);
  }

  if (ONLY.has('all')) {
    const allRuns = [];
    let documents = 0;
    for (let i = 0; i < Math.max(3, Math.ceil(REPS / 2)); i++) {
      const out = join(work, `all-${i}`);
      allRuns.push(await timed(process.execPath, render(DATA, out, ['--all', '--format', 'pdf'])));
      documents = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;
    }
    const perDoc = median(allRuns.map((r) => r.ms)) / documents;
    const f = median(htmlFloor.map((r) => r.ms));
    console.log(`\n[all] render --all --format pdf; load ${load()}`);
    console.log(`  ${summary(allRuns)} for ${documents} dokumenter = ${fmt(perDoc)} pr. dokument`);
    console.log(`  pr. dokument / shell on the report's HTML: ${(perDoc / f).toFixed(2)}×  (mål ≤ 0,45×) ${ok(perDoc / f <= 0.45)}`);
    console.log(`  pr. dokument / plain-text floor: ${(perDoc / median(plainFloor.map((r) => r.ms))).toFixed(2)}×`);
  }

  if (ONLY.has('mem')) {
    const rounds = [];
    const floors = [];
    const before = [];
    for (let i = 0; i < 3; i++) {
      rounds.push((await timed(process.execPath, render(DATA, join(work, `mem-round-${i}`), ['--round', ROUND, '--format', 'html,pdf']), { sample: true })).peakMb);
      floors.push((await timed(SHELL, shellArgs(html, join(work, `mem-floor-${i}.pdf`)), { sample: true })).peakMb);
      if (BEFORE_BIN) before.push((await timed(process.execPath, render(DATA, join(work, `mem-before-${i}`), ['--round', ROUND, '--format', 'html,pdf'], BEFORE_BIN), { sample: true })).peakMb);
    }
    const all = (await timed(process.execPath, render(DATA, join(work, 'mem-all'), ['--all', '--format', 'html,pdf']), { sample: true })).peakMb;
    const ratio = median(rounds) / median(floors);
    console.log(`\n[mem] største PSS, hele procestræet (median af 3); load ${load()}`);
    console.log(`  render --round ${ROUND}: ${median(rounds).toFixed(0)} MB [${rounds.map((x) => x.toFixed(0)).join(', ')}]; shell on the same HTML: ${median(floors).toFixed(0)} MB [${floors.map((x) => x.toFixed(0)).join(', ')}]; render --all: ${all.toFixed(0)} MB`);
    console.log(`  render / shell: ${ratio.toFixed(2)}×  (mål ≤ 1,1×) ${ok(ratio <= 1.1)}`);
    if (BEFORE_BIN) console.log(`  before: render --round ${ROUND} ${median(before).toFixed(0)} MB = ${(median(before) / median(floors)).toFixed(2)}× the shell`);
  }
  console.log(`\nload ved slut ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
