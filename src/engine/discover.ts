import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from './load.js';

export interface DiscoverOptions {
  /** The repository root: nothing outside it is read through a symlink. */
  root: string;
  /** Files, folders or globs, relative to the root (or absolute). */
  paths: readonly string[];
  include: readonly string[];
  exclude: readonly string[];
}

export interface Discovered {
  /** Files to lint, relative to the root with forward slashes, sorted. */
  files: string[];
  /** Files named directly: linted even when no kind's cheap sniff recognizes them. */
  explicit: Set<string>;
  /** Files that cannot be linted, by relative path (symlinks out of the root). */
  problems: Map<string, Problem>;
}

export const DEFAULT_EXCLUDE = ['**/.git/**', '**/node_modules/**', '**/dist/**'];

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * Finds the files to lint. Folders are walked without following symlinked folders;
 * symlinked files are linted only when they resolve inside the root.
 */
export async function discover(options: DiscoverOptions): Promise<Discovered> {
  const root = path.resolve(options.root);
  const realRoot = await fs.realpath(root).catch(() => root);
  const isIncluded = picomatch([...options.include], { dot: true });
  const isExcluded = picomatch([...options.exclude], { dot: true });
  const found = new Set<string>();
  const explicit = new Set<string>();
  const problems = new Map<string, Problem>();

  const relative = (abs: string) => toPosix(path.relative(root, abs)) || '.';
  // Globs are relative to the root; for a folder outside it, relative to that folder.
  const matchPath = (abs: string, base: string) => {
    const rel = relative(abs);
    return rel.startsWith('../') ? toPosix(path.relative(base, abs)) : rel;
  };

  async function addFile(abs: string, isSymlink: boolean, named: boolean, base: string): Promise<void> {
    const rel = relative(abs);
    const matched = matchPath(abs, base);
    if (!named && (!isIncluded(matched) || isExcluded(matched))) return;
    if (isSymlink) {
      const target = await fs.realpath(abs).catch(() => undefined);
      if (target === undefined || !isInside(realRoot, target)) {
        problems.set(rel, {
          rule: 'unreadable-file',
          message:
            target === undefined
              ? 'Symlink points to a file that does not exist, so it was not linted.'
              : 'Symlink points outside the repository, so it was not read.',
          help: 'Lint the target where it lives, or exclude the link in .obslint.yml.',
          start: 0,
          end: 0,
        });
        found.add(rel);
        return;
      }
      const stat = await fs.stat(target);
      if (!stat.isFile()) return;
    }
    found.add(rel);
    if (named) explicit.add(rel);
  }

  async function walk(dir: string, base: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isExcluded(matchPath(abs, base))) await walk(abs, base);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // Symlinked folders are not followed: they may loop or leave the root.
        await addFile(abs, entry.isSymbolicLink(), false, base);
      }
    }
  }

  for (const given of options.paths) {
    const abs = path.resolve(root, given);
    const stat = await fs.lstat(abs).catch(() => undefined);
    if (stat === undefined && GLOB_CHARS.test(given)) {
      const matches = picomatch(toPosix(path.relative(root, abs)), { dot: true });
      // Glob matches are found files, not named ones: include and the kinds' sniff apply.
      await walkMatching(root, matches, isExcluded, relative, (file) => addFile(file, false, false, root));
    } else if (stat === undefined) {
      throw new DiscoverError(`No such file or folder: ${given}`);
    } else if (stat.isDirectory()) {
      await walk(abs, abs);
    } else {
      await addFile(abs, stat.isSymbolicLink(), true, root);
    }
  }
  return { files: [...found].sort(), explicit, problems };
}

async function walkMatching(
  dir: string,
  matches: (p: string) => boolean,
  isExcluded: (p: string) => boolean,
  relative: (abs: string) => string,
  onFile: (abs: string) => Promise<void>,
): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    const rel = relative(abs);
    if (isExcluded(rel)) continue;
    if (entry.isDirectory()) await walkMatching(abs, matches, isExcluded, relative, onFile);
    else if (entry.isFile() && matches(rel)) await onFile(abs);
  }
}

/** A path argument that names nothing: a usage error, not a finding. */
export class DiscoverError extends Error {}

/** Whether `target` is `root` or below it (both absolute). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
