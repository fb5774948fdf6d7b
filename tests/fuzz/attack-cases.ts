import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoundFileRef } from '../../src/data-files/round-files.js';
import { ATTACK_SHAPES, type AttackShape } from '../hardening/attack-shapes.js';
import type { CorpusFile } from './corpus.js';
import { rng, type Mutated } from './mutate.js';

/*
 * The shapes of the attack on the CLI (issue 13) as fuzz cases: huge flow
 * sequences, deep nesting, long flat mappings, many anchors, … at random
 * sizes, alone or after a real round file; milestone keys written both as
 * 1 and "1"; and, read from disk, FIFOs and other special files as the round
 * file or as the previous round's file the history check reads.
 */

const SHAPES = Object.keys(ATTACK_SHAPES) as AttackShape[];

/** `"N":` beside `N:` in one milepæle: the same round twice. */
function collide(text: string, r: () => number): [string, string] {
  const keys = [...text.matchAll(/^( +)([1-4]):[ \t]*$/gm)];
  if (keys.length === 0) return [`${text}\nmilepæle:\n  1: {tekst: a}\n  "1": {tekst: b}\n`, 'milestone key collision at the end'];
  const m = keys[Math.floor(r() * keys.length)]!;
  const quoted = r() < 0.5 ? `"${m[2]}"` : `'${m[2]}'`;
  const at = m.index! + m[0].length + 1;
  const block = `${m[1]}${quoted}:\n${m[1]}  tekst: Samme runde igen.\n`;
  const line = text.slice(0, m.index).split('\n').length;
  return [text.slice(0, at) + block + text.slice(at), `milestone key ${quoted} beside ${m[2]} after line ${line}`];
}

/**
 * An attack shape of 1 KB to 256 KB, alone or after the round file; or a
 * milestone key collision. Larger sizes are the tests' and the bench's
 * (tests/hardening/parse-attacks.test.ts, bench/attack-shapes.ts): near the
 * value limit a shape takes about 2 s of CPU time, the whole budget of a case.
 */
export function attackCase(file: CorpusFile, seed: number): Mutated {
  const r = rng(seed);
  if (r() < 0.25) {
    const [text, step] = collide(file.text, r);
    return { bytes: new TextEncoder().encode(text), steps: [step] };
  }
  const shape = SHAPES[Math.floor(r() * SHAPES.length)]!;
  const bytes = Math.floor(1024 * 2 ** (r() * 8));
  const alone = r() < 0.5;
  const text = ATTACK_SHAPES[shape](bytes);
  return {
    bytes: new TextEncoder().encode(alone ? text : `${file.text}\n${text}`),
    steps: [`${shape}, ${bytes} bytes${alone ? '' : ', after the round file'}`],
  };
}

export const SPECIAL_FILES = ['FIFO', 'FIFO as the previous round', '/dev/null', '/dev/zero as the previous round', 'folder'] as const;
export type SpecialFile = (typeof SPECIAL_FILES)[number];

/**
 * A data folder where the round file, or the previous round's file, is not a
 * regular file; returns the ref to check from disk. The round file of the
 * corpus is used where it is the other one.
 */
export function specialFileDir(root: string, kind: SpecialFile, file: CorpusFile): RoundFileRef {
  const dir = join(root, 'data', '2019');
  mkdirSync(dir, { recursive: true });
  const round = kind.endsWith('previous round') ? Math.max(2, file.round) : file.round;
  const own = join(dir, `runde-${round}.yaml`);
  const previous = join(dir, `runde-${round - 1}.yaml`);
  const special = kind.endsWith('previous round') ? previous : own;
  if (special === previous) writeFileSync(own, file.text);
  else if (file.previous !== null && round > 1) writeFileSync(previous, file.previous);
  if (kind.startsWith('FIFO')) execFileSync('mkfifo', [special]);
  else if (kind.startsWith('/dev/')) symlinkSync(kind.split(' ')[0]!, special);
  else mkdirSync(special);
  return { year: 2019, round, path: own, display: `data/2019/runde-${round}.yaml` };
}
