import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compileGlobs, GlobError } from '../core/glob.js';
import { shownPath } from '../core/text.js';
import type { Problem } from '../core/load.js';
import { isInside, realRoot, toPosix } from './paths.js';

export interface DiscoverOptions {
  /** The repository root: nothing outside it is read through a symlink. */
  root: string;
  /** Files, folders or globs, relative to the root (or absolute). */
  paths: readonly string[];
  /** Each path must match at least one file (true when the user gave them, unless they opted out). */
  requireMatches?: boolean;
  /** Refuse paths outside the root (the Action: its inputs come from a workflow file). */
  insideRootOnly?: boolean;
  include: readonly string[];
  /** Whether `include` is the user's (then it may bring back what a default skip removes). */
  includeGiven?: boolean;
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

/** Folders never worth walking; a named path, or an `include` that names them, still reaches inside. */
export const DEFAULT_SKIPS = ['.git', 'node_modules', 'dist'];

const GLOB_CHARS = /[*?[\]{}!]/;

/** A path argument that names nothing, or that may not be read: a usage error, not a finding. */
export class DiscoverError extends Error {}

/**
 * Finds the files to lint. Folders are walked without following symlinked folders (they may
 * loop); a symlinked file, or a named symlinked folder, is followed only when its real path is
 * inside the root. Every path or glob the user gave must match at least one file.
 */
export async function discover(options: DiscoverOptions): Promise<Discovered> {
  const root = path.resolve(options.root);
  const real = realRoot(root);
  let isIncluded: (p: string) => boolean;
  let isExcluded: (p: string) => boolean;
  try {
    isIncluded = compileGlobs(options.include);
    isExcluded = compileGlobs(options.exclude);
  } catch (error) {
    if (error instanceof GlobError) throw new DiscoverError(error.message);
    throw error;
  }
  // A default skip is walked when an `include` pattern names it as a folder.
  const named = new Set(options.includeGiven ? options.include.flatMap((p) => p.split('/')) : []);
  const skipped = (name: string) => DEFAULT_SKIPS.includes(name) && !named.has(name);

  const found = new Set<string>();
  const explicit = new Set<string>();
  const problems = new Map<string, Problem>();
  const relative = (abs: string) => toPosix(path.relative(root, abs)) || '.';
  // Globs are relative to the root; for a folder outside it, relative to that folder.
  const matchPath = (abs: string, base: string) => {
    const rel = relative(abs);
    return rel.startsWith('../') ? toPosix(path.relative(base, abs)) : rel;
  };
  const outside = (message: string): Problem => ({
    rule: 'unreadable-file',
    message,
    help: 'Lint the target where it lives, or exclude the link in .obslint.yml.',
    start: 0,
    end: 0,
  });

  /** Adds a file; returns whether it counts as a match for the path that led to it. */
  async function addFile(abs: string, isSymlink: boolean, isNamed: boolean, base: string): Promise<boolean> {
    const rel = relative(abs);
    const matched = matchPath(abs, base);
    if (!isNamed && (!isIncluded(matched) || isExcluded(matched))) return false;
    const inRoot = isInside(root, abs);
    // A path the user typed outside the repository is theirs to name (the Action refuses them).
    if (isSymlink || (isNamed && inRoot)) {
      // A named path may pass through a symlinked folder: resolve it, like a symlink.
      const target = await fs.realpath(abs).catch(() => undefined);
      const boundary = inRoot ? real : await fs.realpath(base).catch(() => base);
      if (target === undefined) {
        problems.set(rel, outside('Symlink points to a file that does not exist, so it was not linted.'));
        found.add(rel);
        return true;
      }
      if (!isInside(boundary, target)) {
        problems.set(rel, outside(isSymlink ? 'Symlink points outside the repository, so it was not read.' : 'This path leads outside the repository through a symlinked folder, so it was not read.'));
        found.add(rel);
        return true;
      }
      const stat = await fs.stat(target).catch(() => undefined);
      // A pipe or device would block the read, or never end: named, it is reported when read.
      if (!stat?.isFile() && !isNamed) return false;
    }
    found.add(rel);
    if (isNamed) explicit.add(rel);
    return true;
  }

  /** Walks a folder; returns how many files it added. */
  async function walk(dir: string, base: string): Promise<number> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return 0;
    }
    let count = 0;
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipped(entry.name) && !isExcluded(matchPath(abs, base))) count += await walk(abs, base);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (entry.isSymbolicLink() && (await isDirectory(abs))) continue;
        if (await addFile(abs, entry.isSymbolicLink(), false, base)) count++;
      }
    }
    return count;
  }

  for (const given of options.paths) {
    const abs = path.resolve(root, given);
    // Paths may be file names from a pull request (`obslint $(git diff --name-only)`): messages show them escaped.
    const shown = shownPath(given);
    if (options.insideRootOnly && !isInside(root, abs)) {
      throw new DiscoverError(`${shown} is outside the repository; name files and folders inside it.`);
    }
    const stat = await fs.lstat(abs).catch(() => undefined);
    let count: number;
    if (stat === undefined && GLOB_CHARS.test(given)) {
      const matches = compileGlobs([toPosix(path.relative(root, abs))]);
      // Glob matches are found files, not named ones: include and the kinds' sniff apply.
      count = await walkMatching(root, matches, skipped, isExcluded, relative, (file) => addFile(file, false, false, root));
    } else if (stat === undefined) {
      throw new DiscoverError(`No such file or folder: ${shown}`);
    } else if (stat.isDirectory() || (stat.isSymbolicLink() && (await isDirectory(abs)))) {
      // A named folder (or a symlink to one, or a path through one) is walked when it really is in the repository.
      const target = await fs.realpath(abs);
      if (isInside(root, abs) && !isInside(real, target)) {
        problems.set(relative(abs), outside('Symlink points outside the repository, so it was not read.'));
        count = 1;
      } else count = await walk(abs, abs);
    } else {
      count = (await addFile(abs, stat.isSymbolicLink(), true, root)) ? 1 : 0;
    }
    if (count === 0 && options.requireMatches) {
      throw new UnmatchedPathError(`${shown} matches no file to lint.`);
    }
  }
  return { files: [...found].sort(), explicit, problems };
}

/** A path the user gave that matched no file: a usage error unless they said that is fine. */
export class UnmatchedPathError extends DiscoverError {}

async function isDirectory(abs: string): Promise<boolean> {
  return (await fs.stat(abs).catch(() => undefined))?.isDirectory() === true;
}

async function walkMatching(
  dir: string,
  matches: (p: string) => boolean,
  skipped: (name: string) => boolean,
  isExcluded: (p: string) => boolean,
  relative: (abs: string) => string,
  onFile: (abs: string) => Promise<boolean>,
): Promise<number> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  let count = 0;
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    const rel = relative(abs);
    if (isExcluded(rel)) continue;
    if (entry.isDirectory()) {
      if (!skipped(entry.name)) count += await walkMatching(abs, matches, skipped, isExcluded, relative, onFile);
    } else if (entry.isFile() && matches(rel) && (await onFile(abs))) count++;
  }
  return count;
}
