/*
 * Rounds of any size made from the real data (bench only): the real round's
 * themes repeated with ids made unique ("1.1" → "1.1.2" in the second copy)
 * until there are `count` initiatives, the earlier agreements kept once. The
 * round before it is the same initiatives as round 1 (no milestone of round
 * 2 or later followed up yet, every seventh word of the milestone texts
 * left out), so the history check and `diff 1 2` have a real predecessor of
 * the same size.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const initiativesOf = (themes) => themes.reduce((n, t) => n + t.indsatser.length, 0);

function withIds(node, suffix) {
  if (Array.isArray(node)) return node.map((n) => withIds(n, suffix));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'id' && suffix ? `${v}.${suffix}` : withIds(v, suffix);
    return out;
  }
  return node;
}

function scaledRound2(real, count) {
  const earlier = (real.tidligere_aftaler ?? []).reduce((n, a) => n + initiativesOf(a.temaer), 0);
  const themes = [];
  let left = count - earlier;
  for (let copy = 1; left > 0; copy++) {
    for (const theme of real.temaer) {
      if (left <= 0) break;
      const t = withIds(theme, copy === 1 ? '' : String(copy));
      if (copy > 1) t.titel = `${t.titel} (${copy})`;
      t.indsatser = t.indsatser.slice(0, left);
      left -= t.indsatser.length;
      themes.push(t);
    }
  }
  return { ...real, temaer: themes };
}

const dropEvery7th = (text) => text.split(' ').filter((_, i) => i % 7 !== 6).join(' ');

/** Round 1 of the same initiatives: only the first milestone followed up. */
function asRound1(round2) {
  const initiative = (ind) => {
    const milepæle = {};
    for (const [r, m] of Object.entries(ind.milepæle ?? {})) {
      const { status: _s, smiley, ...rest } = m;
      const m1 = { ...rest, ...(m.tekst ? { tekst: dropEvery7th(m.tekst) } : {}), ...(r === '1' && smiley ? { smiley } : {}) };
      if (Object.keys(m1).length > 0) milepæle[r] = m1;
    }
    const { seneste_status: _l, ...keep } = ind;
    const { status: _es, smiley: _esm, ...economy } = ind.økonomi ?? {};
    return { ...keep, milepæle, økonomi: economy };
  };
  const { tidligere_aftaler: _t, ...rest } = round2;
  return { ...rest, runde: 1, dato: '2019-04-01', temaer: round2.temaer.map((t) => ({ ...t, indsatser: t.indsatser.map(initiative) })) };
}

/** Writes <dir>/<year>/runde-1.yaml and runde-2.yaml with `count` initiatives in round 2; returns the data folder. */
export function writeScaledData(realRound2File, dir, count) {
  const real = parse(readFileSync(realRound2File, 'utf8'));
  const round2 = scaledRound2(real, count);
  const folder = join(dir, String(real.år));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'runde-2.yaml'), stringify(round2, { lineWidth: 0 }));
  writeFileSync(join(folder, 'runde-1.yaml'), stringify(asRound1(round2), { lineWidth: 0 }));
  return dir;
}
