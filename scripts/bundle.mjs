// Bundles the CLI into one ES module, dist/bundle/opfolgning.mjs, which bin/
// runs. Node then reads and compiles one file instead of resolving and
// loading several hundred (zod, yaml, markdown-it, handlebars, our own): the
// CLI starts about 0.2 s sooner, on every command. tsc still type-checks and
// emits dist/ (used by scripts/write-schema.mjs).
//
// Puppeteer stays outside: it is loaded only when a PDF is printed, and
// @puppeteer/browsers only to look in Puppeteer's cache.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { precompiledTemplates } from './precompiled-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  // The CLI, and the worker thread that runs the browser (src/print-pdf/print-worker.ts).
  entryPoints: { opfolgning: 'src/cli/main.ts', 'print-worker': 'src/print-pdf/print-worker.ts' },
  // Two levels below the repository, like dist/cli/main.js: paths such as
  // new URL('../../templates/', import.meta.url) resolve the same.
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['puppeteer', 'puppeteer-core', '@puppeteer/browsers'],
  // Bundled CommonJS packages (handlebars) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // The report's templates precompiled: no Handlebars compile on each run.
  plugins: [precompiledTemplates(root)],
  legalComments: 'none',
  logLevel: 'warning',
});
