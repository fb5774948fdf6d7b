import { Chalk, type ChalkInstance } from 'chalk';

/** Colour only on a terminal, never with NO_COLOR set or when piped (cli.md). */
export function colourFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const enabled = stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  return new Chalk({ level: enabled ? (stream.hasColors?.(256) ? 2 : 1) : 0 });
}

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Colours for stdout and stderr, each decided for its own stream. */
  outColour: ChalkInstance;
  errColour: ChalkInstance;
  /** Progress may redraw lines: stdout is a terminal. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

export function processOutput(): Output {
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    outColour: colourFor(process.stdout),
    errColour: colourFor(process.stderr),
    interactive: process.stdout.isTTY === true,
    env: process.env,
  };
}
