import type { FoundBrowser } from './find-browser.js';

/**
 * Chromium's command line, decided in this one file: our switches and the
 * sandbox decision (launchArgs), then Puppeteer's own defaults around them
 * (chromiumCommandLine). The machine's network may be
 * closed: without the --disable-* switches Chromium reaches for the network
 * (component updates, sync, safe browsing…) at every start.
 */
export interface LaunchArgsInput {
  env: Readonly<Record<string, string | undefined>>;
  /** process.getuid?.(); undefined on Windows. */
  uid: number | undefined;
  userDataDir: string;
}

/** The sandbox cannot run as root; otherwise it stays on unless OPFOLGNING_NO_SANDBOX=1. */
export function needsNoSandbox(env: Readonly<Record<string, string | undefined>>, uid: number | undefined): boolean {
  return uid === 0 || env.OPFOLGNING_NO_SANDBOX === '1';
}

export const QUIET_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-gpu',
  // Belt and braces under the page's request refusal: anything that still
  // tries the network (loopback included) goes to a proxy that is not there.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,CalculateNativeWinOcclusion,AutofillServerCommunication',
];

export function launchArgs(input: LaunchArgsInput): string[] {
  return [...QUIET_ARGS, `--user-data-dir=${input.userDataDir}`, ...(needsNoSandbox(input.env, input.uid) ? ['--no-sandbox'] : [])];
}

/** Switches Puppeteer itself would pass, for printing. */
const PUPPETEER_LIKE = [
  '--allow-pre-commit-input',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--enable-automation',
  '--export-tagged-pdf',
  '--generate-pdf-document-outline',
  '--force-color-profile=srgb',
  '--password-store=basic',
  '--use-mock-keychain',
  '--hide-scrollbars',
  '--mute-audio',
];
const PUPPETEER_DISABLED_FEATURES = ['Translate', 'AcceptCHFrame', 'MediaRouter', 'OptimizationHints', 'WebUIReloadButton', 'ProcessPerSiteUpToMainFrameThreshold', 'IsolateSandboxedIframes'];

/** The full command line: Puppeteer's defaults, ours (one merged --disable-features), headless mode, the pipe. */
export function chromiumCommandLine(found: FoundBrowser, ours: readonly string[]): string[] {
  const features = new Set(PUPPETEER_DISABLED_FEATURES);
  const rest: string[] = [];
  for (const a of ours) {
    if (a.startsWith('--disable-features=')) for (const f of a.slice('--disable-features='.length).split(',')) features.add(f);
    else rest.push(a);
  }
  return [
    ...PUPPETEER_LIKE,
    ...rest,
    `--disable-features=${[...features].filter(Boolean).join(',')}`,
    // The network service in the browser process: one process (≈ 20 MB) fewer; it has nothing to fetch anyway.
    '--enable-features=PdfOopif,NetworkServiceInProcess2',
    found.headlessShell ? '--headless' : '--headless=new',
    '--remote-debugging-pipe',
    'about:blank',
  ];
}
