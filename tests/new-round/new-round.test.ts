import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpHeader, isoDate } from '../../src/new-round/bump-header.js';
import { newRound } from '../../src/new-round/new-round.js';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { failingFileSystem } from '../helpers/system-error.js';
import { tempTree } from '../helpers/temp-dir.js';

const m = (round: number, fields: Record<string, string>) =>
  `          ${round}:\n` +
  Object.entries(fields)
    .map(([k, v]) => `            ${k}: ${v}\n`)
    .join('');

/** Round 1 with comments, a quoted value and odd spacing that a re-serialisation would lose. */
const round1 =
  '# yaml-language-server: $schema=../../schema/runde.schema.json\n' +
  header(1)
    .replace('runde: 1', 'runde:   1   # opfølgningsrunden')
    .replace('dato: 2019-08-01', "dato: '2019-04-01' # rapportens dato")
    .replace('sagsid: 00.30.10-S00-2-19', '# sagsnummer i ESDH\nsagsid: "00.30.10-S00-2-19"') +
  initiative('1.1', m(1, { tekst: 'Kommissorium er vedtaget.', smiley: 'glad' }) + m(2, { tekst: 'Dialog med aktørerne.' })) +
  initiative('1.2', m(1, { tekst: 'a', smiley: 'neutral' })) +
  initiative('1.3', m(1, { tekst: 'a', smiley: 'sur' }) + m(3, { tekst: 'c' })) +
  initiative('1.4', m(1, { tekst: 'a', smiley: 'glad' })) +
  '# slutkommentar\n';

const env = { NO_COLOR: '1' };

function linesExcept(text: string, keys: string[]): string[] {
  return text.split('\n').filter((l) => !keys.some((k) => l.startsWith(`${k}:`)));
}

describe('bumpHeader: a text edit of two values', () => {
  it('changes runde and dato and keeps every other byte, comments and key order included', () => {
    const out = bumpHeader(round1, { runde: 2, dato: '2019-08-01' });
    expect(out).toContain('\nrunde:   2   # opfølgningsrunden\n');
    expect(out).toContain('\ndato: 2019-08-01 # rapportens dato\n');
    expect(linesExcept(out, ['runde', 'dato'])).toEqual(linesExcept(round1, ['runde', 'dato']));
    expect(out.length - round1.length).toBe(-2); // only the quotes around the old date are gone
  });

  it('only top-level keys: a nested "runde" or "dato" is not touched', () => {
    const text = 'runde: 1\ndato: 2019-01-01\nx:\n  runde: 1\n  dato: 2000-01-01\n';
    expect(bumpHeader(text, { runde: 2, dato: '2019-08-01' })).toBe('runde: 2\ndato: 2019-08-01\nx:\n  runde: 1\n  dato: 2000-01-01\n');
  });

  it('today in local time, ISO', () => {
    expect(isoDate(new Date(2019, 7, 1, 23, 59))).toBe('2019-08-01');
  });
});

