import { describe, expect, it } from 'vitest';
import { isSubtheme } from '../../src/validate/schema.js';
import { agreement2023, IDS, SUBTHEMES, THEMES } from '../helpers/agreement-2023.js';
import { appliedOf, problemsOf } from '../helpers/round-yaml.js';

/*
 * round-file.md, "Added in the second round of work": an item of `indsatser:`
 * is an initiative or a sub-theme, at most two levels of sub-themes. Each
 * broken shape, fed as YAML, gives its exact message at its line and column.
 */

const F = 'data/2023/runde-1.yaml';
const ok = agreement2023({ round: 1 });

/** 1-based line of the first line containing `needle` (after line `after`). */
function lineOf(text: string, needle: string, after = 0): number {
  const i = text.split('\n').findIndex((l, k) => k >= after && l.includes(needle));
  if (i < 0) throw new Error(`not in the text: ${needle}`);
  return i + 1;
}

describe('a 2023-shaped agreement', () => {
  it('checks without problems and keeps report order, depth and sub-theme trail', () => {
    expect(problemsOf(ok, F)).toEqual([]);
    const applied = appliedOf(ok, F);
    expect(applied.themes.map((t) => t.title)).toEqual([THEMES.fremtid, THEMES.groen, THEMES.unge]);
    expect(applied.themes.flatMap((t) => t.initiatives.map((i) => i.initiative.id))).toEqual([...IDS]);
    const unge = applied.themes[2]!;
    expect(unge.items.map((i) => i.initiative?.initiative.id ?? i.subtheme?.title)).toEqual(['3.1', SUBTHEMES.dagtilbud]);
    const deepest = unge.initiatives.find((i) => i.initiative.id === '3.2.2.1')!;
    expect(deepest.subthemes).toEqual([SUBTHEMES.dagtilbud, SUBTHEMES.pladser]);
    expect(deepest.path).toEqual(['temaer', 2, 'indsatser', 1, 'indsatser', 1, 'indsatser', 0]);
    expect(applied.themes[0]!.items[0]!.subtheme!.description).toBe('Fritidslivet skal være for alle.');
    expect(applied.data.temaer[0]!.indsatser.every(isSubtheme)).toBe(true);
  });

  it('ids are unique across the whole agreement, sub-themes included', () => {
    const text = ok.replace('id: "3.2.1"', 'id: "1.1.2"');
    expect(problemsOf(text, F)).toEqual([
      `${F}:${lineOf(text, 'id: "1.1.2"', lineOf(text, 'id: "1.1.2"'))}:17: fejl: 1.1.2: id "1.1.2" findes allerede i aftalen (linje ${lineOf(text, 'id: "1.1.2"')})`,
    ]);
  });

  it('problems inside a sub-theme are positioned there and name their initiative', () => {
    const text = ok.replace('            smiley: sur', '            smiley: surt').replace(/(Mere tid til kerneopgaven\n)/, '$1            farve: blå\n');
    expect(problemsOf(text, F)).toEqual([
      `${F}:${lineOf(text, 'farve: blå')}:13: fejl: 3.2.1: ukendt nøgle "farve"; tilladte nøgler her: id, titel, type, beskrivelse, ansvar, milepæle, økonomi, seneste_status`,
      `${F}:${lineOf(text, 'smiley: surt')}:25: fejl: 3.2.1: ukendt smiley "surt"; tilladte værdier: glad, neutral, sur; mente du "sur"?`,
    ]);
  });

  it('the smiley rules apply inside sub-themes', () => {
    // 3.2.2.1 is the last initiative: drop its round-2 smiley, the last one in the file.
    const r2 = agreement2023({ round: 2 });
    const lines = r2.split('\n');
    lines.splice(lines.map((l) => l.includes('smiley: glad')).lastIndexOf(true), 1);
    const text = lines.join('\n');
    expect(problemsOf(text, 'data/2023/runde-2.yaml')).toEqual([
      `data/2023/runde-2.yaml:${lineOf(text, '2:', lineOf(text, '3.2.2.1'))}:19: fejl: 3.2.2.1: milepælen for 2. opfølgning mangler en smiley`,
    ]);
  });
});

