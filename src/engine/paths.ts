import { constants, existsSync, promises as fs, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every path obslint reads or writes because a file, a config or an input named it is checked
 * here: resolved with symlinks followed, and refused when it leaves the repository. A pull
 * request controls those names, so "does `../rules/root/etc/passwd` exist" must not be a
 * question obslint answers.
 */

/** Whether `target` is `root` or below it (both absolute and resolved the same way). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The real path (symlinks resolved), or undefined when it does not exist. */
export function realPath(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

/** The root's real path, once per root (workers each resolve it once). */
const realRoots = new Map<string, string>();

export function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    real = realPath(root) ?? root;
    realRoots.set(root, real);
  }
  return real;
}

/** Where `abs` really is, when that is inside the repository; undefined when it is not, or does not exist. */
export function resolveInside(root: string, abs: string): string | undefined {
  if (!isInside(root, abs)) return undefined;
  const real = realPath(abs);
  return real !== undefined && isInside(realRoot(root), real) ? real : undefined;
}

/**
 * Finds a runbook file: where it really is, or undefined. Runbook paths are written relative to
 * the repository root or to the rule file's folder;
 * a monorepo's teams write them relative to their own subtree. So any folder from the rule
 * file's up to the root counts. A file outside the root (named on the command line) looks up
 * to its own repository's root, the folder holding `.git`. A path that leaves the repository,
 * directly or through a symlink, is never found.
 */
export function runbookLookup(root: string, file: string, known: Map<string, string | null>): (relativePath: string) => string | undefined {
  const abs = path.resolve(root, file);
  const inside = isInside(root, abs);
  const dirs: string[] = [];
  let top = root;
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    top = dir;
    const atTop = inside ? dir === root : existsSync(path.join(dir, '.git'));
    if (atTop || dir === path.dirname(dir)) break;
  }
  return (relativePath) => {
    if (path.isAbsolute(relativePath) || relativePath.includes('\0')) return undefined;
    for (const dir of dirs) {
      const target = path.resolve(dir, relativePath);
      let found = known.get(target);
      if (found === undefined) {
        const real = resolveInside(top, target);
        found = real !== undefined && isRegularFile(real) ? real : null;
        known.set(target, found);
      }
      if (found !== null) return found;
    }
    return undefined;
  };
}

function isRegularFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes a report to `target`, a path in the repository, creating its folder. A pull request
 * can commit a symlink where the workflow expects a report (`reports -> /home/runner`), so a
 * folder on the way that leads out of the repository, or a symlink as the file itself, is
 * refused before anything is created or written.
 */
export async function writeInside(root: string, target: string, text: string): Promise<void> {
  let existing = path.dirname(target);
  while (!existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
  if (!isInside(realRoot(root), await fs.realpath(existing))) throw new Error('its folder leads outside the repository through a symlink');
  await fs.mkdir(path.dirname(target), { recursive: true });
  const link = await fs.lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new Error('it is a symlink, which obslint does not write through');
  // O_NOFOLLOW: a symlink put there since the check is refused too.
  await fs.writeFile(target, text, { flag: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW });
}
