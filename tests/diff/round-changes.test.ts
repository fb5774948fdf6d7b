import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/diff/format-markdown.js';
import { formatText } from '../../src/diff/format-text.js';
import { roundChanges } from '../../src/diff/round-changes.js';
import { appliedOf } from '../helpers/round-yaml.js';
import { EVERY_KIND_TEXT, round1, round2, round2Given } from './fixtures.js';

const A = 'data/2019/runde-1.yaml';
const B = 'data/2019/runde-2.yaml';
const older = () => appliedOf(round1, A);
const newer = () => appliedOf(round2, B);

describe('the change model', () => {
  it('one entry per changed initiative, in file order, removed ones where they were, earlier agreements last', () => {
    const changes = roundChanges(older(), newer());
    expect(changes.map((c) => c.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '4.01.2']);
    expect(changes.find((c) => c.id === '4.01.2')!.earlierAgreement).toBe('Aftale om budget 2018');
    expect(changes.find((c) => c.id === '1.2')!.changes).toEqual([{ kind: 'removed' }]);
    expect(changes.find((c) => c.id === '1.5')!.changes).toEqual([{ kind: 'added' }]);
  });

  it('history: only a published round before the newer file\'s round', () => {
    const c14 = roundChanges(older(), newer()).find((c) => c.id === '1.4')!.changes;
    expect(c14).toEqual([
      { kind: 'smiley', round: 1, from: { smiley: 'glad', carried: false }, to: { smiley: 'neutral', carried: false }, history: true },
      { kind: 'smiley', round: 2, from: { smiley: null, carried: false }, to: { smiley: 'glad', carried: false }, history: false },
    ]);
  });

  it('identical files: no changes', () => {
    expect(roundChanges(newer(), newer())).toEqual([]);
    expect(formatText([], A, B)).toEqual(['Ingen ændringer.']);
  });
});

describe('the change log, plain text', () => {
  it('every kind of change', () => {
    expect(formatText(roundChanges(older(), newer()), A, B)).toEqual(EVERY_KIND_TEXT);
  });

  it('a carried smiley written out: same smiley, now given, not history', () => {
    const changes = roundChanges(newer(), appliedOf(round2Given, B));
    expect(formatText(changes, `HEAD:${B}`, B)).toEqual([
      'Ændringer fra HEAD:data/2019/runde-2.yaml til data/2019/runde-2.yaml',
      '',
      '1.3 En indsats',
      '  2. opfølgning: glad (videreført) → glad',
      '  status 2. opfølgning: {+Afsluttet.+}',
    ]);
  });

  it('colour on a terminal: no markers, the words red and green', async () => {
    const { Chalk } = await import('chalk');
    const lines = formatText(roundChanges(older(), newer()), A, B, { colour: new Chalk({ level: 1 }) });
    const line = lines.find((l) => l.includes('sundhedspolitik'))!;
    expect(line).toContain('\u001b[31m\u001b[9mvedtaget.\u001b[29m\u001b[39m');
    expect(line).toContain('\u001b[32mgodkendt.\u001b[39m');
    expect(line).not.toContain('[-');
  });
});

describe('the change log, Markdown', () => {
  it('a heading per initiative, a bullet per change', () => {
    expect(formatMarkdown(roundChanges(older(), newer()), A, B).join('\n')).toBe(
      [
        '## Ændringer fra `data/2019/runde-1.yaml` til `data/2019/runde-2.yaml`',
        '',
        '### 1.1 En indsats',
        '',
        '- milepæl 1. opfølgning: Kommissorium for en ny sundhedspolitik er ~~vedtaget.~~ **godkendt.** (**ændret historik**)',
        '- 2. opfølgning: ingen → neutral',
        '- status 2. opfølgning: **Tidsplanen er ændret.**',
        '',
        '### 1.2 En indsats',
        '',
        '- fjernet',
        '',
        '### 1.3 En indsats',
        '',
        '- 2. opfølgning: ingen → glad (videreført)',
        '',
        '### 1.4 En indsats',
        '',
        '- 1. opfølgning: glad → neutral (**ændret historik**)',
        '- 2. opfølgning: ingen → glad',
        '',
        '### 1.5 En ny indsats',
        '',
        '- tilføjet',
        '',
        '### 1.6 En indsats',
        '',
        '- 2. opfølgning: ingen → glad (videreført)',
        '- økonomi-smiley: ingen → glad',
        '- økonomi: Der er ~~ikke~~ afsat ~~økonomi.~~ **2 mio. kr.**',
        '- økonomi, status: **Forbrugt som planlagt.**',
        '',
        '## Tidligere aftale: Aftale om budget 2018',
        '',
        '### 4.01.2 En indsats',
        '',
        '- seneste status: ~~Der er en proces i gang~~ **Processen** med ~~boligselskabet.~~ **boligselskabet er afsluttet.**',
      ].join('\n'),
    );
  });

  it('no changes', () => {
    expect(formatMarkdown([], A, B)).toEqual(['## Ændringer fra `data/2019/runde-1.yaml` til `data/2019/runde-2.yaml`', '', 'Ingen ændringer.']);
  });
});

describe('smaller cases', () => {
  it('a changed title; a text whose words are the same but whose line breaks changed', () => {
    const base = round2.replace('tekst: Dialog med aktørerne.', 'tekst: "Dialog med aktørerne."');
    const changed = round2
      .replace('titel: En ny indsats', 'titel: En helt ny indsats')
      .replace('tekst: Dialog med aktørerne.', 'tekst: "Dialog med\\n\\naktørerne."');
    expect(formatText(roundChanges(appliedOf(base, B), appliedOf(changed, B)), 'a', 'b')).toEqual([
      'Ændringer fra a til b',
      '',
      '1.1 En indsats',
      '  milepæl 2. opfølgning: kun mellemrum og linjeskift er ændret',
      '1.5 En helt ny indsats',
      '  titel: En {+helt+} ny indsats',
    ]);
  });

  it('file text reaches the terminal with its control and bidi characters escaped', () => {
    const changed = round2.replace('titel: En ny indsats', 'titel: "En \\e[31mny\\u202E indsats"');
    expect(formatText(roundChanges(appliedOf(round2, B), appliedOf(changed, B)), 'a', 'b')).toEqual([
      'Ændringer fra a til b',
      '',
      '1.5 En \\u001b[31mny\\u202e indsats',
      '  titel: En [-ny-]{+\\u001b[31mny\\u202e+} indsats',
    ]);
  });
});
