/**
 * The files a change touched, from the git CLI (run through git-command.ts: an argument list,
 * never a shell, and every commit id checked to be a full hex object id). A base missing from a
 * shallow clone is fetched by base-commit.ts, the one mechanism for every use of the base.
 */
import { checkObjectId, runGit } from './git-command.js'

/**
 * Paths (relative to the top of the working tree, '/'-separated) that differ between two
 * commits. Renames are reported as a deletion and an addition, so both sides are seen. Both must
 * name commits (a tree id fails), so a diff that succeeds also says the base is a commit here.
 */
export async function changedFiles(cwd: string, base: string, head: string): Promise<string[]> {
  const to = head === 'HEAD' ? 'HEAD^{commit}' : `${checkObjectId(head)}^{commit}`
  const out = await runGit(cwd, ['diff', '--name-only', '-z', '--no-renames', '--no-relative', `${checkObjectId(base)}^{commit}`, to, '--'])
  return out
    .toString('utf8')
    .split('\0')
    .filter(p => p !== '')
}
