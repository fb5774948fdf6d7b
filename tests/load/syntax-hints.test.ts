import { describe, expect, it } from 'vitest';
import { header, initiative, problemsOf } from '../helpers/round-yaml.js';

/*
 * Issue 12, item 5: after a YAML mistake, that mistake alone, at its line,
 * with a hint that matches it. The first initiative's milestone 1 is lines
 * 22-24 (`1:`, `tekst: a`, `smiley: glad`), milestone 2 lines 25-28.
 */

const F = 'data/2019/runde-2.yaml';
const milestones =
  '          1:\n            tekst: a\n            smiley: glad\n' +
  '          2:\n            tekst: b\n            status: Forsinket.\n            smiley: neutral\n';
const good = header(2) + initiative('1.1', milestones) + initiative('1.2', milestones) + initiative('1.3', milestones);

function withLine(line: number, text: string): string {
  const lines = good.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

describe('one YAML mistake, one message', () => {
  it('the file is valid as written', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('a tab: the tab, not the good lines after it', () => {
    expect(problemsOf(withLine(28, '\tsmiley: neutral'))).toEqual([`${F}:28:1: fejl: YAML-syntaksfejl: tabulator brugt til indrykning; brug mellemrum`]);
    expect(problemsOf(withLine(28, '          \t  smiley: neutral'))).toEqual([
      `${F}:28:11: fejl: YAML-syntaksfejl: tabulator brugt til indrykning; brug mellemrum`,
    ]);
  });

  it('smiley: indented too far is reported on its own line, not as the status needing quotes', () => {
    expect(problemsOf(withLine(28, '              smiley: neutral'))).toEqual([
      `${F}:28:15: fejl: YAML-syntaksfejl: smiley: er rykket længere ind end status: på linjen før; ryk smiley: tilbage, så den står lige under status: (kolonne 13)`,
    ]);
  });

  it('indented too little names the key it should line up with', () => {
    expect(problemsOf(withLine(28, '           smiley: neutral'))).toEqual([
      `${F}:28:12: fejl: YAML-syntaksfejl: forkert indrykning: smiley: står i kolonne 12, men status: på linje 27 står i kolonne 13; ryk den, så nøglerne i samme afsnit står lige under hinanden`,
    ]);
  });

  it('a missing colon says so and what to write', () => {
    expect(problemsOf(withLine(28, '            smiley glad'))).toEqual([`${F}:28:19: fejl: YAML-syntaksfejl: der mangler et kolon efter smiley; skriv smiley: glad`]);
  });

  it('an unclosed quote points at the quote that is never closed', () => {
    expect(problemsOf(withLine(27, '            status: "Forsinket.'))).toEqual([
      `${F}:27:21: fejl: YAML-syntaksfejl: anførselstegnet her lukkes aldrig; sæt det samme anførselstegn efter teksten`,
    ]);
  });
});
