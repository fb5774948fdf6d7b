import { EnvironmentError } from '../errors.js';
import { displayPath } from '../text/display-path.js';

const LIKELY_CAUSE = 'Er filen åben i et andet program? Luk den og kør igen.';

/**
 * A finished file could not replace the previous one, even after a short
 * wait: on Windows, the file is open in another program (Acrobat, Edge,
 * Word). The previous file is left whole (exit 3).
 */
export class LockedFileError extends EnvironmentError {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${displayPath(path)} kan ikke erstattes (${code}). ${LIKELY_CAUSE}`);
    this.name = 'LockedFileError';
  }
}

/**
 * The one error of a run that wrote every file it could, given the files it
 * could not: the only one as it is, several listed a line each (exit 3).
 */
export function lockedFilesError(locked: readonly LockedFileError[]): EnvironmentError {
  if (locked.length === 1) return locked[0]!;
  return new EnvironmentError(
    [
      `${locked.length} filer kan ikke erstattes; de øvrige er skrevet:`,
      ...[...locked].sort((a, b) => (a.path < b.path ? -1 : 1)).map((e) => `  ${displayPath(e.path)} (${e.code})`),
      'Er filerne åbne i et andet program? Luk dem og kør igen.',
    ].join('\n'),
  );
}
