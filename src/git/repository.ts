/**
 * Where a run is: the top of the working tree around a folder, the repository's object format and
 * the commit a ref names, asked of one `git rev-parse` (each was a process of its own, and a run
 * asked them at two steps). A git too old to know `--show-object-format` is asked for the top
 * alone and has only sha1 repositories; a ref that names no commit is asked apart, so that its
 * failure does not hide the repository.
 */
import { knownCommit, resolveCommit } from './base-commit.js'
import { GitError, runGit, tryGit } from './git-command.js'
import { isObjectId } from './object-id.js'

export interface Repository {
  /** Top of the working tree, as git reports it. */
  top: string
  objectFormat: string
  /** Full id of the commit `ref` names, null when it names none. */
  commit: string | null
}

const NOT_A_REPOSITORY = /: not a git repository\b/

/** The repository around `cwd` and the commit `ref` names there; null outside a repository (or without git). */
export async function repositoryAt(cwd: string, ref: string): Promise<Repository | null> {
  let all: Buffer | null = null
  try {
    all = await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  } catch (e) {
    // Outside any repository (git's own words: it runs in the C locale) or without git, the
    // questions below would fail the same way: no process more for them.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e instanceof GitError && NOT_A_REPOSITORY.test(e.message))) return null
    if (!(e instanceof GitError)) throw e
  }
  const lines = fromEnd(all, 2)
  if (lines !== null && lines[0] !== '' && isObjectId(lines[2])) {
    knownCommit(lines[0], lines[2])
    return { top: lines[0], objectFormat: lines[1], commit: lines[2] }
  }
  const parts = fromEnd(await tryGit(cwd, ['rev-parse', '--show-toplevel', '--show-object-format']), 1)
  let top: string
  let objectFormat = 'sha1'
  if (parts !== null && parts[0] !== '') [top, objectFormat] = parts
  else {
    const alone = await tryGit(cwd, ['rev-parse', '--show-toplevel'])
    if (alone === null) return null
    top = alone.toString('utf8').replace(/\n$/, '')
  }
  return { top, objectFormat, commit: await resolveCommit(top, ref) }
}

/**
 * git's answer, one value a line, read from its end: the last `count` lines, and before them the
 * top as one string (a folder's name may hold a line break; an object format or id never does).
 * Null unless the answer ends with a line end and has those lines.
 */
function fromEnd(out: Buffer | null, count: number): string[] | null {
  const text = out?.toString('utf8')
  if (text === undefined || !text.endsWith('\n')) return null
  const lines = text.slice(0, -1).split('\n')
  if (lines.length <= count) return null
  return [lines.slice(0, lines.length - count).join('\n'), ...lines.slice(lines.length - count)]
}
