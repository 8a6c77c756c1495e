/**
 * Report paths are relative to the repository root: the nearest folder at or above the start
 * that holds `.git` (a directory, or a file for worktrees and submodules); outside a repository,
 * the start folder itself. Found without running git.
 */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

export function findRepoRoot(start: string): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return resolve(start)
    dir = parent
  }
}

/** `abs` relative to `root`, '/'-separated, '.' for the root itself. */
export function reportPath(root: string, abs: string): string {
  const rel = relative(root, abs)
  if (rel === '') return '.'
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/** Joins a packet's report path and a packet-relative path. */
export function joinReportPath(dir: string, path: string): string {
  return dir === '.' ? path : `${dir}/${path}`
}

/** The directory of a report path ('/'-separated, relative to the top): '.' for a name at the top. */
export function reportDirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '.' : path.slice(0, slash)
}
