import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline/check.js';
import { formatProblem } from '../../src/problems/format.js';
import { sortProblems } from '../../src/problems/problem.js';
import { header, initiative, problemsOf } from '../helpers/round-yaml.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * Issue 12: messages that lead straight to the fix, each reproducing what
 * the issue reported. Header lines 1-13, first initiative from line 14, its
 * `milepæle:` on line 21.
 */

const m = (round: number, fields: string) => `          ${round}:\n${fields.replace(/^/gm, '            ')}\n`;

async function checked(files: Record<string, string>, round: number) {
  const root = tempTree(files);
  const result = await check({ dataDir: join(root, 'data'), round });
  return sortProblems(result.problems).map((p) => formatProblem(p).split(`${root}/`).join(''));
}

describe('the follow-up of a neutral or sad smiley', () => {
  it('says which key to add where, at the line of milepæle:, and that round 2 is history', () => {
    const text = header(3) + initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: neutral'));
    expect(problemsOf(text, 'data/2019/runde-3.yaml')).toEqual([
      'data/2019/runde-3.yaml:21:9: fejl: 1.13: der er ingen milepæl i 3. opfølgning, så den forrige smiley (neutral i 2. opfølgning) skal følges op her: ' +
        'tilføj 3: under milepæle: med smiley: og status: (milepælen for 2. opfølgning er historik og skal ikke ændres)',
    ]);
  });

  it('a follow-up smiley that is still not glad, without a status, is a warning naming the key to add; a glad one is not', () => {
    const glad = header(3) + initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: neutral') + m(3, 'smiley: glad'));
    expect(problemsOf(glad, 'data/2019/runde-3.yaml')).toEqual([]);
    const text = header(3) + initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: neutral') + m(3, 'smiley: neutral'));
    expect(problemsOf(text, 'data/2019/runde-3.yaml')).toEqual([
      'data/2019/runde-3.yaml:29:21: advarsel: 1.13: smiley for 3. opfølgning følger op på den forrige smiley (neutral), men der er ingen status; ' +
        'tilføj status: under 3: med det, der forklarer smileyen',
    ]);
    const explained = header(3) + initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: neutral') + m(3, 'status: Færdig.\nsmiley: glad'));
    expect(problemsOf(explained, 'data/2019/runde-3.yaml')).toEqual([]);
  });

  it('history warnings are printed while the file still has errors', async () => {
    const round2 = header(2) + initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: neutral'));
    // The user "follows up" by editing milestone 2 instead of adding 3, and another milestone still lacks its smiley.
    const round3 =
      header(3) +
      initiative('1.13', m(1, 'tekst: a\nsmiley: glad') + m(2, 'status: Forsinket.\nsmiley: glad')) +
      initiative('1.14', m(1, 'tekst: a\nsmiley: glad') + m(3, 'tekst: c'));
    const lines = await checked({ 'data/2019/runde-2.yaml': round2, 'data/2019/runde-3.yaml': round3 }, 3);
    expect(lines).toEqual([
      'data/2019/runde-3.yaml:27:21: advarsel: 1.13: smiley for 2. opfølgning er ændret fra neutral (runde-2.yaml) til glad; ' +
        'skulle den følge op på neutral, så sæt neutral tilbage og tilføj 3: under milepæle: med smiley: og status:; er det en bevidst rettelse, så skriv "rettet:" med begrundelsen på milepælen',
      'data/2019/runde-3.yaml:41:11: fejl: 1.14: milepælen for 3. opfølgning mangler en smiley',
    ]);
  });
});

describe('a runde that does not match the file name', () => {
  it('is one error, not one for every smiley judged by the wrong round', () => {
    const filled = (id: string) => initiative(id, m(1, 'tekst: a\nsmiley: glad') + m(2, 'tekst: b\nsmiley: glad') + m(3, 'tekst: c\nsmiley: neutral'));
    const text = header(2) + filled('1.1') + filled('1.2') + filled('1.3');
    expect(problemsOf(text, 'data/2019/runde-3.yaml')).toEqual(['data/2019/runde-3.yaml:3:8: fejl: runde er 2, men filen hedder runde-3.yaml']);
  });
});

describe('"mente du" for values', () => {
  const withSmiley = (value: string) => header(1) + initiative('1.1', m(1, `tekst: a\nsmiley: ${value}`));
  it.each([
    ['Glad', 'glad'],
    ['grøn', 'glad'],
    ['gul', 'neutral'],
    ['rød', 'sur'],
    ['😊', 'glad'],
    ['😐', 'neutral'],
    ['😞', 'sur'],
    ['neutal', 'neutral'],
  ])('smiley: %s suggests %s', (written, meant) => {
    expect(problemsOf(withSmiley(written), 'data/2019/runde-1.yaml')).toEqual([
      `data/2019/runde-1.yaml:24:21: fejl: 1.1: ukendt smiley "${written}"; tilladte værdier: glad, neutral, sur; mente du "${meant}"?`,
    ]);
  });

  it('neutral on økonomi is not allowed there, rather than unknown', () => {
    const text = header(1) + initiative('1.1', m(1, 'tekst: a\nsmiley: glad'), '        økonomi:\n          tekst: Ingen.\n          smiley: neutral\n');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:27:19: fejl: 1.1: smiley "neutral" er ikke tilladt for økonomi; tilladte værdier: glad, sur',
    ]);
  });

  it('other values by case and edit distance: type drift', () => {
    const text = header(1) + initiative('1.1', m(1, 'tekst: a\nsmiley: glad')).replace('type: Drift', 'type: drift');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:16:15: fejl: 1.1: ugyldig værdi "drift" for "type"; tilladte værdier: Drift, Anlæg; mente du "Drift"?',
    ]);
  });
});

