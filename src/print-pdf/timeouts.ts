import { MAX_FILE_BYTES, maxHtmlBytes, PRINT_MS_PER_HTML_MIB, printTimeoutMs } from '../limits.js';

/** Launch and print time limits: defaults, overridable by environment or option. */
export const DEFAULT_LAUNCH_TIMEOUT_MS = 30_000;
export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/** setTimeout's ceiling: a longer delay would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function positive(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_TIMEOUT_MS) : undefined;
}

export interface Timeouts {
  launchMs: number;
  /** The print timeout of an empty document… */
  printMs: number;
  /** …and what each MiB of HTML adds to it. */
  printMsPerMib: number;
}

function nonNegative(value: string | undefined): number | undefined {
  return value !== undefined && value.trim() === '0' ? 0 : positive(value);
}

/**
 * OPFOLGNING_TIMEOUT_MS limits each print, plus OPFOLGNING_TIMEOUT_PER_MIB_MS
 * for each MiB of its HTML (0: a fixed limit); OPFOLGNING_LAUNCH_TIMEOUT_MS
 * limits the browser's start.
 */
export function timeoutsFromEnv(env: Readonly<Record<string, string | undefined>>): Timeouts {
  return {
    launchMs: positive(env.OPFOLGNING_LAUNCH_TIMEOUT_MS) ?? DEFAULT_LAUNCH_TIMEOUT_MS,
    printMs: positive(env.OPFOLGNING_TIMEOUT_MS) ?? DEFAULT_PRINT_TIMEOUT_MS,
    printMsPerMib: nonNegative(env.OPFOLGNING_TIMEOUT_PER_MIB_MS) ?? PRINT_MS_PER_HTML_MIB,
  };
}

/**
 * The print timeout of one document: the base (printMs) plus time for each
 * MiB of its HTML, so that the largest report a valid file can make prints
 * on a slow machine, while a hung browser is still stopped.
 */
export function printTimeoutFor(timeouts: Timeouts, html: string): number {
  return Math.min(printTimeoutMs(timeouts.printMs, html.length, timeouts.printMsPerMib), MAX_TIMEOUT_MS);
}

/** The longest print timeout any valid file can need: the browser's protocol timeout must not cut it short. */
export function longestPrintMs(timeouts: Timeouts): number {
  return Math.min(printTimeoutMs(timeouts.printMs, maxHtmlBytes(MAX_FILE_BYTES), timeouts.printMsPerMib), MAX_TIMEOUT_MS - 5_000);
}

/** "1,5 s", "60 s": the Danish way. */
export function danishSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? String(s) : s.toFixed(s < 1 ? 3 : 1).replace(/\.?0+$/, '').replace('.', ',')} s`;
}

/** Rejects with `onTimeout()` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
