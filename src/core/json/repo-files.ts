/**
 * Reading files that the configuration or a schema names, confined to the repository root:
 * the path must be repository-relative and '/'-separated, must not leave the root, and no part
 * of it may be a symbolic link.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Why `path` is not an acceptable repository-relative file path, or null when it is. */
export function repoPathProblem(path: string): string | null {
  if (path === '') return 'is empty'
  if (path.includes('\0')) return 'contains a NUL character'
  if (path.includes('\\')) return "must use '/' as separator (no backslashes)"
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'must be relative to the repository root'
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty path segment'
    if (segment === '.' || segment === '..') return `must not contain a '${segment}' segment`
  }
  return null
}

export class RepoFileError extends Error {}

/**
 * The bytes of the repository file `path`, or null when it does not exist. Throws RepoFileError
 * when the path is unacceptable, goes through a symbolic link or is not a regular file.
 */
export function readRepoFile(repoRoot: string, path: string): Uint8Array | null {
  const problem = repoPathProblem(path)
  if (problem !== null) throw new RepoFileError(`path ${JSON.stringify(path)} ${problem}`)
  const segments = path.split('/')
  let current = repoRoot
  for (let i = 0; i < segments.length; i++) {
    current = join(current, segments[i])
    let stat
    try {
      stat = lstatSync(current)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw new RepoFileError(`${path} cannot be read (${code ?? 'error'})`)
    }
    if (stat.isSymbolicLink()) {
      throw new RepoFileError(`${segments.slice(0, i + 1).join('/')} is a symbolic link; schemas and configuration must be regular files`)
    }
    if (i < segments.length - 1 && !stat.isDirectory()) return null
    if (i === segments.length - 1 && !stat.isFile()) throw new RepoFileError(`${path} is not a regular file`)
  }
  // O_NOFOLLOW closes the gap between the check above and the read.
  const fd = openSync(current, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  try {
    if (!fstatSync(fd).isFile()) throw new RepoFileError(`${path} is not a regular file`)
    return new Uint8Array(readFileSync(fd))
  } finally {
    closeSync(fd)
  }
}