describe('the date of a round', () => {
  it('before the previous round\'s is a warning at dato', async () => {
    const one = header(1) + initiative('1.1', m(1, 'tekst: a\nsmiley: glad'));
    const two = header(2).replace('dato: 2019-08-01', 'dato: 2018-10-01') + initiative('1.1', m(1, 'tekst: a\nsmiley: glad'));
    expect(await checked({ 'data/2019/runde-1.yaml': one, 'data/2019/runde-2.yaml': two }, 2)).toEqual([
      'data/2019/runde-2.yaml:4:7: advarsel: dato 2018-10-01 er før datoen i runde-1.yaml (2019-08-01); skriv datoen for denne opfølgning, som skal ligge efter 2019-08-01',
    ]);
  });
});

describe('committee names that drift', () => {
  const ok = m(1, 'tekst: a\nsmiley: glad');
  const named = (id: string, udvalg: string) => initiative(id, ok).replace('udvalg: Social- og Sundhedsudvalget', `udvalg: ${udvalg}`);

  it('a near miss of another name in the file is a warning naming both and the line of the usual one', async () => {
    const text =
      header(1) +
      named('1.1', 'Social- og Sundhedsudvalget') +
      named('1.2', 'Social- og Sundhedsudvalget') +
      named('1.3', 'Social og Sundhedsudvalget') +
      named('1.4', 'social- og sundhedsudvalget') +
      named('1.5', 'Social- og Sundhedsudvalgt') +
      named('1.6', 'Børne- og Skoleudvalget');
    const lines = await checked({ 'data/2019/runde-1.yaml': text }, 1);
    const warn = (line: number, name: string, id: string) =>
      `data/2019/runde-1.yaml:${line}:19: advarsel: ${id}: udvalget "${name}" ligner "Social- og Sundhedsudvalget" (linje 20, 2 gange i alt); ` +
      'skriv udvalg: Social- og Sundhedsudvalget, hvis det er samme udvalg – ellers får det sin egen udvalgsrapport';
    expect(lines).toEqual([
      warn(46, 'Social og Sundhedsudvalget', '1.3'),
      warn(59, 'social- og sundhedsudvalget', '1.4'),
      warn(72, 'Social- og Sundhedsudvalgt', '1.5'),
    ]);
  });

  it('a near miss of a name in the previous round names that file and line', async () => {
    const one = header(1) + named('1.1', 'Social- og Sundhedsudvalget');
    const two = header(2) + named('1.1', 'Social og Sundhedsudvalget');
    expect(await checked({ 'data/2019/runde-1.yaml': one, 'data/2019/runde-2.yaml': two }, 2)).toEqual([
      'data/2019/runde-2.yaml:20:19: advarsel: 1.1: udvalget "Social og Sundhedsudvalget" ligner "Social- og Sundhedsudvalget" (data/2019/runde-1.yaml:20); ' +
        'skriv udvalg: Social- og Sundhedsudvalget, hvis det er samme udvalg – ellers får det sin egen udvalgsrapport',
    ]);
  });

  it('different committees are not near misses; --strict makes the warning fail', async () => {
    const text = header(1) + named('1.1', 'Social- og Sundhedsudvalget') + named('1.2', 'Børne- og Skoleudvalget') + named('1.3', 'Økonomiudvalget');
    expect(await checked({ 'data/2019/runde-1.yaml': text }, 1)).toEqual([]);
    const root = tempTree({ 'data/2019/runde-1.yaml': header(1) + named('1.1', 'Økonomiudvalget') + named('1.2', 'Økonomiudvalg') + named('1.3', 'Økonomiudvalget') });
    expect((await check({ dataDir: join(root, 'data'), round: 1, strict: true })).ok).toBe(false);
  });
});

describe('a key written twice', () => {
  it('names the key and its first line, and the other checks still run', () => {
    const text =
      header(2) +
      initiative('1.1', m(1, 'tekst: a\nsmiley: glad')).replace('        type: Drift\n', '        type: Drift\n        titel: En anden titel\n') +
      initiative('1.2', m(1, 'tekst: a\nsmiley: glad') + m(2, 'tekst: b'));
    expect(problemsOf(text)).toEqual([
      'data/2019/runde-2.yaml:17:9: fejl: nøglen "titel" står to gange i samme afsnit; første gang på linje 15. Slet den ene, eller saml dem til én',
      'data/2019/runde-2.yaml:39:11: fejl: 1.2: milepælen for 2. opfølgning mangler en smiley',
    ]);
  });
});