describe('broken sub-themes, as messages', () => {
  it('an empty sub-theme: at its indsatser, saying what to write', () => {
    const text = ok.replace(/( {6}- undertema: "1\.2\.[^\n]*\n {8}indsatser:\n)(?: {10}[^\n]*\n)+/, '$1');
    const empty = text.replace(/(undertema: "1\.2\.[^\n]*\n {8}indsatser:)\n/, '$1 []\n');
    const message = `fejl: undertemaet "${SUBTHEMES.rammer}" har ingen indsatser; skriv dets indsatser under "indsatser:" (mindst én, hver begyndende med "- id:"), eller fjern undertemaet`;
    expect(problemsOf(empty, F)).toEqual([`${F}:${lineOf(empty, 'undertema: "1.2.') + 1}:9: ${message}`]);
    expect(problemsOf(text, F)).toEqual([`${F}:${lineOf(text, 'undertema: "1.2.') + 1}:9: ${message}`]);
    const without = ok.replace(/( {6}- undertema: "1\.2\.[^\n]*\n) {8}indsatser:\n(?: {10}[^\n]*\n)+/, '$1');
    expect(problemsOf(without, F)).toEqual([`${F}:${lineOf(without, 'undertema: "1.2.')}:9: ${message}`]);
  });

  it('an unknown key in a sub-theme: the keys a sub-theme has, or the one meant', () => {
    const farve = ok.replace('beskrivelse: Fritidslivet', 'farve: Fritidslivet');
    const line = lineOf(ok, 'beskrivelse: Fritidslivet');
    expect(problemsOf(farve, F)).toEqual([
      `${F}:${line}:9: fejl: ukendt nøgle "farve" i et undertema; et undertema har kun nøglerne undertema, beskrivelse og indsatser`,
    ]);
    expect(problemsOf(ok.replace('beskrivelse: Fritidslivet', 'beskrivlse: Fritidslivet'), F)).toEqual([
      `${F}:${line}:9: fejl: ukendt nøgle "beskrivlse" i et undertema; mente du "beskrivelse"?`,
    ]);
    const titel = ok.replace('- undertema: "1.1. Et aktivt fritidsliv"', '- titel: "1.1. Et aktivt fritidsliv"');
    expect(problemsOf(titel, F)).toEqual([
      `${F}:${line - 1}:9: fejl: ukendt nøgle "titel" i et undertema; skriv undertemaets overskrift som "undertema:"`,
    ]);
    // Without that hint, a sub-theme that has no undertema is told what to write.
    expect(problemsOf(ok.replace('- undertema: "1.1. Et aktivt fritidsliv"\n        beskrivelse', '- beskrivelse'), F)).toEqual([
      `${F}:${line - 1}:9: fejl: et undertema skal have sin overskrift, som den står i rapporten: skriv fx undertema: "3.2. Et stærkt dagtilbudsområde"`,
    ]);
  });

  it('a sub-theme below a sub-sub-theme is too deep: one message at its undertema', () => {
    const text = ok.replace(
      /( {14})- id: "3\.2\.2\.1"/,
      '$1- undertema: "3.2.2.9. For dybt"\n$1  indsatser:\n$1    - id: "3.2.2.9.1"\n$1- id: "3.2.2.1"',
    );
    expect(problemsOf(text, F)).toEqual([
      `${F}:${lineOf(text, '3.2.2.9. For dybt')}:17: fejl: undertemaet "3.2.2.9. For dybt" ligger for dybt: under et tema kan der højst være ` +
        'to niveauer af undertemaer (tema > undertema > undertema > indsatser); skriv dets indsatser direkte i undertemaet over det',
    ]);
  });

  it('an item that is neither an initiative nor a sub-theme', () => {
    const text = ok.replace('      - id: "2.1"', '      - farve: blå\n      - id: "2.1"');
    expect(problemsOf(text, F)).toEqual([
      `${F}:${lineOf(text, 'farve: blå')}:9: fejl: dette punkt under "indsatser" er hverken en indsats eller et undertema: ` +
        'skriv "id:" og resten af indsatsens nøgler for en indsats, eller "undertema:" med overskriften og "indsatser:" for et undertema',
    ]);
    const inDeepest = ok.replace('              - id: "3.2.2.1"', '              - bare tekst\n              - id: "3.2.2.1"');
    expect(problemsOf(inDeepest, F)).toEqual([
      `${F}:${lineOf(inDeepest, '- bare tekst')}:17: fejl: dette punkt under "indsatser" er ikke en indsats: skriv "id:" og resten af ` +
        'indsatsens nøgler (her, i et undertema under et undertema, kan der kun stå indsatser)',
    ]);
  });

  it('sub-themes are allowed in tidligere_aftaler, checked the same way', () => {
    // Theme 3 of the fixture again, as an earlier agreement (indented four more).
    const theme3 = ok.slice(ok.indexOf('  - titel: "3.')).replace(/^(?=.)/gm, '    ');
    const text = `${ok}tidligere_aftaler:\n  - aftale: Aftale om budget 2022\n    år: 2022\n    temaer:\n${theme3}`;
    expect(problemsOf(text, F)).toEqual([]);
    const applied = appliedOf(text, F);
    expect(applied.earlier[0]!.themes[0]!.initiatives.map((i) => `${i.initiative.id}:${i.current}`)).toEqual(['3.1:false', '3.2.1:false', '3.2.2.1:false']);
    const earlierStart = lineOf(text, 'tidligere_aftaler:');
    const inner = lineOf(text, 'undertema: "3.2.2.', earlierStart);
    // The earlier agreement's sub-sub-theme emptied: its initiative's lines removed.
    const lines = text.split('\n');
    const broken = [...lines.slice(0, inner + 1), ...lines.slice(lines.length - 1)].join('\n');
    expect(problemsOf(broken, F)).toEqual([
      `${F}:${inner + 1}:17: fejl: undertemaet "${SUBTHEMES.pladser}" har ingen indsatser; skriv dets indsatser under "indsatser:" (mindst én, hver begyndende med "- id:"), eller fjern undertemaet`,
    ]);
  });

});
