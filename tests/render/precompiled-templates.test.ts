import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/pipeline/check-round.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { partialFiles } from '../../src/render-html/templates.js';
import { buildView } from '../../src/view-model/build-view.js';
import { REPO, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { fixtureRound } from '../print-pdf/round-fixture.js';

/*
 * The bundled CLI renders with templates precompiled at build time
 * (scripts/precompiled-templates.mjs); the library compiles them at run time.
 * Both must give the same HTML, byte for byte.
 */

describe('precompiled templates', () => {
  it('the bundled CLI writes the same HTML as the library compiling the templates at run time', async () => {
    expect(existsSync(join(REPO, 'dist/bundle/opfolgning.mjs'))).toBe(true);
    const root = tempDir('opfolgning-precompiled-');
    mkdirSync(join(root, 'data', '2019'), { recursive: true });
    const yaml = fixtureRound();
    writeFileSync(join(root, 'data', '2019', 'runde-1.yaml'), yaml);
    const run = await runCli(['render', '--round', '1', '--format', 'html', '--data', join(root, 'data'), '--out', join(root, 'out')]);
    expect(run.code).toBe(0);
    const { applied } = validateText(join(root, 'data', '2019', 'runde-1.yaml'), yaml);
    const expected = renderReport(buildView(applied!));
    expect(readFileSync(join(root, 'out', '2019', 'runde-1.html'), 'utf8')).toBe(expected);
  });

  it('every template but report.hbs is a partial, in a fixed order', () => {
    expect(partialFiles(['report.hbs', 'report.css', 'items.hbs', 'guide.hbs'])).toEqual(['guide.hbs', 'items.hbs']);
  });
});
