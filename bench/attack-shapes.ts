/*
 * `npm run build && npx tsx bench/attack-shapes.ts [--bytes N]`: each attack
 * shape of issue 13 (tests/hardening/attack-shapes.ts) at 4.9 MiB, checked by
 * the real CLI (`check --round 1`): wall time, CPU time and peak memory (the
 * process's own, printed at its exit; CPU time says what the shape costs when
 * other work shares the cores) and exit status. By hand, never in the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTACK_SHAPES, NEAR_LIMIT_BYTES, type AttackShape } from '../tests/hardening/attack-shapes.js';

const BIN = fileURLToPath(new URL('../bin/opfolgning.js', import.meta.url));
const i = process.argv.indexOf('--bytes');
const bytes = i >= 0 ? Number(process.argv[i + 1]) : NEAR_LIMIT_BYTES;
const PEAK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

console.log(`shape | bytes | exit | wall s | CPU s | peak MB | lines on stderr`);
for (const shape of Object.keys(ATTACK_SHAPES) as AttackShape[]) {
  const root = mkdtempSync(join(tmpdir(), 'opfolgning-bench-'));
  try {
    mkdirSync(join(root, 'data', '2019'), { recursive: true });
    const text = ATTACK_SHAPES[shape](bytes);
    writeFileSync(join(root, 'data', '2019', 'runde-1.yaml'), text);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', PEAK, BIN, 'check', '--round', '1'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const s = (performance.now() - t0) / 1000;
    const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    const cpu = Number(/CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
    const lines = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('PEAK_RSS_KB=')).length;
    console.log(`${shape} | ${text.length} | ${r.status} | ${s.toFixed(1)} | ${cpu.toFixed(1)} | ${peak.toFixed(0)} | ${lines}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
