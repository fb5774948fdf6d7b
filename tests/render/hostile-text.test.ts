import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateText } from '../../src/pipeline/check-round.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { buildView } from '../../src/view-model/build-view.js';

/*
 * Issue 6, item 4: hostile text in every text field of the schema is shown as
 * text. The fields are found by walking schema/runde.schema.json, so a text
 * field added later is covered without touching this test.
 */

const PAYLOAD =
  '<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)> ' +
  '</style><style>body{display:none}</style> <a href="javascript:alert(2)">a</a> \u202Eevil\u2066 "quoted" & \'single\'';

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../../schema/runde.schema.json', import.meta.url), 'utf8')) as Json;

/**
 * Paths (as key lists) of every free-text string field. An array is entered
 * at 0; an array whose items are one of several shapes (an initiative or a
 * sub-theme) at 0 for the first shape, 1 for the second, as fullRound() has them.
 */
function textPaths(node: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof node.$ref === 'string') return textPaths(resolve(node.$ref), path);
  const type = node.type;
  const types = Array.isArray(type) ? type : [type];
  const out: (string | number)[][] = [];
  if (types.includes('string') && !node.enum && !node.format && !node.pattern) out.push(path);
  if (node.properties) for (const [k, v] of Object.entries(node.properties as Record<string, Json>)) out.push(...textPaths(v, [...path, k]));
  if (node.items) {
    const items = node.items as Json;
    const shapes = (items.anyOf as Json[] | undefined)?.filter((alt) => alt.$ref);
    if (shapes && shapes.length > 1) shapes.forEach((shape, k) => out.push(...textPaths(shape, [...path, k])));
    else out.push(...textPaths(items, [...path, 0]));
  }
  for (const key of ['anyOf', 'oneOf'] as const) for (const alt of (node[key] as Json[] | undefined) ?? []) out.push(...textPaths(alt, path));
  return out;
}

function resolve(ref: string): Json {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const defs = schema.$defs as Record<string, Json> | undefined;
  if (!name || !defs?.[name]) throw new Error(`unknown $ref ${ref}`);
  return defs[name];
}

/** A sub-theme holding an initiative and a sub-sub-theme with another: every shape of an `indsatser` item. */
function subtheme(ids: [string, string]): Json {
  return {
    undertema: 'Undertema',
    beskrivelse: 'Om undertemaet.',
    indsatser: [initiative(ids[0]), { undertema: 'Under-undertema', beskrivelse: 'Om det.', indsatser: [initiative(ids[1])] }],
  };
}

function initiative(id: string): Json {
  return {
    id,
    titel: 'Titel',
    type: 'Drift',
    beskrivelse: 'Beskrivelse.',
    ansvar: { center: 'Center', udvalg: ['Social- og Sundhedsudvalget'], bidragsyder: 'Bidragsyder', bemærkning: 'Bemærkning.' },
    milepæle: {
      1: { tekst: 'Tekst.', status: 'Status.', smiley: 'glad' },
      2: { tekst: 'Tekst 2.', status: 'Status 2.', smiley: 'neutral' },
      3: { tekst: 'Tekst 3.', status: 'Plan.' },
      4: { tekst: 'Tekst 4.', status: 'Plan.' },
    },
    økonomi: { tekst: 'Økonomi.', status: 'Status.', smiley: 'glad' },
    seneste_status: 'Seneste.',
  };
}

function fullRound(): Json {
  return {
    aftale: 'Aftale om budget 2019',
    år: 2019,
    runde: 2,
    dato: '2019-08-01',
    modtager: 'Ballerup Kommune',
    kommune: 'Ballerup Kommune',
    sagsid: '00.30.10-S00-2-19',
    kontakt: { navn: 'Navn', telefon: '2498 1032', email: 'okonomi@balk.dk' },
    læsevejledning: 'Vejledning :glad:.',
    temaer: [{ titel: '1. Tema', indsatser: [initiative('1.1'), subtheme(['1.2', '1.3'])] }],
    tidligere_aftaler: [{ aftale: 'Aftale om budget 2018', år: 2018, temaer: [{ titel: '4. Tema', indsatser: [initiative('4.1'), subtheme(['4.2', '4.3'])] }] }],
  };
}

function setAt(doc: Json, path: (string | number)[], value: unknown): boolean {
  let node: unknown = doc;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (node === null || typeof node !== 'object') return false;
  const last = path[path.length - 1]!;
  (node as Record<string | number, unknown>)[last] = value;
  return true;
}

/** The attribute names of every tag, read as a browser would tokenise them. */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    for (const attr of tag[1]!.matchAll(/\s+([^\s=>\/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) names.push(attr[1]!.toLowerCase());
  }
  return names;
}

const paths = textPaths(schema).filter((p) => p.length > 0);

describe('hostile text in every text field', () => {
  it('finds the text fields in the schema', () => {
    const names = paths.map((p) => p.join('.'));
    for (const expected of ['aftale', 'læsevejledning', 'temaer.0.indsatser.0.beskrivelse', 'temaer.0.indsatser.0.milepæle.2.status', 'tidligere_aftaler.0.temaer.0.indsatser.0.seneste_status', 'temaer.0.indsatser.1.undertema', 'temaer.0.indsatser.1.indsatser.1.undertema', 'temaer.0.indsatser.1.indsatser.1.indsatser.0.milepæle.1.rettet', 'titel']) {
      expect(names).toContain(expected);
    }
    expect(paths.length).toBeGreaterThan(30);
  });

  it.each(paths.map((p) => [p.join('.'), p] as const))('%s is shown as text', (_name, path) => {
    const doc = fullRound();
    expect(setAt(doc, path, PAYLOAD)).toBe(true);
    const { problems, applied } = validateText('data/2019/runde-2.yaml', stringify(doc));
    expect(problems.filter((p) => p.severity === 'fejl')).toEqual([]);
    const html = renderReport(buildView(applied!));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(attributeNames(html).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