describe('newRound (library, injectable clock)', () => {
  it('writes runde-2.yaml with today and returns the to-do list', async () => {
    const root = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const result = await newRound({ dataDir: join(root, 'data'), round: 2, today: new Date(2019, 7, 15) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(readFileSync(join(root, 'data/2019/runde-2.yaml'), 'utf8')).toContain('\ndato: 2019-08-15 # rapportens dato\n');
    expect(result.todo).toEqual({
      round: 2,
      milestones: [{ id: '1.1', title: 'En indsats', line: 27, milestone: 'Dialog med aktørerne.' }],
      followUps: [
        { id: '1.2', title: 'En indsats', line: 38, previous: 'neutral' },
        { id: '1.3', title: 'En indsats', line: 51, previous: 'sur' },
      ],
    });
  });
});

describe('opfolgning new-round', () => {
  it('says which date it wrote when none was given, and warns when it is far from the budget year', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const r = await runCli(['new-round', '--round', '2'], { cwd, env });
    expect(r.code).toBe(0);
    const today = readFileSync(join(cwd, 'data/2019/runde-2.yaml'), 'utf8').match(/\ndato: (\S+)/)![1]!;
    const lines = r.stdout.split('\n');
    expect(lines[2]).toBe(`data/2019/runde-2.yaml:5: dato: ${today} (dagens dato; ret den til rapportens dato, eller giv den med --dato ÅÅÅÅ-MM-DD)`);
    if (!today.startsWith('2019') && !today.startsWith('2020')) {
      expect(lines[3]).toBe('data/2019/runde-2.yaml:5: advarsel: datoen ligger ikke i budgetåret 2019 eller året efter; ret den til rapportens dato');
    }
  });

  it('writes the copy, prints the to-do list; the new file passes check once its smileys are filled in', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const r = await runCli(['new-round', '--round', '2', '--dato', '2019-08-01'], { cwd, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Skrevet: data/2019/runde-2.yaml (kopi af data/2019/runde-1.yaml)',
        'data/2019/runde-2.yaml:4: runde: 2',
        'data/2019/runde-2.yaml:5: dato: 2019-08-01 (fra --dato)',
        'data/2019/runde-2.yaml:8: sagsid: er kopieret uændret; skriv sagsnummeret for denne opfølgning, hvis det er et nyt',
        'data/2019/runde-2.yaml:9: kontakt: er kopieret uændret; ret den, hvis kontaktpersonen er en anden',
        '',
        'Milepæle i 2. opfølgning, der skal have smiley: og status: under 2: (1):',
        'data/2019/runde-2.yaml:27: 1.1 En indsats: Dialog med aktørerne.',
        '',
        'Indsatser uden milepæl i 2. opfølgning, hvor smileyen fra 1. opfølgning skal følges op: tilføj 2: under milepæle: med smiley: og status: (2):',
        'data/2019/runde-2.yaml:38: 1.2 En indsats (neutral i 1. opfølgning)',
        'data/2019/runde-2.yaml:51: 1.3 En indsats (sur i 1. opfølgning)',
        '',
        'Kør derefter: opfolgning check --round 2',
        '',
      ].join('\n'),
    );
    const path = join(cwd, 'data/2019/runde-2.yaml');
    const written = readFileSync(path, 'utf8');
    expect(linesExcept(written, ['runde', 'dato'])).toEqual(linesExcept(round1, ['runde', 'dato']));
    expect(written.split('\n').filter((l) => /^(runde|dato):/.test(l))).toEqual(['runde:   2   # opfølgningsrunden', 'dato: 2019-08-01 # rapportens dato']);

    // As written, check names exactly the to-do list.
    const before = await runCli(['check', '--round', '2'], { cwd, env });
    expect(before.code).toBe(1);
    expect(before.stderr).toContain('1.1: milepælen for 2. opfølgning mangler en smiley');
    expect(before.stderr).toContain('1.2: der er ingen milepæl i 2. opfølgning, så den forrige smiley (neutral i 1. opfølgning) skal følges op her');
    expect(before.stderr).toContain('1.3: der er ingen milepæl i 2. opfølgning, så den forrige smiley (sur i 1. opfølgning) skal følges op her');
    expect(before.stderr).toContain('3 fejl og 0 advarsler (1 fil kontrolleret).');

    const followUp = (s: string) => `            smiley: ${s}\n          2:\n            status: Fulgt op.\n            smiley: glad\n`;
    const filled = written
      .replace('            smiley: neutral\n        økonomi', followUp('neutral') + '        økonomi')
      .replace('            smiley: sur\n', followUp('sur'))
      .replace('            tekst: Dialog med aktørerne.\n', '            tekst: Dialog med aktørerne.\n            smiley: neutral\n');
    writeFileSync(path, filled);
    const after = await runCli(['check', '--round', '2'], { cwd, env });
    expect(after.stderr).toBe('Ingen fejl eller advarsler (1 fil kontrolleret).\n');
    expect(after.code).toBe(0);
  });

  it('refuses to overwrite an existing file: exit 2, the file unchanged', async () => {
    const existing = '# mit arbejde\n';
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': existing });
    const r = await runCli(['new-round', '--round', '2'], { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fejl: data/2019/runde-2.yaml findes allerede; den overskrives ikke\n');
    expect(r.stdout).toBe('');
    expect(readFileSync(join(cwd, 'data/2019/runde-2.yaml'), 'utf8')).toBe(existing);
  });

  it.each([
    [['--round', '1'], 'fejl: runde 1 har ingen forrige runde at starte fra; skriv runde-1.yaml selv'],
    [['--round', '5'], 'fejl: runde 4 er den sidste opfølgning; der er ingen runde efter den'],
    [['--round', '3'], 'fejl: der er ingen runde-2.yaml i data/2019; der er runde-1.yaml; start runde 2 med: opfolgning new-round --round 2'],
    [['--round', 'x'], 'fejl: --round skal være 2, 3 eller 4, ikke "x"'],
    [[], 'fejl: angiv den nye runde med --round N'],
    [['--round', '2', '--dato', '2019-02-30'], 'fejl: --dato skal være en dato som 2019-08-01, ikke "2019-02-30"'],
  ])('exit 2 for %j', async (args, message) => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const r = await runCli(['new-round', ...args], { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('an invalid previous file: its problems, exit 1, nothing written', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1.replace('smiley: sur', 'smiley: suur') });
    const r = await runCli(['new-round', '--round', '2'], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/2019\/runde-1\.yaml:\d+:\d+: fejl: 1\.3: ukendt smiley "suur"/);
    expect(() => readFileSync(join(cwd, 'data/2019/runde-2.yaml'))).toThrow();
  });

  it('a previous file that is not valid UTF-8 is refused as check refuses it, not copied with U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from(round1.slice(0, 40)), Buffer.from([0xff]), Buffer.from(round1.slice(40))]);
    const cwd = tempTree({ 'data/2019/runde-1.yaml': bytes });
    const r = await runCli(['new-round', '--round', '2'], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/2019\/runde-1\.yaml:\d+:\d+: fejl: filen er ikke gyldig UTF-8 \(byte 40\); gem den som UTF-8$/m);
    expect(() => readFileSync(join(cwd, 'data/2019/runde-2.yaml'))).toThrow();
  });
});

describe('new-round on a file system without link() (FAT, exFAT, an SMB share)', () => {
  it('writes runde-2.yaml through an exclusive create, the same text as with link()', async () => {
    const withLink = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const without = tempTree({ 'data/2019/runde-1.yaml': round1 });
    const fs = failingFileSystem('link', 'EPERM');
    const a = await newRound({ dataDir: join(withLink, 'data'), round: 2, today: '2019-08-01' });
    const b = await newRound({ dataDir: join(without, 'data'), round: 2, today: '2019-08-01', fileSystem: fs });
    expect(a.ok && b.ok).toBe(true);
    expect(fs.calls).toHaveLength(1);
    expect(readFileSync(join(without, 'data/2019/runde-2.yaml'), 'utf8')).toBe(readFileSync(join(withLink, 'data/2019/runde-2.yaml'), 'utf8'));
    expect(readdirSync(join(without, 'data/2019')).sort()).toEqual(['runde-1.yaml', 'runde-2.yaml']);
  });
});
