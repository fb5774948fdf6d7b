import { describe, expect, it } from 'vitest';
import { earlierAgreement, header, initiative, problemsOf } from '../helpers/round-yaml.js';

/*
 * Each error of round-file.md "What is an error" and each row of the rules.md
 * table, fed as YAML with known line numbers: the exact message, line and
 * column. The header is lines 1-13; the first initiative starts on line 14;
 * its `milepæle:` key is on line 21 and its first milestone key on line 22.
 */

const F = 'data/2019/runde-2.yaml';

describe('rules.md table, as messages', () => {
  it('r > R with a smiley: a future round cannot be assessed', () => {
    const text = header(2) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n          3:\n            tekst: c\n            smiley: glad\n');
    expect(problemsOf(text)).toEqual([
      `${F}:27:21: fejl: 1.1: milepælen for 3. opfølgning har en smiley, men rapporten er 2. opfølgning: en kommende runde kan ikke vurderes endnu; fjern smiley: her`,
    ]);
  });

  it('r ≤ R with tekst and no smiley: the milestone has no smiley', () => {
    const text = header(2) + initiative('1.4', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            tekst: b\n');
    expect(problemsOf(text)).toEqual([`${F}:25:11: fejl: 1.4: milepælen for 2. opfølgning mangler en smiley`]);
  });

  it.each(['neutral', 'sur'])('r ≤ R, empty after %s: the previous smiley must be followed up', (s) => {
    const text = header(2) + initiative('1.2', `          1:\n            tekst: a\n            smiley: ${s}\n`);
    expect(problemsOf(text)).toEqual([
      `${F}:21:9: fejl: 1.2: der er ingen milepæl i 2. opfølgning, så den forrige smiley (${s} i 1. opfølgning) skal følges op her: ` +
        'tilføj 2: under milepæle: med smiley: og status: (milepælen for 1. opfølgning er historik og skal ikke ændres)',
    ]);
  });

  it('the follow-up error points at the empty milestone when it is written', () => {
    const text = header(2) + initiative('1.2', '          1:\n            tekst: a\n            smiley: neutral\n          2:\n            status: ""\n');
    expect(problemsOf(text)[0]).toMatch(new RegExp(`^${F}:25:11: fejl: 1.2: der er ingen milepæl i 2. opfølgning`));
  });

  it('a glad smiley carried, a round with no previous smiley, a given one: no problem', () => {
    const text =
      header(3) +
      initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n') +
      initiative('1.10', '          2:\n            tekst: b\n            smiley: sur\n          3:\n            tekst: c\n            smiley: neutral\n');
    expect(problemsOf(text, 'data/2019/runde-3.yaml')).toEqual([]);
  });

  it('override on an empty milestone without status: a warning naming what the rule would give', () => {
    const text = header(2) + initiative('1.13', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            smiley: neutral\n');
    expect(problemsOf(text)).toEqual([
      `${F}:26:21: advarsel: 1.13: smiley for 2. opfølgning er neutral på en milepæl uden tekst, hvor reglen ville give glad; tilføj status: under 2:, der forklarer det`,
    ]);
  });

  it('override with a status explaining it: legitimate, no warning', () => {
    const text =
      header(2) + initiative('1.13', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            status: Forsinket.\n            smiley: neutral\n');
    expect(problemsOf(text)).toEqual([]);
  });

  it('earlier agreements are shown as recorded: no rule errors, values still validated', () => {
    const earlier = earlierAgreement(
      initiative('4.01.2', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            tekst: b\n          3:\n            tekst: c\n            smiley: happy\n'),
    );
    const text = header(2) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n') + earlier;
    const lines = text.split('\n');
    const happy = lines.findIndex((l) => l.includes('smiley: happy')) + 1;
    expect(problemsOf(text)).toEqual([`${F}:${happy}:25: fejl: 4.01.2: ukendt smiley "happy"; tilladte værdier: glad, neutral, sur; mente du "glad"?`]);
  });
});

describe('round-file.md "What is an error", as messages', () => {
  const ok = initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n');

  it('unknown key, with the nearest known key suggested', () => {
    const text = header(1) + ok.replace('        milepæle:', '        milepaele:');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:21:9: fejl: 1.1: ukendt nøgle "milepaele"; mente du "milepæle"?',
    ]);
  });

  it('unknown key with no near match lists the allowed keys', () => {
    const text = 'farve: blå\n' + header(1) + ok;
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:1:1: fejl: ukendt nøgle "farve"; tilladte nøgler her: aftale, år, runde, dato, modtager, kommune, sagsid, kontakt, læsevejledning, titel, temaer, tidligere_aftaler',
    ]);
  });

  it('missing required keys, at the block that lacks them', () => {
    const text = header(1).replace('sagsid: 00.30.10-S00-2-19\n', '') + ok.replace('        titel: En indsats\n', '');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:1:1: fejl: mangler "sagsid"',
      'data/2019/runde-1.yaml:13:9: fejl: 1.1: mangler "titel"',
    ]);
  });

  it('wrong types', () => {
    const text = header(1).replace('år: 2019', 'år: tyve') + ok.replace('          udvalg: Social- og Sundhedsudvalget', '          udvalg:\n            navn: X');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:2:5: fejl: "år" skal være et årstal, men er "tyve"',
      'data/2019/runde-1.yaml:21:13: fejl: 1.1: "udvalg" skal være et udvalgsnavn eller en liste af navne, men er et afsnit med nøgler',
    ]);
  });

  it('unknown smiley words, with the allowed ones listed', () => {
    const text = header(1) + ok.replace('smiley: glad', 'smiley: glaad') + '';
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:24:21: fejl: 1.1: ukendt smiley "glaad"; tilladte værdier: glad, neutral, sur; mente du "glad"?',
    ]);
    const economy = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n', '        økonomi:\n          tekst: Ingen.\n          smiley: neutral\n');
    expect(problemsOf(economy, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:27:19: fejl: 1.1: smiley "neutral" er ikke tilladt for økonomi; tilladte værdier: glad, sur',
    ]);
  });

  it('duplicate ids', () => {
    const text = header(1) + ok + ok;
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:27:13: fejl: 1.1: id "1.1" findes allerede i aftalen (linje 14)',
    ]);
  });

  it('ids 1.1 and 1.10 unquoted are two ids, not a duplicate', () => {
    const text = header(1) + ok.replace('"1.1"', '1.1') + ok.replace('"1.1"', '1.10');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([]);
  });

  it('a runde that does not match the file name', () => {
    const text = header(2) + ok;
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:3:8: fejl: runde er 2, men filen hedder runde-1.yaml',
    ]);
  });

  it('a smiley on a round after the report round', () => {
    const text = header(1) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n          4:\n            tekst: d\n            smiley: glad\n');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:27:21: fejl: 1.1: milepælen for 4. opfølgning har en smiley, men rapporten er 1. opfølgning: en kommende runde kan ikke vurderes endnu; fjern smiley: her',
    ]);
  });

  it('YAML syntax errors, in Danish with their position', () => {
    const text = header(1) + ok.replace('        type: Drift', '        type: Drift: Anlæg');
    expect(problemsOf(text, 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:16:15: fejl: YAML-syntaksfejl: en værdi indeholder ": "; sæt teksten i anførselstegn',
    ]);
  });

  it('tabs used for indentation', () => {
    expect(problemsOf('aftale: x\nkontakt:\n\tnavn: y\n', 'data/2019/runde-1.yaml')).toEqual([
      'data/2019/runde-1.yaml:3:1: fejl: YAML-syntaksfejl: tabulator brugt til indrykning; brug mellemrum',
    ]);
  });

  it('every problem of a file at once: schema and rules together', () => {
    const text =
      header(2) +
      ok.replace('        milepæle:', '        milepaele:') +
      initiative('1.2', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            tekst: b\n');
    expect(problemsOf(text)).toEqual([
      `${F}:21:9: fejl: 1.1: ukendt nøgle "milepaele"; mente du "milepæle"?`,
      `${F}:38:11: fejl: 1.2: milepælen for 2. opfølgning mangler en smiley`,
    ]);
  });

  it('every problem of one initiative at once: its schema errors and its rule errors, and a duplicate id', () => {
    // 1.1: no titel, an unknown milestone key 5, a milestone without a smiley and one from a future round.
    const bad = initiative(
      '1.1',
      '          1:\n            tekst: a\n          3:\n            tekst: c\n            smiley: glad\n          5:\n            tekst: e\n',
    ).replace('        titel: En indsats\n', '');
    // A second 1.1 that lacks its beskrivelse.
    const twin = initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n').replace('        beskrivelse: Noget.\n', '');
    const text = header(2) + bad + twin;
    const lines = text.split('\n');
    const at = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const twinLine = at('- id: "1.1"', at('- id: "1.1"'));
    expect(problemsOf(text)).toEqual([
      `${F}:14:9: fejl: 1.1: mangler "titel"`,
      `${F}:${at('          1:')}:11: fejl: 1.1: milepælen for 1. opfølgning mangler en smiley`,
      `${F}:${at('smiley: glad')}:21: fejl: 1.1: milepælen for 3. opfølgning har en smiley, men rapporten er 2. opfølgning: en kommende runde kan ikke vurderes endnu; fjern smiley: her`,
      `${F}:${at('          5:')}:11: fejl: 1.1: ukendt runde "5" under milepæle; runderne er 1, 2, 3 og 4`,
      `${F}:${twinLine}:9: fejl: 1.1: mangler "beskrivelse"`,
      `${F}:${twinLine}:13: fejl: 1.1: id "1.1" findes allerede i aftalen (linje 14)`,
    ]);
  });
});
