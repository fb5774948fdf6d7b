import { readFileSync } from 'node:fs';
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

/**
 * The sandbox decision. Chromium refuses its sandbox as root, so root runs
 * without it; everyone else keeps it unless OPFOLGNING_NO_SANDBOX=1.
 *
 * On Ubuntu 23.10+ (GitHub's ubuntu-24.04 runners included) AppArmor lets only
 * programs with a profile that allows `userns` create the user namespace the
 * sandbox needs: a Chrome headless shell Puppeteer downloaded has none and dies
 * with "No usable sandbox!". Puppeteer's troubleshooting guide ("Issues with
 * AppArmor on Ubuntu") answers that on the host, not with --no-sandbox: give
 * the browser a profile (what .github/workflows/reports.yml does), or use
 * Chrome installed in /opt/google/chrome, which Ubuntu's own profile covers.
 * So the sandbox stays on for a non-root user; when it cannot start,
 * sandboxFailureMessage says which of those to do.
 */
export function needsNoSandbox(env: Readonly<Record<string, string | undefined>>, uid: number | undefined): boolean {
  return uid === 0 || env.OPFOLGNING_NO_SANDBOX === '1';
}

/** Where the kernel says whether AppArmor restricts unprivileged user namespaces (Ubuntu 23.10+). */
export const USERNS_RESTRICTION_FILE = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

/** What Chromium prints when it cannot set up its sandbox. */
export function isSandboxFailure(stderr: string): boolean {
  return stderr.includes('No usable sandbox');
}

/** The content of USERNS_RESTRICTION_FILE; undefined where it does not exist (not Linux, older kernels). */
export function readUsernsRestriction(file: string = USERNS_RESTRICTION_FILE): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Why a browser stopped while starting: the sandbox advice, or the last line it printed. */
export function startupFailureMessage(browserPath: string, stderr: string, restricted: () => string | undefined = readUsernsRestriction): string {
  if (isSandboxFailure(stderr)) return sandboxFailureMessage(browserPath, restricted());
  const last = stderr.trim().split('\n').pop();
  return `browseren (${browserPath}) stoppede under opstarten${last ? `: ${last}` : ''}`;
}

/**
 * The Danish message for a browser that died because its sandbox could not
 * start; `restricted` is the content of USERNS_RESTRICTION_FILE ('1' on
 * Ubuntu 23.10+), undefined where there is no such file.
 */
export function sandboxFailureMessage(browserPath: string, restricted: string | undefined): string {
  const lines = [`browseren (${browserPath}) kunne ikke starte sin sandkasse ("No usable sandbox!").`];
  if (restricted?.trim() === '1') {
    lines.push(
      'AppArmor (Ubuntu 23.10 og nyere) tillader kun sandkassen for browsere med en AppArmor-profil. Gør én af disse:',
      `  giv browseren en profil, der tillader userns (se README, afsnittet om browseren, og .github/workflows/reports.yml),`,
      '  brug Google Chrome installeret i /opt/google/chrome (Ubuntus egen profil dækker den): OPFOLGNING_BROWSER=/opt/google/chrome/chrome,',
    );
  } else {
    lines.push('Systemet tillader ikke de user namespaces, sandkassen bruger. Gør én af disse:', '  tillad dem (sudo sysctl -w kernel.unprivileged_userns_clone=1),');
  }
  lines.push('  eller kør uden sandkasse med OPFOLGNING_NO_SANDBOX=1 (rapporten vises uden JavaScript og uden netværk).');
  return lines.join('\n');
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
