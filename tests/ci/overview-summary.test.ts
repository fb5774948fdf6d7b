import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { overviewSummary } from '../../src/ci/overview-summary.js';
import { check } from '../../src/pipeline/check.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { buildView } from '../../src/view-model/build-view.js';
import { REPO } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

const run = promisify(execFile);

/** The count rows of the report's "Samlet overblik" table: [theme or "I alt", glad, neutral, sur, none, total]. */
function htmlCounts(html: string): string[][] {
  const table = html.slice(html.indexOf('<table class="overblik-antal">'), html.indexOf('</table>', html.indexOf('overblik-antal')));
  return [...table.matchAll(/<tr data-overblik-[^>]*><th scope="row">(?:<a [^>]*>)?(.*?)(?:<\/a>)?<\/th>((?:<td>\d+<\/td>){5})<\/tr>/g)].map((m) => [
    m[1]!.replace(/&amp;/g, '&'),
    ...[...m[2]!.matchAll(/<td>(\d+)<\/td>/g)].map((d) => d[1]!),
  ]);
}

function markdownCounts(markdown: string): string[][][] {
  return markdown
    .split(/^### /m)
    .slice(1)
    .map((section) =>
      section
        .split('\n')
        .filter((l) => /^\| .* \| \d+ \|$/.test(l))
        .map((l) => l.slice(2, -2).split(' | ').map((cell) => cell.replace(/^\*\*(.*)\*\*$/, '$1'))),
    );
}

describe('the job summary of the reports workflow (Samlet overblik)', () => {
  it('gives, for every round file, the counts the report itself shows', async () => {
    const { stdout } = await run(process.execPath, [join(REPO, 'scripts/ci/step-summary.mjs'), join(REPO, 'data')], { cwd: REPO });
    const result = await check({ dataDir: join(REPO, 'data') });
    expect(result.rounds.length).toBeGreaterThanOrEqual(2);
    const fromReports = result.rounds.map((r) => htmlCounts(renderReport(buildView(r.applied!))));
    expect(fromReports.every((rows) => rows.length >= 2)).toBe(true);
    expect(markdownCounts(stdout)).toEqual(fromReports);
    expect(stdout).toContain('### Anden opfølgning på Aftale om budget 2019 for Ballerup Kommune (`');
    expect(stdout.startsWith('## Samlet overblik\n')).toBe(true);
  });

  it('keeps a theme title from breaking the table, and names a file with errors instead of counting it', async () => {
    const yaml = readFileSync(join(REPO, 'data/2019/runde-1.yaml'), 'utf8').replace(
      /titel: "?1\. Vi skaber fremtiden sammen[^\n]*/,
      'titel: "Tema | med *stjerne*"',
    );
    const dir = tempTree({ 'data/2019/runde-1.yaml': yaml, 'data/2019/runde-2.yaml': 'aftale: [' });
    const result = await check({ dataDir: join(dir, 'data') });
    const markdown = overviewSummary(result.rounds);
    expect(markdown).toMatch(/^\| Tema \\\| med \\\*stjerne\\\* \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|$/m);
    expect(markdown).toContain('runde-2.yaml`\n\nFilen har fejl; se `opfolgning check`.');
  });
});
