/**
 * Finding packets in a commit (docs/git.md, "Choosing the source"): the folders at or under the
 * search roots whose seal file is committed, from the commit's tree listing alone. A seal file
 * committed as anything but a regular file is a problem, never a packet. What the disk holds does
 * not matter: a packet that a sparse checkout or an earlier step left out is still found, so that
 * choosing the packets and verifying them look at the same bytes.
 */
import type { TreeListing } from './tree-listing.js'

export interface CommittedPackets {
  /** Packet directories, repository-relative ('.' for the top), sorted, without duplicates. */
  packets: string[]
  /** Seal files committed as a link, a submodule or another mode (repository-relative). */
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
  }
  return { packets: [...packets].sort(), problems }
}
