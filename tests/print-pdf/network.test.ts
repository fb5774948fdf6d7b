import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isAllowedUrl } from '../../src/print-pdf/browser.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { killAllWith, META, sampleHtml } from './fixture.js';
import { qpdfCheckBytes } from '../helpers/qpdf-check.js';

let server: Server;
let port = 0;
const requests: string[] = [];
let printer: ChromiumPdfPrinter | undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  const profile = printer?.session.userDataDir;
  await printer?.close();
  if (profile) killAllWith(profile);
  await new Promise((resolve) => server.close(resolve));
});

it('refuses every request: the page reaches no server', async () => {
  const base = `http://127.0.0.1:${port}`;
  const extra = `
<img src="${base}/img.png" alt="">
<link rel="stylesheet" href="${base}/style.css">
<link rel="prefetch" href="${base}/prefetch">
<iframe src="${base}/frame.html"></iframe>
<object data="${base}/object"></object>
<video src="${base}/video.mp4" poster="${base}/poster.png"></video>
<div style="background: url(${base}/bg.png)">baggrund</div>
<style>@font-face { font-family: Remote; src: url(${base}/font.woff2); } p { font-family: Remote, sans-serif; }</style>
<script src="${base}/script.js"></script>
<script>fetch('${base}/fetch'); new Image().src = '${base}/js-img';</script>
<a href="${base}/link">link</a>
<form action="${base}/form"><input type="image" src="${base}/input.png"></form>`;
  printer = new ChromiumPdfPrinter();
  const pdf = await printer.print(sampleHtml(extra), META);
  expect(pdf.byteLength).toBeGreaterThan(1000);
  qpdfCheckBytes(pdf);
  // A control: the server does answer when asked directly.
  expect(requests).toEqual([]);
  const res = await fetch(`${base}/control`);
  expect(await res.text()).toBe('x');
  expect(requests).toEqual(['GET /control']);
});

it('lets only inlined data and the blank page through', () => {
  expect(isAllowedUrl('data:font/woff2;base64,AAAA')).toBe(true);
  expect(isAllowedUrl('about:blank')).toBe(true);
  for (const u of ['http://127.0.0.1/x', 'https://example.com/', 'file:///etc/passwd', 'ws://127.0.0.1/', 'blob:null/1', 'chrome://version']) {
    expect(isAllowedUrl(u)).toBe(false);
  }
});
