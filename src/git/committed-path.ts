/**
 * Whether a repository path names a regular file in a commit's tree: the check a referenced
 * canonical file must pass in git mode (docs/seal-format.md, section 7). A path below a committed
 * symbolic link is not in the tree at all; it is named as such so the reason is clear.
 */
import type { TreeListing } from './tree-listing.js'

/** Why `path` is not a regular file of the tree, or null when it is one. `commit` names the commit in messages. */
export function committedFileProblem(tree: TreeListing, path: string, commit: string): string | null {
  const entry = tree.entries.get(path)
  if (entry !== undefined) {
    if (entry.kind === 'file') return null
    if (entry.kind === 'symlink') return `is committed as a symbolic link (mode 120000; links are never followed)`
    if (entry.kind === 'submodule') return 'is committed as a submodule (mode 160000), not a regular file'
    return `is committed with mode ${entry.mode}, not as a regular file`
  }
  const segments = path.split('/')
  for (let i = 1; i < segments.length; i++) {
    const step = segments.slice(0, i).join('/')
    const above = tree.entries.get(step)
    if (above?.kind === 'symlink') return `lies under ${step}, committed as a symbolic link (links are never followed)`
    if (above !== undefined) return `does not exist in commit ${commit} (${step} is not a folder)`
  }
  const prefix = `${path}/`
  for (const name of tree.entries.keys()) {
    if (name.startsWith(prefix)) return 'is a directory, not a regular file'
  }
  return `does not exist in commit ${commit}`
}
