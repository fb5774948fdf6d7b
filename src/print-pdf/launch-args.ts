/**
 * Chromium's command line, decided in one place. The machine's network may be
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
