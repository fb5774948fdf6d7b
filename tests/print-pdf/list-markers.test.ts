import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { header } from '../helpers/round-yaml.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { killAllWith, poppler } from './fixture.js';

/*
 * Issue 9: lists come out of the printed PDF as the file writes them (the
 * markers are drawn by report.css, so only a real browser shows them), and a
 * committee list reads "A samt B", as the published reports write it.
 */

const ROUND = `${header(1)}      - id: "1.1"
        titel: En indsats
        type: Drift
        beskrivelse: |
          Milepælen har to dele:

          a) Første del med parentes.

          b) Anden del med parentes.

          Punktet omsættes ved:
            Første punkt uden tegn
            Andet punkt uden tegn

          - Første punkt med tegn
          - Andet punkt med tegn

          1. Første nummer
          2. Andet nummer
        ansvar:
          center: Social og Sundhed
          udvalg:
            - Social- og Sundhedsudvalget
            - Erhvervs- og Beskæftigelsesudvalget
        milepæle:
          1:
            tekst: Noget er gjort.
            smiley: glad
        økonomi:
          tekst: Der er ikke afsat økonomi.
`;

const root = tempDir('opfolgning-lists-');
const tmp = join(root, 'tmp');
let run: CliResult;
let text: string;

beforeAll(async () => {
  mkdirSync(join(root, 'data', '2019'), { recursive: true });
  mkdirSync(tmp);
  writeFileSync(join(root, 'data', '2019', 'runde-1.yaml'), ROUND);
  run = await runCli(['render', '--round', '1', '--data', join(root, 'data'), '--out', join(root, 'out')], { env: { TMPDIR: tmp } });
  const pdf = join(root, 'out', '2019', 'runde-1.pdf');
  text = run.code === 0 ? poppler('pdftotext', [pdf, '-']).replace(/[ \t]+/g, ' ') : '';
});

afterAll(() => killAllWith(tmp));

it('prints a)/b) lists with their parenthesis, bullets and numbers as usual', () => {
  expect(run.stderr).toBe('');
  expect(text).toMatch(/^a\) Første del med parentes\.$/m);
  expect(text).toMatch(/^b\) Anden del med parentes\.$/m);
  expect(text).toMatch(/^•\s+Første punkt med tegn$/m);
  expect(text).toMatch(/^1\. Første nummer$/m);
  expect(text).toMatch(/^2\. Andet nummer$/m);
});

it('prints a list without markers as lines without markers', () => {
  expect(text).toMatch(/^Første punkt uden tegn$/m);
  expect(text).toMatch(/^Andet punkt uden tegn$/m);
});

it('joins the committees with "samt"', () => {
  expect(text.replace(/\s+/g, ' ')).toContain('Ansvarligt udvalg: Social- og Sundhedsudvalget samt Erhvervs- og Beskæftigelsesudvalget');
});
