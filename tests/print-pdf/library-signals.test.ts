import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReports } from '../../src/index.js';
import { ChromiumPdfPrinter } from '../../src/print-pdf/printer.js';
import { tempTree } from '../helpers/temp-dir.js';
import { fixtureRound } from './round-fixture.js';

/*
 * Used as a library, the browser module must not take over the program's
 * signals (issue 10): no SIGINT/SIGTERM/SIGHUP listener, no process.exit.
 * It only kills its browser when the process exits.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listeners = () => Object.fromEntries([...SIGNALS, 'exit'].map((s) => [s, process.listenerCount(s)]));

describe('the browser as a library', () => {
  it('adds no signal handler while it runs, and removes its exit handler when closed', async () => {
    const before = listeners();
    const printer = new ChromiumPdfPrinter();
    const during = listeners();
    expect(Object.fromEntries(SIGNALS.map((s) => [s, during[s]]))).toEqual(Object.fromEntries(SIGNALS.map((s) => [s, before[s]])));
    expect(during.exit).toBe(before.exit! + 1);
    await printer.close();
    expect(listeners()).toEqual(before);
  });

  it('renderReports prints real PDFs without touching the signals', async () => {
    const dir = tempTree({ 'data/2019/runde-1.yaml': fixtureRound() });
    const before = listeners();
    let seen: Record<string, number> | null = null;
    const result = await renderReports({
      dataDir: join(dir, 'data'),
      outDir: join(dir, 'out'),
      onDocument: () => (seen ??= listeners()),
    });
    expect(result.check.ok).toBe(true);
    expect(result.documents.map((d) => d.path.slice(dir.length + 1)).sort()).toEqual(['out/2019/runde-1.html', 'out/2019/runde-1.pdf']);
    expect(result.documents.find((d) => d.format === 'pdf')!.pages).toBeGreaterThan(1);
    for (const s of SIGNALS) expect(seen![s]).toBe(before[s]);
    expect(listeners()).toEqual(before);
  });
});
