// An esbuild plugin for scripts/bundle.mjs: src/render-html/templates.ts is
// replaced by the same templates precompiled (Handlebars.precompile, the same
// options), so the CLI does not compile them on every run, and the renderer
// imports Handlebars' runtime instead of the whole of it. Which files are
// partials, and the options, come from templates.ts itself (via tsc's dist/).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

export function precompiledTemplates(root) {
  return {
    name: 'precompiled-templates',
    setup(build) {
      // With the templates precompiled, the renderer needs only Handlebars'
      // runtime: its compiler, parser and source-map (≈ 150 KB) are then neither
      // compiled nor evaluated on each render. Same template() and helpers.
      build.onResolve({ filter: /^handlebars$/ }, (args) =>
        /[\\/]src[\\/]render-html[\\/]/.test(args.importer) ? build.resolve('handlebars/runtime', { kind: args.kind, resolveDir: args.resolveDir }) : undefined,
      );
      build.onLoad({ filter: /[\\/]src[\\/]render-html[\\/]templates\.ts$/ }, async () => {
        const { COMPILE_OPTIONS, MAIN_TEMPLATE, partialFiles } = await import(join(root, 'dist/render-html/templates.js'));
        const dir = join(root, 'templates');
        const spec = (file) => Handlebars.precompile(readFileSync(join(dir, file), 'utf8'), COMPILE_OPTIONS);
        const partials = partialFiles(readdirSync(dir)).map(
          (file) => `  hb.registerPartial(${JSON.stringify(file.slice(0, -'.hbs'.length))}, hb.template(${spec(file)}));`,
        );
        return {
          loader: 'js',
          watchFiles: readdirSync(dir).map((f) => join(dir, f)),
          contents: `// Precompiled from templates/ by scripts/precompiled-templates.mjs.
export const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
export function loadTemplates(hb) {
${partials.join('\n')}
  return hb.template(${spec(MAIN_TEMPLATE)});
}
`,
        };
      });
    },
  };
}
