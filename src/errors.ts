/*
 * Typed errors carry their exit status (README.md; docs/developers.md): the CLI's one top-level catch
 * prints the message and sets process.exitCode from it. Anything else that
 * reaches that catch is an internal error (exit 3, one line, no stack).
 */
export class OpfolgningError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 3,
  ) {
    super(message);
    this.name = 'OpfolgningError';
  }
}

/** The data is invalid (exit 1); the problems have already been reported. */
export class InvalidDataError extends OpfolgningError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'InvalidDataError';
  }
}

/** The command line is wrong: unknown option, missing round file, bad round (exit 2). */
export class UsageError extends OpfolgningError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The environment failed: no browser, browser crash or timeout, output not writable (exit 3). */
export class EnvironmentError extends OpfolgningError {
  constructor(message: string) {
    super(message, 3);
    this.name = 'EnvironmentError';
  }
}
