/**
 * Reading files that the configuration or a schema names, confined to the repository: the path
 * must be repository-relative and '/'-separated, must not leave the root, no part of it may be a
 * symbolic link, and the file must be a regular file. Where the bytes come from is a RepoFiles:
 * the disk here (source worktree), or a commit (src/git/commit-files.ts, source git), so that the
 * JSON step judges with the configuration and schemas of the same bytes as the packets.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Largest schema file read (the configuration has its own, smaller limit). */
export const MAX_REPO_FILE_BYTES = 64 << 20

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

/** Throws RepoFileError when `path` is not an acceptable repository-relative file path. */
export function checkRepoPath(path: string): void {
  const problem = repoPathProblem(path)
  if (problem !== null) throw new RepoFileError(`path ${JSON.stringify(path)} ${problem}`)
}

export class RepoFileError extends Error {}

/** The files of one repository, read by repository path: the disk or a commit. */
export interface RepoFiles {
  /**
   * Where the files come from, for messages: null for the disk, `commit 0123456789ab` for a
   * commit. A file not found is said to be missing "in" it.
   */
  readonly where: string | null
  /**
   * The bytes of the repository file `path`, or null when it does not exist. Throws RepoFileError
   * when the path is unacceptable, goes through a symbolic link (or a submodule), is not a regular
   * file, is larger than `limit` bytes, or cannot be read.
   */
  read(path: string, limit?: number): Uint8Array | null
}

/** The files on disk under `repoRoot`. */
export function diskFiles(repoRoot: string): RepoFiles {
  return { where: null, read: (path, limit) => readRepoFile(repoRoot, path, limit) }
}

/** `repoRoot` (the disk) or the RepoFiles given. */
export function repoFilesOf(files: string | RepoFiles): RepoFiles {
  return typeof files === 'string' ? diskFiles(files) : files
}

/** ` in <where>` for a not-found message, or nothing for the disk. */
export function inWhere(files: RepoFiles): string {
  return files.where === null ? '' : ` in ${files.where}`
}

/** The disk's RepoFiles.read: the file `path` under `repoRoot`, or null when it does not exist. */
export function readRepoFile(repoRoot: string, path: string, limit = MAX_REPO_FILE_BYTES): Uint8Array | null {
  checkRepoPath(path)
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
  let fd: number
  try {
    fd = openSync(current, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch (e) {
    throw new RepoFileError(`${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new RepoFileError(`${path} is not a regular file`)
    if (stat.size > limit) throw new RepoFileError(tooLarge(path, limit))
    const bytes = new Uint8Array(readFileSync(fd))
    if (bytes.length > limit) throw new RepoFileError(tooLarge(path, limit))
    return bytes
  } finally {
    closeSync(fd)
  }
}

/** The message for a file over its limit, the same from every RepoFiles. */
export function tooLarge(path: string, limit: number): string {
  return `${path} is larger than ${limit} bytes`
}
