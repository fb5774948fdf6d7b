import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { header, initiative } from '../helpers/round-yaml.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { EVERY_KIND_TEXT, round1, round2, round2Given } from './fixtures.js';

const env = { NO_COLOR: '1' };

describe('opfolgning diff', () => {
  it('a change log of two rounds, piped: plain text, exit 0', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const r = await runCli(['diff', '1', '2'], { cwd, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([...EVERY_KIND_TEXT, ''].join('\n'));
  });

  it('--format md for a pull-request comment; the newest year having both rounds', async () => {
    const cwd = tempTree({
      'data/2019/runde-1.yaml': round1,
      'data/2019/runde-2.yaml': round2,
      'data/2020/runde-1.yaml': round1.replace('år: 2019', 'år: 2020'),
    });
    const r = await runCli(['diff', '1', '2', '--format', 'md'], { cwd, env });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 7)).toEqual([
      '## Ændringer fra `data/2019/runde-1.yaml` til `data/2019/runde-2.yaml`',
      '',
      '### 1.1 En indsats',
      '',
      '- milepæl 1. opfølgning: Kommissorium for en ny sundhedspolitik er ~~vedtaget.~~ **godkendt.** (**ændret historik**)',
      '- 2. opfølgning: ingen → neutral',
      '- status 2. opfølgning: **Tidsplanen er ændret.**',
    ]);
    expect(r.stdout).toContain('- 1. opfølgning: glad → neutral (**ændret historik**)');
  });

  it('equal rounds: "Ingen ændringer."', async () => {
    const later = initiative('1.1', '          3:\n            tekst: Først i 3. opfølgning.\n');
    const cwd = tempTree({ 'data/2019/runde-1.yaml': header(1) + later, 'data/2019/runde-2.yaml': header(2) + later });
    const r = await runCli(['diff', '1', '2'], { cwd, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Ingen ændringer.\n');
  });

  it('a round still being filled in (smiley rules failing) is compared, with one line saying so', async () => {
    const half = header(2) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n          2:\n            tekst: b\n');
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': half });
    const r = await runCli(['diff', '1', '2'], { cwd, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Bemærk: data/2019/runde-2.yaml har 1 fejl (opfolgning check viser dem); ændringerne er vist alligevel.\n');
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['Ændringer fra data/2019/runde-1.yaml til data/2019/runde-2.yaml', '', '1.1 En indsats', '  milepæl 1. opfølgning: [-Kommissorium for en ny sundhedspolitik er vedtaget.-]{+a+} (ændret historik)']);
  });

  it('only a file that is not a round file stops it: its problems, exit 1, no change log', async () => {
    const broken = header(2) + initiative('1.1', '          1:\n            tekst: a\n            smiley: glad\n').replace('type: Drift', 'type: Dirft');
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': broken });
    const r = await runCli(['diff', '1', '2'], { cwd, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'data/2019/runde-2.yaml:16:15: fejl: 1.1: ugyldig værdi "Dirft" for "type"; tilladte værdier: Drift, Anlæg; mente du "Drift"?',
      '1 fejl og 0 advarsler (2 filer kontrolleret).',
      'Runderne kan ikke sammenlignes, før filerne kan læses som rundefiler; ret fejlene ovenfor.',
      '',
    ]);
  });

  it.each([
    [['diff'], 'fejl: angiv to runder (fx opfolgning diff 1 2) eller --git <revision> --round N'],
    [['diff', '2', '1'], 'fejl: fra-runden skal komme før til-runden, ikke 2 og 1'],
    [['diff', '1', '5'], 'fejl: til-runden skal være 1, 2, 3 eller 4, ikke "5"'],
    [['diff', '1', '3'], 'fejl: der er ingen årsmappe med både runde-1.yaml og runde-3.yaml; data/2019 har runde-1.yaml og runde-2.yaml'],
    [['diff', '1', '2', '--format', 'pdf'], 'fejl: --format skal være tekst eller md, ikke "pdf"'],
    [['diff', '--git', 'HEAD'], 'fejl: --git kræver --round N'],
  ])('a wrong command line exits 2: %j', async (args, message) => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const r = await runCli(args, { cwd, env });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
  });

  it('--git <rev> --round N: the file against itself at a git revision (git run without a shell)', async () => {
    const cwd = tempTree({ 'data/2019/runde-1.yaml': round1, 'data/2019/runde-2.yaml': round2 });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
        cwd,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'runde 2');
    writeFileSync(join(cwd, 'data/2019/runde-2.yaml'), round2Given);
    // Run from data/: --data is relative to the working directory, the git path to the repository root.
    const r = await runCli(['diff', '--git', 'HEAD', '--round', '2', '--data', '.'], { cwd: join(cwd, 'data'), env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Ændringer fra HEAD:2019/runde-2.yaml til 2019/runde-2.yaml',
        '',
        '1.3 En indsats',
        '  2. opfølgning: glad (videreført) → glad',
        '  status 2. opfølgning: {+Afsluttet.+}',
        '',
      ].join('\n'),
    );
    const unknown = await runCli(['diff', '--git', 'no-such-rev', '--round', '2'], { cwd, env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('fejl: git kender ikke revisionen "no-such-rev"');
    writeFileSync(join(cwd, 'data/2019/runde-3.yaml'), round2Given.replace('runde: 2', 'runde: 3'));
    const fresh = await runCli(['diff', '--git', 'HEAD', '--round', '3'], { cwd, env });
    expect(fresh.code).toBe(2);
    expect(fresh.stderr.split('\n')[0]).toBe(
      'fejl: data/2019/runde-3.yaml findes ikke i revisionen HEAD; er runden ny, så sammenlign med den forrige: opfolgning diff 2 3',
    );
    const none = await runCli(['diff', '--git', 'HEAD', '--round', '1'], { cwd, env });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('Ingen ændringer.\n');
  });
});
