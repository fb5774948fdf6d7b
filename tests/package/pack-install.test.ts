import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/*
 * The package as someone else gets it: `npm pack` (of the build npm test just
 * made; prepack would make the same one), installed into an empty project
 * (dependencies from the registry or npm's cache), then its library API
 * imported and type-checked, and its bin run with npx, as a user would.
 */

const run = promisify(execFile);
/** npm through the shell, which finds npm.cmd on Windows too; the arguments are quoted for sh and cmd alike. */
const npm = (args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  run(['npm', ...args.map((a) => JSON.stringify(a))].join(' '), [], { ...options, shell: true });
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  license: string;
  engines: { node: string };
  scripts: Record<string, string>;
  files: string[];
};

let project: string;
let tarballFiles: string[];

beforeAll(async () => {
  const packDir = tempDir('opfolgning-pack-');
  const { stdout } = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: REPO });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  tarballFiles = packed.files.map((f) => f.path);
  project = tempDir('opfolgning-consumer-');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await npm(['install', join(packDir, packed.filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
  });
  cpSync(join(REPO, 'data'), join(project, 'data'), { recursive: true });
}, 300_000);

describe('the npm package', () => {
  it('contains what the bin and the library need, and nothing of the tests', () => {
    for (const f of ['bin/opfolgning.js', 'dist/bundle/opfolgning.mjs', 'dist/bundle/print-worker.mjs', 'dist/index.js', 'dist/index.d.ts', 'templates/report.hbs', 'templates/report.css', 'LICENSE', 'README.md', 'package.json']) {
      expect(tarballFiles).toContain(f);
    }
    expect(tarballFiles.filter((f) => /^(tests|src|data|scripts|bench|\.github)\//.test(f))).toEqual([]);
    // npm pack builds first, so dist/ is never missing or stale in a published package.
    expect(pkg.scripts.prepack).toContain('npm run build');
  });

  it('imports as a library: check, changeLog and renderReports with real HTML and PDF', async () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { check, changeLog, renderReports, formatProblem } from 'opfolgning';
const checked = await check({ dataDir: 'data' });
const log = await changeLog({ label: 'runde-1', path: 'data/2019/runde-1.yaml' }, { label: 'runde-2', path: 'data/2019/runde-2.yaml' }, 'md');
const rendered = await renderReports({ dataDir: 'data', round: 1, outDir: 'out' });
console.log(JSON.stringify({
  files: checked.rounds.map((r) => r.ref.display),
  ok: checked.ok,
  problems: checked.problems.map(formatProblem),
  heading: log.lines[0],
  documents: rendered.documents.map((d) => [d.path, d.format, d.pages ?? null]),
  signals: ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s)),
}));
`,
    );
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project });
    const result = JSON.parse(stdout) as { files: string[]; ok: boolean; problems: string[]; heading: string; documents: [string, string, number | null][]; signals: number[] };
    expect(result.files).toEqual(['data/2019/runde-1.yaml', 'data/2019/runde-2.yaml']);
    expect(result.ok).toBe(!result.problems.some((p) => p.includes(': fejl: ')));
    expect(result.heading).toBe('## Ændringer fra `runde-1` til `runde-2`');
    expect(result.documents.map(([path, format]) => [path, format])).toEqual([
      ['out/2019/runde-1.html', 'html'],
      ['out/2019/runde-1.pdf', 'pdf'],
    ]);
    expect(result.documents[1]![2]).toBeGreaterThan(1);
    expect(readFileSync(join(project, 'out/2019/runde-1.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.signals).toEqual([0, 0, 0]);
  });

  it('has type declarations that a TypeScript project compiles against', async () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { check, renderReports, changeLog, type CheckResult, type Problem, type RenderReportsOptions } from 'opfolgning';
const r: CheckResult = await check({ dataDir: 'data', round: 2, strict: true });
const first: Problem | undefined = r.problems[0];
const options: RenderReportsOptions = { dataDir: 'data', outDir: 'out', formats: ['html'] };
void renderReports(options);
void changeLog({ label: 'a', text: '' }, { label: 'b', path: 'x' }, 'md');
// @ts-expect-error a CLI flag is not part of the API
void check({ data: 'data' });
export { first };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }),
    );
    await run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: project });
  });

  it('runs its bin with npx: check on a data folder', async () => {
    const { stdout, stderr } = await npm(['exec', '--no', '--', 'opfolgning', 'check', '--data', 'data'], { cwd: project });
    expect(stdout).toBe('');
    expect(stderr).toMatch(/\(2 filer kontrolleret\)\.\n$/);
    await expect(npm(['exec', '--no', '--', 'opfolgning', 'check', '--round', '9'], { cwd: project })).rejects.toMatchObject({ code: 2 });
  });

  it('renders with the installed bin: templates, fonts and the print worker are in the package', async () => {
    mkdirSync(join(project, 'bin-out'), { recursive: true });
    await npm(['exec', '--no', '--', 'opfolgning', 'render', '--round', '2', '--data', 'data', '--out', 'bin-out'], { cwd: project });
    expect(existsSync(join(project, 'bin-out/2019/runde-2.html'))).toBe(true);
    expect(readFileSync(join(project, 'bin-out/2019/runde-2.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('license and supported Node versions', () => {
  it('ship a LICENSE file that matches the license field', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('include the Node version this runs on (engines)', () => {
    expect(satisfies(process.versions.node, pkg.engines.node), `${process.versions.node} against ${pkg.engines.node}`).toBe(true);
    // The range says what it means: Node 18 and 21 are out, the LTS lines in.
    expect(['18.20.0', '20.18.0', '21.7.0', '23.1.0'].map((v) => satisfies(v, pkg.engines.node))).toEqual([false, false, false, false]);
    expect(['20.19.0', '22.12.0', '24.0.0', '26.1.0'].map((v) => satisfies(v, pkg.engines.node))).toEqual([true, true, true, true]);
  });
});

/** The two forms engines uses here: ^a.b.c and >=a.b.c, joined by ||. */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return range.split('||').some((alt) => {
    const m = /^\s*(\^|>=)(\d+)\.(\d+)\.(\d+)\s*$/.exec(alt);
    if (!m) throw new Error(`engines: unexpected "${alt}"`);
    const base = [Number(m[2]), Number(m[3]), Number(m[4])];
    return cmp(v, base) >= 0 && (m[1] === '>=' || v[0] === base[0]);
  });
}
