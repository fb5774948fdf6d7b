import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline/check.js';
import { formatProblem } from '../../src/problems/format.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { tempTree } from '../helpers/temp-dir.js';

const round1 = header(1) + initiative('2.4', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            tekst: b\n');

describe('history across round files (rules.md)', () => {
  it('warns when round 2 changes the smiley round 1 published, naming both values', async () => {
    const round2 =
      header(2) +
      initiative('2.4', '          1:\n            tekst: a\n            smiley: neutral\n          2:\n            tekst: b\n            smiley: glad\n');
    const root = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const result = await check({ dataDir: join(root, 'data'), round: 2 });
    const file = join(root, 'data/2019/runde-2.yaml');
    expect(result.problems.map((p) => formatProblem({ ...p, file: 'F' }))).toEqual([
      'F:24:21: advarsel: 2.4: smiley for 1. opfølgning er ændret fra glad (runde-1.yaml) til neutral; er det en bevidst rettelse, så skriv "rettet:" med begrundelsen på milepælen',
    ]);
    expect(result.problems[0]!.file.endsWith('runde-2.yaml')).toBe(true);
    expect(file.endsWith(result.problems[0]!.file)).toBe(true);
    expect(result.ok).toBe(true);
    expect((await check({ dataDir: join(root, 'data'), round: 2, strict: true })).ok).toBe(false);
  });

  it('a carried smiley written out explicitly is the same history: no warning', async () => {
    const r1 = header(1) + initiative('1.2', '          1:\n            tekst: a\n            smiley: glad\n');
    const r3prev = header(2) + initiative('1.2', '          1:\n            tekst: a\n            smiley: glad\n');
    const r3 = header(3) + initiative('1.2', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            smiley: glad\n');
    const root = tempTree({ 'data/2019/runde-1.yaml': r1, 'data/2019/runde-2.yaml': r3prev, 'data/2019/runde-3.yaml': r3 });
    const result = await check({ dataDir: join(root, 'data') });
    expect(result.problems).toEqual([]);
  });

  it('a removed smiley is a change to "ingen"', async () => {
    const round2 = header(2) + initiative('2.4', '          2:\n            tekst: b\n            smiley: glad\n');
    const root = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const result = await check({ dataDir: join(root, 'data'), round: 2 });
    expect(result.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([
      '21:9 smiley for 1. opfølgning er ændret fra glad (runde-1.yaml) til ingen; er det en bevidst rettelse, så skriv "rettet:" med begrundelsen på milepælen',
    ]);
  });

  it('rettet on the changed milestone silences exactly that warning, and it stays silent under --strict', async () => {
    const r1 = header(1) + initiative('2.4', '          1:\n            tekst: a\n            smiley: glad\n') + initiative('2.5', '          1:\n            tekst: a\n            smiley: glad\n');
    const changed = (rettet: string) =>
      '          1:\n            tekst: a\n            smiley: neutral\n' + rettet + '          2:\n            tekst: b\n            smiley: glad\n';
    const round2 =
      header(2) +
      initiative('2.4', changed('            rettet: Smileyen er ændret fra glad, fordi tidsplanen er skredet.\n')) +
      initiative('2.5', changed(''));
    const root = tempTree({ 'data/2019/runde-1.yaml': r1, 'data/2019/runde-2.yaml': round2 });
    const result = await check({ dataDir: join(root, 'data'), round: 2 });
    expect(result.problems.map((p) => `${p.id} ${p.line}:${p.col} ${p.severity}`)).toEqual(['2.5 41:21 advarsel']);
    const strict = await check({ dataDir: join(root, 'data'), round: 2, strict: true });
    expect(strict.ok).toBe(false);
    const fixed = tempTree({ 'data/2019/runde-1.yaml': r1, 'data/2019/runde-2.yaml': round2.replace(/(smiley: neutral\n)(          2:)/g, '$1            rettet: Rettet.\n$2') });
    const both = await check({ dataDir: join(fixed, 'data'), round: 2, strict: true });
    expect(both.problems).toEqual([]);
    expect(both.ok).toBe(true);
  });
});
