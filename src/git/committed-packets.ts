/**
 * Finding packets in a commit (docs/git.md, "Choosing the source"): the folders at or under the
 * search roots whose seal file is committed, from the commit's tree listing alone. A seal file
 * committed as anything but a regular file is a problem, never a packet, and so is a name that is
 * not UTF-8 (it could hide one), as on disk. What the disk holds does
 * not matter: a packet that a sparse checkout or an earlier step left out is still found, so that
 * choosing the packets and verifying them look at the same bytes.
 */
import type { TreeListing } from './tree-listing.js'

export interface CommittedPackets {
  /** Packet directories, repository-relative ('.' for the top), sorted, without duplicates. */
  packets: string[]
  /** Seal files committed as a link, a submodule or another mode, and names that are not UTF-8 (repository-relative, lossy). */
  problems: { path: string; message: string }[]
}

/** `roots` are repository-relative search roots, '' for the top of the repository. */
export function committedPackets(tree: TreeListing, roots: readonly string[], sealFile: string): CommittedPackets {
  const packets = new Set<string>()
  const problems: CommittedPackets['problems'] = []
  const suffix = `/${sealFile}`
  for (const root of new Set(roots)) {
    for (const entry of tree.entries.values()) {
      const inside = root === '' || entry.path === root || entry.path.startsWith(`${root}/`)
      if (!inside || !(entry.path === sealFile || entry.path.endsWith(suffix))) continue
      const dir = entry.path === sealFile ? '.' : entry.path.slice(0, -suffix.length)
      if (entry.kind === 'file') packets.add(dir)
      else problems.push({ path: entry.path, message: `seal file is committed as a ${entry.kind}, not a regular file` })
    }
    // A name that is not UTF-8 could hide a packet, as on disk (discover.ts): named once per folder or file.
    const bad = new Set<string>()
    for (const name of tree.undecodable) {
      if (root !== '' && !name.startsWith(`${root}/`)) continue
      const segments = name.split('/')
      const first = segments.findIndex(s => s.includes('\ufffd'))
      bad.add(first < 0 ? name : segments.slice(0, first + 1).join('/'))
    }
    for (const path of bad) problems.push({ path, message: 'name is not valid UTF-8: not searched for packets' })
  }
  return { packets: [...packets].sort(), problems }
}
