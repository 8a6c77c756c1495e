/**
 * Whether a repository path names a regular file on disk reached without passing a symbolic
 * link: the check a referenced canonical file must pass in worktree mode (docs/seal-format.md,
 * section 7). Every step of the path is looked at with lstat, so a link to a folder anywhere
 * along the way is refused, not followed. (Opening the file itself uses O_NOFOLLOW as well.)
 */
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import { describeError } from './regular-file.js'

/** Why `root/path` is not such a file, or null when it is one. `path` obeys the path rules. */
export async function diskFileProblem(root: string, path: string): Promise<string | null> {
  const segments = path.split('/')
  for (let i = 1; i <= segments.length; i++) {
    const step = segments.slice(0, i).join('/')
    let stat
    try {
      stat = await lstat(join(root, step))
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist'
      return `cannot be looked at: ${describeError(e)}`
    }
    const last = i === segments.length
    if (stat.isSymbolicLink()) {
      return last ? 'is a symbolic link (links are never followed)' : `lies under ${step}, a symbolic link (links are never followed)`
    }
    if (!last && !stat.isDirectory()) return 'does not exist'
    if (last && stat.isDirectory()) return 'is a directory, not a regular file'
    if (last && !stat.isFile()) return 'is not a regular file (a FIFO, socket or device)'
  }
  return null
}
