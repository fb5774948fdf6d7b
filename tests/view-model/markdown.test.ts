import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/view-model/markdown.js';

describe('the Markdown subset of round-file.md', () => {
  it('paragraphs separated by blank lines; single newlines stay in the paragraph', () => {
    expect(renderText('Første linje\nfortsat.\n\nAndet afsnit.')).toBe('<p>Første linje\nfortsat.</p>\n<p>Andet afsnit.</p>');
  });

  it('emphasis, bullet and numbered lists', () => {
    expect(renderText('*vigtigt* og **meget**')).toBe('<p><em>vigtigt</em> og <strong>meget</strong></p>');
    expect(renderText('- en\n- to')).toBe('<ul>\n<li>en</li>\n<li>to</li>\n</ul>');
    expect(renderText('1. en\n2. to')).toBe('<ol>\n<li>en</li>\n<li>to</li>\n</ol>');
  });

  it('a./b. parts become a lettered list, also right after a paragraph line', () => {
    expect(renderText('Indsatsen består af:\na. en analyse\nb. en plan')).toBe(
      '<p>Indsatsen består af:</p>\n<ol type="a">\n<li>en analyse</li>\n<li>en plan</li>\n</ol>',
    );
  });

  it('a)/b) and 1)/2) lists keep their parenthesis, as written', () => {
    expect(renderText('Status:\n\na) Udskudt.\n\nb) Truffet.')).toBe(
      '<p>Status:</p>\n<ol type="a" class="parentes-bogstav">\n<li>\n<p>Udskudt.</p>\n</li>\n<li>\n<p>Truffet.</p>\n</li>\n</ol>',
    );
    expect(renderText('A) en\nB) to')).toBe('<ol type="A" class="parentes-stort-bogstav">\n<li>en</li>\n<li>to</li>\n</ol>');
    expect(renderText('1) en\n2) to')).toBe('<ol class="parentes-tal">\n<li>en</li>\n<li>to</li>\n</ol>');
  });

  it('lines indented under a paragraph line are a list without markers', () => {
    expect(renderText('Punktet omsættes ved:\n  Årlig analyse\n  En økonomimodel\n\nNæste afsnit.')).toBe(
      '<p>Punktet omsættes ved:</p>\n<ul class="uden-tegn">\n<li>Årlig analyse</li>\n<li>En økonomimodel</li>\n</ul>\n<p>Næste afsnit.</p>',
    );
    // Indented after a blank line, or under a list item, a line continues what is above it.
    expect(renderText('a. Forslag.\n\n   Mere om a.\n\nb. Beslutning.')).toBe(
      '<ol type="a">\n<li>\n<p>Forslag.</p>\n<p>Mere om a.</p>\n</li>\n<li>\n<p>Beslutning.</p>\n</li>\n</ol>',
    );
    expect(renderText('- en\n  fortsat')).toBe('<ul>\n<li>en\nfortsat</li>\n</ul>');
    expect(renderText('Afsnit.\n\n  indrykket afsnit')).toBe('<p>Afsnit.</p>\n<p>indrykket afsnit</p>');
  });

  it('a Danish date at the start of a line is not a numbered list', () => {
    expect(renderText('1. august 2019 blev planen vedtaget.')).toBe('<p>1. august 2019 blev planen vedtaget.</p>');
  });

  it('headings, rules, code and tables are text: a line of --- under a sentence is not a heading', () => {
    expect(renderText('# Ikke en overskrift')).toBe('<p># Ikke en overskrift</p>');
    expect(renderText('Tekst\n---')).toBe('<p>Tekst\n---</p>');
    expect(renderText('    indrykket')).toBe('<p>indrykket</p>');
    expect(renderText('`kode`')).toBe('<p>`kode`</p>');
  });

  it('raw HTML is shown as text', () => {
    expect(renderText('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(renderText('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(renderText('</style><p>')).toBe('<p>&lt;/style&gt;&lt;p&gt;</p>');
  });

  it('links only to http(s) and mailto; images are not loaded', () => {
    expect(renderText('[her](https://example.org)')).toBe('<p><a href="https://example.org" rel="noopener noreferrer">her</a></p>');
    expect(renderText('[mail](mailto:a@b.dk)')).toBe('<p><a href="mailto:a@b.dk" rel="noopener noreferrer">mail</a></p>');
    expect(renderText('[klik](javascript:alert(1))')).toBe('<p>[klik](javascript:alert(1))</p>');
    expect(renderText('[klik](data:text/html,x)')).toBe('<p>[klik](data:text/html,x)</p>');
    expect(renderText('![billede](http://127.0.0.1/x.png)')).not.toMatch(/<img/);
  });

  it('bidi controls are made visible', () => {
    expect(renderText('abc\u202Edcb')).toBe('<p>abc[U+202E]dcb</p>');
  });

  it(':glad: shortcodes are smileys only where asked for (the reading guide)', () => {
    expect(renderText(':glad: nået')).toBe('<p>:glad: nået</p>');
    const guide = renderText(':glad: nået', { smileyShortcodes: true });
    expect(guide).toMatch(/^<p><svg class="smiley smiley-inline"[^>]*aria-label="Glad smiley: milepælen er nået"/);
  });
});
