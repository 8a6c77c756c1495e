/**
 * The files a change touched, from the git CLI. git is always run with an argument list, never
 * through a shell, and every commit id passed to it was checked to be a full hex object id.
 */
import { execFile } from 'node:child_process'

export class GitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GitError'
  }
}

const MAX_OUTPUT = 512 << 20

function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString('utf8').trim().split('\n').pop() || error.message
          reject(new GitError(`git ${args[0]} failed: ${detail}`))
        } else resolve(stdout)
      }
    )
  })
}

const HEX_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/

function checkId(sha: string): string {
  if (!HEX_ID.test(sha)) throw new GitError(`not a full commit id: ${JSON.stringify(sha)}`)
  return sha
}

/** Absolute path of the top of the working tree around `cwd`. */
export async function topLevel(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').replace(/\n$/, '')
}

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${checkId(sha)}^{commit}`])
    return true
  } catch (e) {
    if (e instanceof GitError && !HEX_ID.test(sha)) throw e
    return false
  }
}

/** Fetches one commit (no history) from `origin`; a shallow clone lacks the base of a change. */
export async function fetchCommit(cwd: string, sha: string): Promise<void> {
  await git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', checkId(sha)])
}

/**
 * Makes sure `base` is in the clone, fetching it when it is not. Throws a GitError that says how
 * to fix the workflow when it cannot be had.
 */
export async function ensureCommit(cwd: string, sha: string): Promise<'present' | 'fetched'> {
  if (await hasCommit(cwd, sha)) return 'present'
  let reason = ''
  try {
    await fetchCommit(cwd, sha)
  } catch (e) {
    reason = ` (${(e as Error).message})`
  }
  if (await hasCommit(cwd, sha)) return 'fetched'
  throw new GitError(
    `the base commit ${sha} is not in the clone and could not be fetched${reason}. ` +
      'Check out with history (actions/checkout with `fetch-depth: 0`) and keep the credentials it persists, ' +
      'or set `scope: all` to verify every packet.'
  )
}

/**
 * Paths (relative to the top of the working tree, '/'-separated) that differ between two
 * commits. Renames are reported as a deletion and an addition, so both sides are seen.
 */
export async function changedFiles(cwd: string, base: string, head: string): Promise<string[]> {
  const to = head === 'HEAD' ? head : checkId(head)
  const out = await git(cwd, ['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--no-renames', '--no-relative', checkId(base), to, '--'])
  return out
    .toString('utf8')
    .split('\0')
    .filter(p => p !== '')
}
