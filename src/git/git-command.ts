/**
 * Running git for the committed-bytes source. git is always started with an argument list, never
 * through a shell, and with settings that keep repository content from being executed or written:
 * no fsmonitor, no hooks, no optional locks, no ext:: transport, no prompts. Reads never ask for
 * filters or textconv (`cat-file --batch` and `ls-tree` hand out raw objects).
 */
import { execFile, execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { isObjectId } from './object-id.js'

export class GitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GitError'
  }
}

/** `-c` settings put in front of every git command seal-gate runs. */
export const SAFE_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'core.untrackedCache=false',
  '-c', 'protocol.ext.allow=never',
  '-c', 'core.quotePath=false'
]

const MAX_OUTPUT = 1 << 30

function env(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C' }
}

/** Runs `git <args>` in `cwd` and returns its standard output as bytes. */
export function runGit(cwd: string, args: readonly string[], options: { input?: Buffer } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...SAFE_CONFIG, ...args],
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, env: env() },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString('utf8').trim().split('\n').pop() || error.message
          reject(new GitError(`git ${args[0]} failed: ${detail}`))
        } else resolve(stdout)
      }
    )
    if (options.input !== undefined) {
      // A git that ends before reading its input (not a repository) closes the pipe: its exit
      // status and message fail the call above; the write's EPIPE must not be thrown on its own.
      child.stdin?.on('error', () => {})
      child.stdin?.end(options.input)
    }
  })
}

/**
 * Runs `git <args>` synchronously and returns its standard output, at most `maxBytes` of it. For
 * the few small reads that synchronous callers need (the configuration and schemas of a commit).
 */
export function runGitSync(cwd: string, args: readonly string[], maxBytes: number): Buffer {
  try {
    return execFileSync('git', [...SAFE_CONFIG, ...args], { cwd, maxBuffer: maxBytes, env: env(), stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString('utf8').trim().split('\n').pop()
    throw new GitError(`git ${args[0]} failed: ${stderr || (e as Error).message}`)
  }
}

/** Like runGit, but resolves to null instead of failing (for questions whose answer may be "no"). */
export async function tryGit(cwd: string, args: readonly string[], input?: Buffer): Promise<Buffer | null> {
  try {
    return await runGit(cwd, args, { input })
  } catch (e) {
    if (e instanceof GitError || (e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/** Starts a long-running git process (for `cat-file --batch`). */
export function spawnGit(cwd: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', [...SAFE_CONFIG, ...args], { cwd, env: env(), stdio: ['pipe', 'pipe', 'pipe'] })
}

/** Splits NUL-terminated output (`-z`) into its records, as bytes. */
export function splitNul(out: Buffer): Buffer[] {
  const records: Buffer[] = []
  let start = 0
  for (;;) {
    const end = out.indexOf(0, start)
    if (end < 0) break
    records.push(out.subarray(start, end))
    start = end + 1
  }
  if (start < out.length) records.push(out.subarray(start))
  return records
}

/** Checks that `id` is a full object id (sha1 or sha256 hex) before it is passed to git. */
export function checkObjectId(id: string): string {
  if (!isObjectId(id)) throw new GitError(`not a full object id: ${JSON.stringify(id)}`)
  return id
}
