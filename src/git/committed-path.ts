/**
 * Where a repository path stands in a commit's tree: the one lookup behind every read of a
 * repository file by path in git mode, a referenced canonical file (docs/seal-format.md, section 7)
 * and the JSON step's configuration and schemas (commit-files.ts). Entries above the path are
 * looked at first: a path below a committed symbolic link, submodule or file is not in the tree
 * at all, whatever a malformed tree may list under it.
 */
import { entriesUnder, type TreeEntry, type TreeListing } from './tree-listing.js'

export type CommittedPath =
  /** The tree lists the path itself. */
  | { at: 'entry'; entry: TreeEntry }
  /** The tree lists `step`, a part of the path, as something other than a folder. */
  | { at: 'below'; step: string; entry: TreeEntry }
  /** The path is a folder: the tree lists something below it. */
  | { at: 'folder' }
  | { at: 'absent' }

export function lookUpCommitted(tree: TreeListing, path: string): CommittedPath {
  for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1)) {
    const step = path.slice(0, end)
    const entry = tree.entries.get(step)
    if (entry !== undefined) return { at: 'below', step, entry }
  }
  const entry = tree.entries.get(path)
  if (entry !== undefined) return { at: 'entry', entry }
  return entriesUnder(tree, `${path}/`).next().done === true ? { at: 'absent' } : { at: 'folder' }
}

/** Why `path` is not a regular file of the tree, or null when it is one. `commit` names the commit in messages. */
export function committedFileProblem(tree: TreeListing, path: string, commit: string): string | null {
  const found = lookUpCommitted(tree, path)
  switch (found.at) {
    case 'entry': {
      const { entry } = found
      if (entry.kind === 'file') return null
      if (entry.kind === 'symlink') return `is committed as a symbolic link (mode 120000; links are never followed)`
      if (entry.kind === 'submodule') return 'is committed as a submodule (mode 160000), not a regular file'
      return `is committed with mode ${entry.mode}, not as a regular file`
    }
    case 'below':
      if (found.entry.kind === 'symlink') return `lies under ${found.step}, committed as a symbolic link (links are never followed)`
      return `does not exist in commit ${commit} (${found.step} is not a folder)`
    case 'folder':
      return 'is a directory, not a regular file'
    case 'absent':
      return `does not exist in commit ${commit}`
  }
}
