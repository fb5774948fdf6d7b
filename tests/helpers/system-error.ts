import { getSystemErrorMap } from 'node:util';
import type { OutputFileSystem } from '../../src/output/file-system.js';
import { nodeFileSystem } from '../../src/output/file-system.js';

/**
 * The error Node itself throws when a system call fails: the same class,
 * message, errno (libuv's number on this system), code, syscall and paths,
 * so the code under test cannot tell it from a locked file on Windows or a
 * share without link().
 */
export function systemError(code: string, syscall: string, path: string, dest?: string): NodeJS.ErrnoException {
  const entry = [...getSystemErrorMap()].find(([, [name]]) => name === code);
  if (!entry) throw new Error(`no system error ${code} here`);
  const [errno, [, description]] = entry;
  const where = dest === undefined ? `'${path}'` : `'${path}' -> '${dest}'`;
  const error: NodeJS.ErrnoException & { dest?: string } = new Error(`${code}: ${description}, ${syscall} ${where}`);
  Object.assign(error, { errno, code, syscall, path, ...(dest === undefined ? {} : { dest }) });
  return error;
}

/**
 * The real file system with one call failing as another system fails it:
 * `fails(args)` says, per call, whether this one fails. Every call is counted.
 */
export function failingFileSystem(
  syscall: 'rename' | 'link',
  code: string,
  fails: (from: string, to: string) => boolean = () => true,
): OutputFileSystem & { calls: Array<[string, string]> } {
  const calls: Array<[string, string]> = [];
  return {
    ...nodeFileSystem,
    calls,
    [syscall]: async (from: string, to: string) => {
      calls.push([from, to]);
      if (fails(from, to)) throw systemError(code, syscall, from, to);
      return nodeFileSystem[syscall](from, to);
    },
  };
}
