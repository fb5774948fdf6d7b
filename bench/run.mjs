#!/usr/bin/env node
/*
 * PDF speed and memory, measured by hand (never in the test suite):
 *
 *   npx tsc -p tsconfig.json && node bench/run.mjs [--reps 7] [--data data] [--year 2019]
 *
 * 1. `render --round 2 --format pdf` against the floor: the same HTML printed
 *    by a bare `chromium-headless-shell --print-to-pdf`, alternating runs.
 * 2. `render --all`, per document, against one floor run.
 * 3. Peak memory (PSS, summed over the whole process tree) of both renders.
 *
 * Targets (GitHub issue 4): round ≤ 1.2× floor; --all per document ≤ 0.45×
 * floor; peak PSS ≤ 400 MB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
const ROUND_FILE = join(DATA, YEAR, `runde-${ROUND}.yaml`);

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

/** Runs a command; returns wall ms and, when sampled, the peak PSS of its process tree in MB. */
function timed(cmd, args, { sample = false, env = {} } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = sample
      ? setInterval(() => {
          peak = Math.max(peak, treePssKb(child.pid));
        }, 20)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} → ${code}\n${stderr}`));
      else resolvePromise({ ms, peakMb: peak / 1024 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const work = mkdtempSync(join(tmpdir(), 'opfolgning-bench-'));
try {
  const outHtml = join(work, 'html');
  await timed(process.execPath, [BIN, 'render', '--round', ROUND, '--year', YEAR, '--format', 'html', '--data', DATA, '--out', outHtml]);
  const html = join(outHtml, YEAR, `runde-${ROUND}.html`);
  const root = process.getuid?.() === 0;
  const floorArgs = (out) => [
    '--headless',
    ...(root ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--user-data-dir=${join(work, 'floor-profile')}`,
    `--print-to-pdf=${out}`,
    pathToFileURL(html).href,
  ];
  const renderArgs = (out, extra) => [BIN, 'render', ...extra, '--year', YEAR, '--data', DATA, '--out', out];

  // Warm the disk cache once for both.
  await timed(SHELL, floorArgs(join(work, 'warm.pdf')));
  await timed(process.execPath, renderArgs(join(work, 'warm'), ['--round', ROUND, '--format', 'pdf']));

  const floor = [];
  const round = [];
  for (let i = 0; i < REPS; i++) {
    floor.push((await timed(SHELL, floorArgs(join(work, `floor-${i}.pdf`)))).ms);
    round.push((await timed(process.execPath, renderArgs(join(work, `round-${i}`), ['--round', ROUND, '--format', 'pdf']))).ms);
    process.stdout.write('.');
  }
  process.stdout.write('\n');

  const allRuns = [];
  let documents = 0;
  for (let i = 0; i < Math.max(3, Math.ceil(REPS / 2)); i++) {
    const out = join(work, `all-${i}`);
    allRuns.push((await timed(process.execPath, renderArgs(out, ['--all', '--format', 'pdf']))).ms);
    documents = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;
  }

  const memRound = await timed(process.execPath, renderArgs(join(work, 'mem-round'), ['--round', ROUND, '--format', 'html,pdf']), { sample: true });
  const memAll = await timed(process.execPath, renderArgs(join(work, 'mem-all'), ['--all', '--format', 'html,pdf']), { sample: true });
  const memFloor = await timed(SHELL, floorArgs(join(work, 'mem-floor.pdf')), { sample: true });

  const f = median(floor);
  const r = median(round);
  const ratio = median(round.map((x, i) => x / floor[i]));
  const a = median(allRuns);
  const perDoc = a / documents;
  const peak = Math.max(memRound.peakMb, memAll.peakMb);
  const ok = (b) => (b ? 'OK' : 'OVER');
  console.log(`runde ${ROUND} (${YEAR}), ${REPS} gentagelser skiftevis`);
  console.log(`  floor (chromium-headless-shell --print-to-pdf): median ${fmt(f)}  [${floor.map(fmt).join(', ')}]`);
  console.log(`  render --round ${ROUND} --format pdf:             median ${fmt(r)}  [${round.map(fmt).join(', ')}]`);
  console.log(`  forhold (median af parvise forhold): ${ratio.toFixed(2)}×  (mål ≤ 1,2×) ${ok(ratio <= 1.2)}`);
  console.log(`  render --all --format pdf: median ${fmt(a)} for ${documents} dokumenter = ${fmt(perDoc)} pr. dokument`);
  console.log(`  pr. dokument / floor: ${(perDoc / f).toFixed(2)}×  (mål ≤ 0,45×) ${ok(perDoc / f <= 0.45)}`);
  console.log(`  største PSS, hele procestræet: render --round ${memRound.peakMb.toFixed(0)} MB, render --all ${memAll.peakMb.toFixed(0)} MB, floor ${memFloor.peakMb.toFixed(0)} MB  (mål ≤ 400 MB) ${ok(peak <= 400)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
