import path from 'node:path';

/**
 * A path as messages show it: relative to the working directory when it is
 * inside it, with `/` between folders on every system. Windows, PowerShell,
 * VS Code and its problem matchers all read `/`, and a message reads the same
 * on the economist's laptop as in CI. A path outside the working directory
 * (another drive, a share) is shown whole, as the system writes it.
 * `paths` is node:path's own flavour; a test passes path.win32.
 */
export function displayPath(file: string, cwd = process.cwd(), paths: path.PlatformPath = path): string {
  const rel = paths.relative(cwd, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${paths.sep}`) || paths.isAbsolute(rel)) return file;
  return paths.sep === '/' ? rel : rel.split(paths.sep).join('/');
}
