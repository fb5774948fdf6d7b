// Bundles the CLI into one ES module, dist/bundle/opfolgning.mjs, which bin/
// runs. Node then reads and compiles one file instead of resolving and
// loading several hundred (zod, yaml, markdown-it, handlebars, our own): the
// CLI starts about 0.2 s sooner, on every command. tsc still type-checks and
// emits dist/ (used by scripts/write-schema.mjs).
//
// Split into chunks (splitting: true): each command imports its own code
// when it runs (src/cli/commands/*), so `check` compiles and evaluates neither
// the renderer (handlebars, markdown-it) nor the diff or the printer, and
// `render --format html` not the printer. Compiling and evaluating the whole
// bundle was ≈ 90 ms of every command's start (bench/README.md, issue 14).
//
// Puppeteer stays outside: it is loaded only when a PDF is printed, and
// @puppeteer/browsers only to look in Puppeteer's cache.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompiledTemplates } from './precompiled-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// yaml's ES module build (its exports' "default"; Node's "node" condition
// picks the CommonJS one): the same code, bundled without CommonJS wrappers,
// tree-shaken, and without the debug switches that read process.env on every
// token (LOG_TOKENS, LOG_STREAM). The CLI uses neither yaml's warnings (the
// one other difference: console.warn instead of process.emitWarning) nor toJS.
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('node_modules/yaml/browser/index.js', `file://${root}`)) }));
  },
};

// The chunks' names change with their content: no stale ones left beside the new.
rmSync(new URL('dist/bundle', `file://${root}`), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The CLI, and the worker thread that runs the browser (src/print-pdf/print-worker.ts).
  entryPoints: { opfolgning: 'src/cli/main.ts', 'print-worker': 'src/print-pdf/print-worker.ts' },
  // Two levels below the repository, like dist/cli/main.js: paths such as
  // new URL('../../templates/', import.meta.url) resolve the same.
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  // Beside the entries: the sources' relative URLs (templates, the print worker) resolve the same from a chunk.
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['puppeteer', 'puppeteer-core', '@puppeteer/browsers'],
  // Bundled CommonJS packages (handlebars) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  // The report's templates precompiled: no Handlebars compile on each run.
  plugins: [precompiledTemplates(root), yamlAsModule],
  legalComments: 'none',
  logLevel: 'warning',
});
