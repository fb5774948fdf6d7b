import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Every test that does not run on Windows or macOS, and why: the one place a
 * platform skip may come from. A test file skips with
 * `describe.skipIf(skippedHere(import.meta.url))` (the whole file) or
 * `it.skipIf(skippedHere(import.meta.url, 'part'))` (one test), or leaves
 * out a part of a test with `skippedHere(import.meta.url, 'part')`, and
 * tests/platform/platform-skips.test.ts checks that this list and those
 * calls match, both ways. The CI matrix (.github/workflows/desktop.yml)
 * runs the rest on windows-latest and macos-latest.
 */

export type DesktopPlatform = 'win32' | 'darwin';

export interface PlatformSkip {
  /** The test file, from the repository root, with `/`. */
  file: string;
  /** One test or block in it; absent for the whole file. */
  part?: string;
  on: readonly DesktopPlatform[];
  reason: string;
}

const PROC = 'finds the Chromium processes a run started through Linux /proc (no ps: minimal images have none)';
const POPPLER = "reads the PDF back with poppler's pdfinfo/pdftotext/pdffonts, which the Windows runner does not have (macOS gets them from Homebrew)";
const SYMLINK = 'a symbolic link needs administrator rights or developer mode on Windows';
const FIFO = 'Windows has no mkfifo and no FIFOs in the file system';
const SIGNALS = 'Windows delivers no SIGINT/SIGTERM to a Node process: child.kill() ends it outright, so there is no graceful stop to observe';

export const PLATFORM_SKIPS: readonly PlatformSkip[] = [
  { file: 'tests/hardening/interrupted.test.ts', on: ['win32', 'darwin'], reason: `${PROC}; ${SIGNALS}` },
  { file: 'tests/print-pdf/failure.test.ts', on: ['win32', 'darwin'], reason: `${PROC}; ${SIGNALS}` },
  { file: 'tests/print-pdf/worker-printer.test.ts', on: ['win32', 'darwin'], reason: `${PROC}; it points Chromium's profile at its own folder with TMPDIR, which Windows ignores` },
  { file: 'tests/print-pdf/e2e.test.ts', on: ['win32'], reason: POPPLER },
  { file: 'tests/print-pdf/e2e.test.ts', part: 'no browser left', on: ['darwin'], reason: PROC },
  { file: 'tests/print-pdf/print.test.ts', on: ['win32'], reason: POPPLER },
  { file: 'tests/print-pdf/print.test.ts', part: 'own profile', on: ['darwin'], reason: PROC },
  { file: 'tests/print-pdf/xref-stream.test.ts', part: 'pdfinfo', on: ['win32'], reason: POPPLER },
  { file: 'tests/hardening/concurrent.test.ts', on: ['win32'], reason: POPPLER },
  { file: 'tests/watch/watch-cli.test.ts', part: 'ctrl-c', on: ['win32'], reason: SIGNALS },
  { file: 'tests/watch/subthemes-watch.test.ts', part: 'ctrl-c', on: ['win32'], reason: SIGNALS },
  { file: 'tests/render/subthemes-report.test.ts', part: 'pdftotext', on: ['win32'], reason: POPPLER },
  { file: 'tests/render/subthemes-report.test.ts', part: 'pdfinfo', on: ['win32'], reason: POPPLER },
  { file: 'tests/print-pdf/pdf-ua.test.ts', part: 'pdffonts', on: ['win32'], reason: POPPLER },
  { file: 'tests/render/layout.test.ts', part: 'pdftoppm', on: ['win32'], reason: "renders the PDF's pages with poppler's pdftoppm and pdftotext, which the Windows runner does not have" },
  { file: 'tests/print-pdf/sandbox-failure.test.ts', on: ['win32'], reason: 'its stand-in for a browser without a usable sandbox is a shell script, which Windows cannot start' },
  {
    file: 'tests/ci/workflow-steps.test.ts',
    on: ['win32', 'darwin'],
    reason: "it runs the steps of the reports workflow, whose runner is Linux, as a non-root user made with useradd and switched to with runuser",
  },
  {
    file: 'tests/load/read-source.test.ts',
    part: '/dev/zero',
    on: ['win32'],
    reason: 'Windows has no /dev/zero, and a symbolic link needs administrator rights or developer mode there',
  },
  { file: 'tests/load/read-source.test.ts', part: 'FIFO', on: ['win32'], reason: FIFO },
  { file: 'tests/hardening/special-files.test.ts', on: ['win32'], reason: FIFO },
  { file: 'tests/hardening/output-attacks.test.ts', part: 'symbolic link', on: ['win32'], reason: SYMLINK },
  { file: 'tests/hardening/output-attacks.test.ts', part: 'symbolic link as --out', on: ['win32'], reason: SYMLINK },
  { file: 'tests/hardening/output-attacks.test.ts', part: '/proc', on: ['win32', 'darwin'], reason: 'procfs (/proc) is a Linux file system; macOS and Windows have none' },
  {
    file: 'tests/hardening/output-attacks.test.ts',
    part: 'deleted working directory',
    on: ['win32'],
    reason: 'Windows cannot delete a folder a process stands in, and the test uses sh',
  },
  { file: 'tests/hardening/output-attacks.test.ts', part: 'signals', on: ['win32'], reason: SIGNALS },
  {
    file: 'tests/fuzz/fuzz.test.ts',
    part: 'FIFO and /dev cases',
    on: ['win32'],
    reason: 'Windows has no FIFOs (mkfifo) and no /dev/null or /dev/zero to link to: its special-file cases are a folder only',
  },
];

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A test file's name as the list writes it. */
export function testFileName(fileUrl: string): string {
  return relative(REPO, fileURLToPath(fileUrl)).split(/[\\/]/).join('/');
}

/**
 * Whether the file (or its `part`) is skipped on this platform. Throws for a
 * skip the list does not have, so no test can skip silently.
 */
export function skippedHere(fileUrl: string, part?: string, platform: NodeJS.Platform = process.platform): boolean {
  const file = testFileName(fileUrl);
  const entry = PLATFORM_SKIPS.find((s) => s.file === file && s.part === part);
  if (!entry) throw new Error(`${file}${part === undefined ? '' : ` (${part})`} is not in tests/helpers/platform-skips.ts`);
  return (entry.on as readonly string[]).includes(platform);
}
