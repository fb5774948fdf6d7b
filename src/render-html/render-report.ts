import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { ReportView, SmileyView } from '../view-model/types.js';
import { fontFaceCss } from './fonts.js';
import { overviewChart } from './overview-chart.js';
import { smileySvg, smileySymbols, type SmileySize } from './smiley-svg.js';
import { loadTemplates, TEMPLATE_DIR } from './templates.js';

/*
 * The HTML report: Handlebars over the view model, pure (view in, string out).
 * Templates are loaded once per process (templates.ts). Text fields arrive as
 * safe HTML (`…Html`, made by the Markdown subset); everything else is
 * escaped by Handlebars.
 */

const read = (name: string) => readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');

// CSP: nothing may be fetched or run; styles and fonts are inline.
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

let compiled: Handlebars.TemplateDelegate<unknown> | undefined;

function template(): Handlebars.TemplateDelegate<unknown> {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('smiley', (smiley: SmileyView | null, size: unknown) =>
    smiley ? new hb.SafeString(smileySvg(smiley, typeof size === 'string' ? (size as SmileySize) : 'cell')) : '',
  );
  hb.registerHelper('overviewChart', (overview: ReportView['overview']) => new hb.SafeString(overviewChart(overview)));
  compiled = loadTemplates(hb);
  return compiled;
}

let css: string | undefined;

function styles(): string {
  return (css ??= `${fontFaceCss()}\n${read('report.css')}`);
}

export function renderReport(view: ReportView): string {
  return template()({ ...view, styles: styles(), csp: CONTENT_SECURITY_POLICY, smileySymbols: smileySymbols() });
}
