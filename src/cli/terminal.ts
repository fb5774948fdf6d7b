import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only on a terminal, never with NO_COLOR set, FORCE_COLOR=0 (the
 * other common switch, which chalk's own detection would otherwise override)
 * or when piped (README.md, "Commands").
 */
export function colourFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const off = env.NO_COLOR !== undefined || env.TERM === 'dumb' || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false';
  const enabled = stream.isTTY === true && !off;
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

/**
 * Lines to a stream that the reader may close early (`opfolgning diff 2 3 |
 * head -1`): as with `git log | head`, a closed pipe ends the output quietly
 * instead of crashing with EPIPE; the run itself goes on and keeps its exit status.
 */
export function lineWriter(stream: NodeJS.WritableStream): (line: string) => void {
  let closed = false;
  // EPIPE, or any other failure of the stream: there is nowhere left to say anything.
  stream.on('error', () => {
    closed = true;
  });
  return (line) => {
    if (closed) return;
    try {
      stream.write(`${line}\n`);
    } catch {
      closed = true;
    }
  };
}

export function processOutput(): Output {
  return {
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    outColour: colourFor(process.stdout),
    errColour: colourFor(process.stderr),
    interactive: process.stdout.isTTY === true,
    env: process.env,
  };
}
