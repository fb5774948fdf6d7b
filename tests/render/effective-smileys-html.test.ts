import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { earlierAgreement, header, initiative } from '../helpers/round-yaml.js';
import { initiativeHooks, type InitiativeHooks } from '../helpers/report-hooks.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

/*
 * The effective smileys in the rendered HTML, read through the data-* hooks of
 * report.md, follow rules.md (issue 2, "What it must show").
 */

const m = (r: number, body: string) => `          ${r}:\n${body.replace(/^/gm, '            ').replace(/ +$/, '')}`;

const round3 =
  header(3) +
  // glad carried over two empty rounds
  initiative('1.1', m(1, 'tekst: a\nsmiley: glad\n') + m(4, 'tekst: d\n')) +
  // a follow-up after neutral, in the empty round 2, then carried
  initiative('1.2', m(1, 'tekst: a\nsmiley: neutral\n') + m(2, 'status: Nu er den nået.\nsmiley: glad\n')) +
  // rounds with no previous smiley
  initiative('1.3', m(3, 'tekst: c\nsmiley: sur\n')) +
  // "1.1" and "1.10" side by side, unquoted
  initiative('1.10', m(1, 'tekst: a\nsmiley: sur\n') + m(2, 'tekst: b\nsmiley: neutral\n') + m(3, 'tekst: c\nsmiley: glad\n'), '        økonomi:\n          tekst: Ingen.\n          smiley: sur\n').replace('"1.10"', '1.10') +
  // legacy: a glad round 1 and blank rounds 2 and 3 are NOT carried; same id as a current one
  earlierAgreement(
    initiative('1.1', m(1, 'tekst: a\nsmiley: glad\n') + m(2, 'tekst: b\n') + m(3, 'tekst: c\n'), '        økonomi:\n          tekst: Ingen.\n          smiley: glad\n        seneste_status: Afsluttet.\n'),
  );

let blocks: InitiativeHooks[];

beforeAll(async () => {
  const cwd = tempTree({ 'data/2019/runde-3.yaml': round3 });
  const r = await runCli(['render', '--round', '3', '--format', 'html'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  blocks = initiativeHooks(readFileSync(join(cwd, 'out/2019/runde-3.html'), 'utf8'));
});

const cells = (b: InitiativeHooks) => [1, 2, 3, 4].map((r) => [b.milestones[r]?.smiley ?? null, b.milestones[r]?.source ?? null]);
const block = (id: string, agreement: string) => blocks.find((b) => b.id === id && b.agreement === agreement)!;

describe('effective smileys in the HTML', () => {
  it('one block per initiative, in order, with its agreement year', () => {
    expect(blocks.map((b) => `${b.agreement}:${b.id}`)).toEqual(['2019:1.1', '2019:1.2', '2019:1.3', '2019:1.10', '2018:1.1']);
  });

  it('a glad smiley carried over two empty rounds', () => {
    expect(cells(block('1.1', '2019'))).toEqual([
      ['glad', 'angivet'],
      ['glad', 'videreført'],
      ['glad', 'videreført'],
      [null, null],
    ]);
  });

  it('a follow-up after neutral', () => {
    expect(cells(block('1.2', '2019'))).toEqual([
      ['neutral', 'angivet'],
      ['glad', 'angivet'],
      ['glad', 'videreført'],
      [null, null],
    ]);
  });

  it('rounds with no previous smiley', () => {
    expect(cells(block('1.3', '2019'))).toEqual([
      [null, null],
      [null, null],
      ['sur', 'angivet'],
      [null, null],
    ]);
  });

  it('ids "1.1" and "1.10" side by side', () => {
    expect(cells(block('1.10', '2019'))).toEqual([
      ['sur', 'angivet'],
      ['neutral', 'angivet'],
      ['glad', 'angivet'],
      [null, null],
    ]);
    expect(block('1.10', '2019').economy).toBe('sur');
    expect(block('1.1', '2019').economy).toBe(null);
  });

  it('legacy blocks not carried; the same id in the current and an earlier agreement', () => {
    expect(cells(block('1.1', '2018'))).toEqual([
      ['glad', 'angivet'],
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(block('1.1', '2018').economy).toBe('glad');
    expect(block('1.1', '2018').text).toContain('Afsluttet.');
  });
});
