/**
 * The files a change touched, from the git CLI (run through git-command.ts: an argument list,
 * never a shell, and every commit id checked to be a full hex object id). A base missing from a
 * shallow clone is fetched by base-commit.ts, the one mechanism for every use of the base.
 */
import { checkObjectId, runGit } from './git-command.js'

/** Absolute path of the top of the working tree around `cwd`. */
export async function topLevel(cwd: string): Promise<string> {
  return (await runGit(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').replace(/\n$/, '')
}

/**
 * Paths (relative to the top of the working tree, '/'-separated) that differ between two
 * commits. Renames are reported as a deletion and an addition, so both sides are seen.
 */
export async function changedFiles(cwd: string, base: string, head: string): Promise<string[]> {
  const to = head === 'HEAD' ? head : checkObjectId(head)
  const out = await runGit(cwd, ['diff', '--name-only', '-z', '--no-renames', '--no-relative', checkObjectId(base), to, '--'])
  return out
    .toString('utf8')
    .split('\0')
    .filter(p => p !== '')
}
